/**
 * The thermal-relic targets y(m_χ) drawn on the y plot, for the dark-matter types the CLI's
 * plot shows (complex scalar, Majorana, pseudo-Dirac: cli/limit-plots.ts), from the freeze-out
 * Boltzmann equation of physics/relic (docs/relic.md). ~40–80 ms per type for 24 masses: the
 * page computes them in workers, one job per type, and keeps them per (ratio, α_D).
 */
import { logSpace } from '../../../core/index.js';
import { relicTarget } from '../../../physics/index.js';
import type { DarkMatterType } from '../../../physics/index.js';

/** One target curve. */
export interface RelicCurve {
  dm: DarkMatterType;
  dmMassesGeV: number[];
  y: number[];
}

/** The relic types shown. */
export const RELIC_TYPES: readonly DarkMatterType[] = ['complex-scalar', 'majorana', 'pseudo-dirac'];

/**
 * Target curves over m_χ in [lo, hi] ∩ [1 MeV, 1 GeV] (the relic module's domain), `n` points.
 * A mass where the target cannot be reached (ε > 1) is left out of its curve.
 */
export function relicCurves(o: { ratio: number; alphaD: number; dmMassMinGeV: number; dmMassMaxGeV: number; n?: number; types?: readonly DarkMatterType[] }): RelicCurve[] {
  const lo = Math.max(1e-3, o.dmMassMinGeV);
  const hi = Math.min(1, o.dmMassMaxGeV);
  if (!(hi > lo)) return [];
  const grid = Array.from(logSpace(lo, hi, o.n ?? 24));
  return (o.types ?? RELIC_TYPES).map((dm) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const m of grid) {
      try {
        ys.push(relicTarget({ dm, dmMassGeV: m, ratio: o.ratio, alphaD: o.alphaD }).y);
        xs.push(m);
      } catch {
        // outside the model's domain at this mass: no point
      }
    }
    return { dm, dmMassesGeV: xs, y: ys };
  });
}

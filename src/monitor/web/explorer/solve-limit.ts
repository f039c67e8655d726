/**
 * The cheap half of the explorer: from the yield table to the exclusion curve,
 *   N_sig(ε) = N · Y(m) ε² · η · B(A′ → χχ̄; ε) ≤ N_90
 * (NA64 arXiv:1906.00176 eq. (1); the same solve as sensitivity/invisible-limit.ts), with N_90
 * the CLs upper limit of a counting experiment (stats/counting-cls.ts). For a vector mediator
 * B is the dark photon's invisible branching ratio, solved by fixed-point iteration in ε; for
 * the other mediators the boson is taken to decay invisibly (B = 1). y = ε²α_D(m_χ/m_A′)⁴
 * (the variable of Izaguirre, Krnjaic, Schuster, Toro, arXiv:1505.00011).
 */
import { EmissError } from '../../../core/index.js';
import { darkPhotonBranchingRatios } from '../../../physics/index.js';
import { clsUpperLimit } from '../../../stats/index.js';
import type { ExplorerInputs } from './explorer-inputs.js';
import type { YieldTable } from './yield-table.js';

/** The exclusion curve as columns. */
export interface ExplorerCurve {
  massesGeV: Float64Array;
  /** Upper limit on ε at the confidence level. */
  epsilon: Float64Array;
  /** The same as y = ε²α_D/ratio⁴ (vector mediator). */
  y: Float64Array;
  /** m_χ = m_A′/ratio [GeV]. */
  dmMassesGeV: Float64Array;
  /** B(invisible) used at each mass. */
  branching: Float64Array;
  /** Upper limit on the number of signal events. */
  signalEvents: number;
}

/** The scaling constraint N_90 ↔ ε per mass; see the module comment. */
export function solveLimit(table: YieldTable, i: ExplorerInputs): ExplorerCurve {
  if (!(i.particlesOnTarget > 0)) throw new EmissError('BAD_OPTION', 'particles on target', `${i.particlesOnTarget} must be > 0`, '> 0');
  if (!(i.efficiency > 0 && i.efficiency <= 1)) throw new EmissError('BAD_OPTION', 'efficiency', `${i.efficiency} must be in (0, 1]`, '0 < η ≤ 1');
  if (!(i.ratio > 2)) throw new EmissError('BAD_OPTION', 'm_A′/m_χ', `${i.ratio} must exceed 2 for A′ → χχ̄`, '> 2');
  const nUp = clsUpperLimit(
    { observed: i.observed, background: i.background, backgroundUncertainty: i.backgroundUncertainty, signalRelativeUncertainty: i.efficiencyRelUncertainty },
    i.cl,
  );
  const n = table.massesGeV.length;
  const out: ExplorerCurve = {
    massesGeV: table.massesGeV,
    epsilon: new Float64Array(n),
    y: new Float64Array(n),
    dmMassesGeV: new Float64Array(n),
    branching: new Float64Array(n),
    signalEvents: nUp,
  };
  const scale = i.particlesOnTarget * i.efficiency;
  for (let k = 0; k < n; k++) {
    const m = table.massesGeV[k];
    const y1 = table.yieldPerParticle[k];
    let br = 1;
    let eps = Math.sqrt(nUp / (scale * y1));
    if (i.mediator === 'vector') {
      const dark = { dm: i.dm, dmMassGeV: m / i.ratio, alphaD: i.alphaD };
      for (let it = 0; it < 5; it++) {
        br = darkPhotonBranchingRatios(m, eps, dark).invisible;
        eps = Math.sqrt(nUp / (scale * y1 * br));
      }
    }
    if (!Number.isFinite(eps) || !(eps > 0)) throw new EmissError('NUMERICAL', `limit at m = ${m} GeV`, `ε_90 = ${eps} (yield ${y1}, B = ${br})`);
    out.epsilon[k] = eps;
    out.y[k] = (eps * eps * i.alphaD) / i.ratio ** 4;
    out.dmMassesGeV[k] = m / i.ratio;
    out.branching[k] = br;
  }
  return out;
}

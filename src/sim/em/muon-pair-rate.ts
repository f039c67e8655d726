/**
 * Rate [1/cm] of μ⁺μ⁻ photoproduction for a photon of energy E in an element: Σ_j n_j σ_j(E)
 * with the cross section of lepton-pair-cross-section.ts, tabulated once per element in ln E
 * (0.2 GeV – 2 TeV, 64 points, linear interpolation).
 */
import { MUON_MASS } from '../../core/index.js';
import { atomDensities } from '../../physics/index.js';
import type { SimElement } from '../sim-geometry.js';
import { leptonPairCrossSection } from './lepton-pair-cross-section.js';

const LOG_E_MIN = Math.log(0.2);
const LOG_E_MAX = Math.log(2000);
const TABLE_N = 64;
const tables = new WeakMap<SimElement, Float64Array>();

/** μ⁺μ⁻ rate [1/cm] in el at photon energy E [GeV]. */
export function muonPairRate(el: SimElement, E: number): number {
  let tab = tables.get(el);
  if (!tab) {
    tab = new Float64Array(TABLE_N);
    const atoms = el.material ? atomDensities(el.material) : [];
    for (let i = 0; i < TABLE_N; i++) {
      const e = Math.exp(LOG_E_MIN + ((LOG_E_MAX - LOG_E_MIN) * i) / (TABLE_N - 1));
      let r = 0;
      for (const a of atoms) r += a.atomsPerCm3 * leptonPairCrossSection(e, MUON_MASS, a.element) * 1e-36;
      tab[i] = r;
    }
    tables.set(el, tab);
  }
  if (E < 2 * MUON_MASS) return 0;
  const u = ((Math.log(E) - LOG_E_MIN) / (LOG_E_MAX - LOG_E_MIN)) * (TABLE_N - 1);
  if (u <= 0) return tab[0];
  if (u >= TABLE_N - 1) return tab[TABLE_N - 1];
  const i = Math.floor(u);
  return tab[i] + (u - i) * (tab[i + 1] - tab[i]);
}

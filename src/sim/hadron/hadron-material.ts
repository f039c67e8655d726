/**
 * The hadronic properties of one element's medium, computed once per element and cached:
 * interaction lengths per projectile class, e/h, nuclei per cm³ (photo-nuclear rates) and the
 * shares of the interaction rate among its elements (target nucleus).
 *
 * Interaction lengths of a mixture: the element's λ_I (nucleons, from the materials table) is
 * shared among its elements in proportion to w_i A_i^{α_N − 1} (σ_inel ∝ A^{α_N}, α_N = 0.71),
 * and 1/λ_h = (1/λ_I) Σ f_i R_h(A_i) with R_h from inelastic-ratio.ts.
 */
import { AVOGADRO } from '../../core/index.js';
import type { SimElement } from '../sim-geometry.js';
import { eOverH } from './e-over-h.js';
import { HadronClass, NUCLEON_A_EXPONENT, inelasticRatio } from './inelastic-ratio.js';

/** Hadronic data of one element (read-only after construction). */
export interface HadronMaterial {
  /** Interaction length [cm] by HadronClass (Nucleon, Pion, Kaon). */
  readonly lambdaCm: Float64Array;
  /** e/h of the medium (see e-over-h.ts). */
  readonly eOverH: number;
  /** Nuclei per cm³ and mass numbers of the medium's elements. */
  readonly nucleiPerCm3: Float64Array;
  readonly massNumber: Float64Array;
  /** Cumulative share of the nuclear interactions among the elements (for sampling the target nucleus). */
  readonly targetCumulative: Float64Array;
}

const cache = new WeakMap<SimElement, HadronMaterial>();

/** The hadronic data of element el (which must have matter); cached per element object. */
export function hadronMaterial(el: SimElement): HadronMaterial {
  const hit = cache.get(el);
  if (hit) return hit;
  const m = el.material;
  const comps = m ? m.components : [];
  const n = comps.length;
  const nuclei = new Float64Array(n);
  const massNumber = new Float64Array(n);
  const share = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const c = comps[i];
    massNumber[i] = c.element.A;
    nuclei[i] = m ? (AVOGADRO * m.density * c.massFraction) / c.element.A : 0;
    share[i] = c.massFraction * Math.pow(c.element.A, NUCLEON_A_EXPONENT - 1);
    norm += share[i];
  }
  const lambdaCm = new Float64Array(3);
  for (const cls of [HadronClass.Nucleon, HadronClass.Pion, HadronClass.Kaon]) {
    let r = 0;
    for (let i = 0; i < n; i++) r += (share[i] / norm) * inelasticRatio(cls, massNumber[i]);
    lambdaCm[cls] = n > 0 ? el.interactionLengthCm / r : Number.POSITIVE_INFINITY;
  }
  const targetCumulative = new Float64Array(n);
  let c = 0;
  for (let i = 0; i < n; i++) {
    c += share[i] / norm;
    targetCumulative[i] = c;
  }
  if (n > 0) targetCumulative[n - 1] = 1;
  const out: HadronMaterial = {
    lambdaCm,
    eOverH: eOverH(m ? m.name : ''),
    nucleiPerCm3: nuclei,
    massNumber,
    targetCumulative,
  };
  cache.set(el, out);
  return out;
}

/** Mass number of a target nucleus drawn with uniform u ∈ (0, 1) from the interaction shares (1 for vacuum). */
export function sampleTargetA(hm: HadronMaterial, u: number): number {
  const c = hm.targetCumulative;
  for (let i = 0; i < c.length; i++) if (u < c[i]) return hm.massNumber[i];
  return c.length > 0 ? hm.massNumber[c.length - 1] : 1;
}

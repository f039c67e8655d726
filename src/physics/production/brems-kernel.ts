/**
 * From a double-differential cross section dσ/(dx dcosθ) to dσ/dx and σ: the angular and
 * energy integrals shared by the ETL, WW and IWW calculations.
 *  - θ: Gauss–Legendre in w ∈ [0, w_max) with θ² = θ_c² w/(1 − w), where θ_c² = U(x, 0)/(E0² x)
 *    is the width of the forward peak (U = E0²xθ² + M²(1 − x)/x + m²x, BEST eq. (7)), so that
 *    the 1/U² fall-off becomes flat; dcosθ = (sinθ/θ) dθ²/2; θ up to π.
 *  - x: Gauss–Legendre in u = −ln(1 − x), which flattens the 1/(1 − x) rise of dσ/dx near x → 1.
 */
import { gaussLegendre } from '../../core/index.js';
import type { ResolvedBrems } from './brems-options.js';

/** A reusable evaluator of dσ/(dx dcosθ), dσ/dx and σ [pb] for one option set. */
export interface BremsKernel {
  /** dσ/(dx dcosθ) [pb] at x = E_X/E0 and θ [rad]. */
  dsigmaDxDcos(x: number, theta: number): number;
  /** dσ/dx [pb] at x. */
  dsigmaDx(x: number): number;
  /** σ [pb] for x in [xMin, xMax] of the options. */
  total(): number;
}

/** Completes a double-differential cross section into a {@link BremsKernel}. */
export function bremsKernelFrom(r: ResolvedBrems, dsigmaDxDcos: (x: number, theta: number) => number): BremsKernel {
  const { E0, M, m } = r;
  const ruleTh = gaussLegendre(r.nTheta);
  const ruleX = gaussLegendre(r.nx);

  function dsigmaDx(x: number): number {
    if (!(x * E0 > M) || !(x < 1)) return 0;
    const thc2 = ((M * M * (1 - x)) / x + m * m * x) / (E0 * E0 * x);
    const wMax = (Math.PI * Math.PI) / (Math.PI * Math.PI + thc2);
    let sum = 0;
    for (let j = 0; j < ruleTh.nodes.length; j++) {
      const w = 0.5 * wMax * (ruleTh.nodes[j] + 1);
      const th = Math.sqrt((thc2 * w) / (1 - w));
      const dth2 = (thc2 / ((1 - w) * (1 - w))) * 0.5 * wMax * ruleTh.weights[j];
      sum += dsigmaDxDcos(x, th) * (th > 0 ? Math.sin(th) / th : 1) * 0.5 * dth2;
    }
    return sum;
  }

  function total(): number {
    const uMin = -Math.log1p(-r.xMin);
    const half = 0.5 * (-Math.log1p(-r.xMax) - uMin);
    let sum = 0;
    for (let i = 0; i < ruleX.nodes.length; i++) {
      const oneMinusX = Math.exp(-(uMin + half * (ruleX.nodes[i] + 1)));
      sum += ruleX.weights[i] * half * oneMinusX * dsigmaDx(1 - oneMinusX);
    }
    return sum;
  }

  return { dsigmaDxDcos, dsigmaDx, total };
}

/**
 * Gauss–Legendre quadrature nodes and weights on [−1, 1].
 *
 * Hand-written because no maintained npm package returns them as typed arrays for arbitrary n;
 * the algorithm is the classical Newton iteration on the three-term Legendre recurrence
 * (Press et al., Numerical Recipes, 3rd ed., §4.6.1 `gauleg`), accurate to ~1e-15 for n ≤ 200.
 */

/** Nodes and weights of an n-point rule on [−1, 1]. */
export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const cache = new Map<number, QuadratureRule>();

/**
 * The n-point Gauss–Legendre rule on [−1, 1], exact for polynomials of degree ≤ 2n − 1.
 * Results are cached; the arrays must not be modified.
 */
export function gaussLegendre(n: number): QuadratureRule {
  const hit = cache.get(n);
  if (hit) return hit;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError(`gaussLegendre: n = ${n} must be an integer in 1..1000`);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    // Initial guess (Tricomi): the i-th root of P_n near cos(π(i + 3/4)/(n + 1/2)).
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    // Legendre P_n(z) and its derivative by the recurrence; Newton steps until converged,
    // then the derivative is re-evaluated at the converged root for the weight.
    const legendre = (x: number): [number, number] => {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * x * p2 - (j - 1) * p3) / j;
      }
      return [p1, (n * (x * p1 - p2)) / (x * x - 1)];
    };
    for (let iter = 0; iter < 100; iter++) {
      const [p, dp] = legendre(z);
      const dz = p / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    const pp = legendre(z)[1];
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    const w = 2 / ((1 - z * z) * pp * pp);
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}

/**
 * The n-point Gauss–Legendre rule mapped to [a, b]: nodes x_i and weights w_i such that
 * ∫_a^b f dx ≈ Σ w_i f(x_i).
 */
export function gaussLegendreOn(n: number, a: number, b: number): QuadratureRule {
  const { nodes, weights } = gaussLegendre(n);
  const h = 0.5 * (b - a);
  const c = 0.5 * (b + a);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = c + h * nodes[i];
    w[i] = h * weights[i];
  }
  return { nodes: x, weights: w };
}

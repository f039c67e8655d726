/**
 * Adaptive one-dimensional integration with the 7-point Gauss / 15-point Kronrod pair
 * (QUADPACK's QK15 and the QAG strategy: Piessens et al., QUADPACK, Springer 1983, §2.2).
 *
 * Hand-written because the JavaScript integrators on npm are either unmaintained or
 * lack an error estimate; this one is used for reference integrals (checks of closed forms)
 * and for the smooth one-dimensional integrals of the physics core, not in hot loops.
 */
import { EmissError } from './errors.js';

// Kronrod abscissae (xgk[1], xgk[3], xgk[5], xgk[7] are the Gauss points) and weights, QUADPACK qk15.
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691,
  0.7415311855993945, 0.5860872354676911, 0.4058451513773972,
  0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019,
  0.14065325971552592, 0.1690047266392679, 0.19035057806478542,
  0.20443294007529889, 0.20948214108472782,
];
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

interface Piece {
  a: number;
  b: number;
  value: number;
  error: number;
}

function qk15(f: (x: number) => number, a: number, b: number): Piece {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let resK = fc * WGK[7];
  let resG = fc * WG[3];
  for (let j = 0; j < 7; j++) {
    const dx = h * XGK[j];
    const s = f(c - dx) + f(c + dx);
    resK += WGK[j] * s;
    if (j % 2 === 1) resG += WG[(j - 1) >> 1] * s;
  }
  return { a, b, value: resK * h, error: Math.abs((resK - resG) * h) };
}

/** Options of {@link integrate}. */
export interface IntegrateOptions {
  /** Relative tolerance on the integral (default 1e-8). */
  relTol?: number;
  /** Absolute tolerance on the integral (default 0). */
  absTol?: number;
  /** Maximum number of subintervals before giving up (default 2000). */
  maxIntervals?: number;
}

/**
 * ∫_a^b f(x) dx by adaptive Gauss–Kronrod bisection of the interval with the largest error
 * estimate, until the summed error estimate is below max(absTol, relTol·|I|).
 * Throws `NUMERICAL` when the tolerance is not reached within `maxIntervals` subintervals or
 * when f returns a non-finite value.
 */
export function integrate(f: (x: number) => number, a: number, b: number, options: IntegrateOptions = {}): number {
  const relTol = options.relTol ?? 1e-8;
  const absTol = options.absTol ?? 0;
  const maxIntervals = options.maxIntervals ?? 2000;
  if (a === b) return 0;
  const pieces: Piece[] = [qk15(f, a, b)];
  for (;;) {
    let total = 0;
    let err = 0;
    let worst = 0;
    for (let i = 0; i < pieces.length; i++) {
      total += pieces[i].value;
      err += pieces[i].error;
      if (pieces[i].error > pieces[worst].error) worst = i;
    }
    if (!Number.isFinite(total)) throw new EmissError('NUMERICAL', 'integrate', `integrand is not finite on [${a}, ${b}]`);
    if (err <= Math.max(absTol, relTol * Math.abs(total))) return total;
    if (pieces.length >= maxIntervals) {
      throw new EmissError('NUMERICAL', 'integrate', `no convergence on [${a}, ${b}] after ${maxIntervals} subintervals (error ${err.toExponential(2)} on ${total.toExponential(4)})`);
    }
    const p = pieces[worst];
    const m = 0.5 * (p.a + p.b);
    pieces[worst] = qk15(f, p.a, m);
    pieces.push(qk15(f, m, p.b));
  }
}

import { describe, expect, it } from 'vitest';
import { amplitude22, amplitude23 } from './brems-amplitude.js';
import { MEDIATOR_KINDS } from './mediator.js';
import type { MediatorKind } from './mediator.js';

// An independent evaluation of the same traces with explicit 4×4 Dirac matrices (Dirac
// representation), complex numbers as [re, im] pairs: the closed forms must agree with it.
type C4 = Float64Array; // 4×4 complex, row-major, (re, im) interleaved
const Z4 = (): C4 => new Float64Array(32);
const idx = (r: number, c: number): number => 2 * (4 * r + c);
function mat(entries: [number, number, number, number][]): C4 {
  const m = Z4();
  for (const [r, c, re, im] of entries) {
    m[idx(r, c)] = re;
    m[idx(r, c) + 1] = im;
  }
  return m;
}
function mul(a: C4, b: C4): C4 {
  const o = Z4();
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 4; c++) {
      let re = 0;
      let im = 0;
      for (let k = 0; k < 4; k++) {
        const ar = a[idx(r, k)], ai = a[idx(r, k) + 1], br = b[idx(k, c)], bi = b[idx(k, c) + 1];
        re += ar * br - ai * bi;
        im += ar * bi + ai * br;
      }
      o[idx(r, c)] = re;
      o[idx(r, c) + 1] = im;
    }
  return o;
}
const add = (...ms: C4[]): C4 => ms.reduce((s, m) => s.map((v, i) => v + m[i]) as C4, Z4());
const scale = (m: C4, s: number): C4 => m.map((v) => v * s) as C4;
const trace = (m: C4): number => m[idx(0, 0)] + m[idx(1, 1)] + m[idx(2, 2)] + m[idx(3, 3)];
const mulAll = (...ms: C4[]): C4 => ms.reduce((a, b) => mul(a, b));
const ONE = mat([[0, 0, 1, 0], [1, 1, 1, 0], [2, 2, 1, 0], [3, 3, 1, 0]]);
const G = [
  mat([[0, 0, 1, 0], [1, 1, 1, 0], [2, 2, -1, 0], [3, 3, -1, 0]]),
  mat([[0, 3, 1, 0], [1, 2, 1, 0], [2, 1, -1, 0], [3, 0, -1, 0]]),
  mat([[0, 3, 0, -1], [1, 2, 0, 1], [2, 1, 0, 1], [3, 0, 0, -1]]),
  mat([[0, 2, 1, 0], [1, 3, -1, 0], [2, 0, -1, 0], [3, 1, 1, 0]]),
];
const G5 = mat([[0, 2, 1, 0], [1, 3, 1, 0], [2, 0, 1, 0], [3, 1, 1, 0]]); // iγ⁰γ¹γ²γ³
const ETA = [1, -1, -1, -1];
type V4 = [number, number, number, number];
const slash = (v: V4): C4 => add(...v.map((c, mu) => scale(G[mu], ETA[mu] * c)));
const dot = (a: V4, b: V4): number => a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
const onShell = (m: number, px: number, py: number, pz: number): V4 => [Math.sqrt(m * m + px * px + py * py + pz * pz), px, py, pz];
const sub = (a: V4, b: V4): V4 => [a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]];
const plus = (a: V4, b: V4): V4 => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];

function vertex(kind: MediatorKind, mu: number, bar: boolean): C4 {
  if (kind === 'vector') return G[mu];
  if (kind === 'axial') return mul(G[mu], G5);
  if (kind === 'scalar') return ONE;
  return bar ? scale(G5, -1) : G5; // γ⁰(γ⁵)†γ⁰ = −γ⁵
}

/** ½ Σ Tr[(p̸′+m) O (p̸+m) Ō] with photon "polarization" n (2→3) or summed −g (2→2, ¼). */
function diracAmplitude(kind: MediatorKind, p: V4, pp: V4, k: V4, m: number, M: number, photon: V4 | 'real'): number {
  const Da = M * M - 2 * dot(p, k);
  const Db = M * M + 2 * dot(pp, k);
  const Sa = add(slash(sub(p, k)), scale(ONE, m));
  const Sb = add(slash(plus(pp, k)), scale(ONE, m));
  const Pp = add(slash(pp), scale(ONE, m));
  const P = add(slash(p), scale(ONE, m));
  const spin1 = kind === 'vector' || kind === 'axial';
  const photonPols: [C4, number][] = photon === 'real' ? [0, 1, 2, 3].map((nu) => [G[nu], -ETA[nu]]) : [[slash(photon), 1]];
  let total = 0;
  for (const [nslash, wPhoton] of photonPols) {
    const O = (mu: number): C4 => add(scale(mulAll(nslash, Sa, vertex(kind, mu, false)), 1 / Da), scale(mulAll(vertex(kind, mu, false), Sb, nslash), 1 / Db));
    const Ob = (mu: number): C4 => add(scale(mulAll(vertex(kind, mu, true), Sa, nslash), 1 / Da), scale(mulAll(nslash, Sb, vertex(kind, mu, true)), 1 / Db));
    if (!spin1) total += wPhoton * trace(mulAll(Pp, O(0), P, Ob(0)));
    else
      for (let a = 0; a < 4; a++)
        for (let b = 0; b < 4; b++) {
          const pol = -(a === b ? ETA[a] : 0) + (ETA[a] * k[a] * ETA[b] * k[b]) / (M * M);
          if (pol !== 0) total += wPhoton * pol * trace(mulAll(Pp, O(a), P, Ob(b)));
        }
  }
  return photon === 'real' ? total / 4 : total / 2;
}

const POINTS: { m: number; M: number; p: V4; pp: V4; k: V4; n: V4 }[] = [
  { m: 0.3, M: 0.7, p: onShell(0.3, 0.2, -0.4, 1.1), pp: onShell(0.3, -0.5, 0.3, 0.2), k: onShell(0.7, 0.9, 0.1, -0.6), n: onShell(1, 0.3, 0.2, -0.1) },
  { m: 0.000511, M: 0.05, p: onShell(0.000511, 0, 0, 10), pp: onShell(0.000511, 0.01, 0.002, 4), k: onShell(0.05, -0.01, 0, 5.9), n: [1, 0, 0, 0] },
  { m: 0.1057, M: 0.3, p: onShell(0.1057, 0.1, 0, 3), pp: onShell(0.1057, 0.3, -0.2, 1.5), k: onShell(0.3, -0.4, 0.2, 1.2), n: onShell(1, -0.2, 0.1, 0.4) },
];

describe('amplitude23(kind, Da, Db, t, E0, Ep, Ek, q0, m, M)', () => {
  for (const kind of MEDIATOR_KINDS) {
    it(`equals the explicit Dirac-matrix trace for a ${kind} boson`, () => {
      for (const { m, M, p, pp, k, n } of POINTS) {
        const q = sub(sub(p, pp), k);
        const Da = M * M - 2 * dot(p, k);
        const Db = M * M + 2 * dot(pp, k);
        const closed = amplitude23(kind, Da, Db, dot(q, q), dot(n, p), dot(n, pp), dot(n, k), dot(n, q), m, M);
        const explicit = diracAmplitude(kind, p, pp, k, m, M, n);
        expect(closed / explicit - 1).toBeCloseTo(0, 8);
      }
    });
  }
  it('is gauge invariant: replacing the target current n by q gives zero (vector)', () => {
    const { m, M, p, pp, k } = POINTS[0];
    const q = sub(sub(p, pp), k);
    expect(Math.abs(diracAmplitude('vector', p, pp, k, m, M, q))).toBeLessThan(1e-9);
  });
});

describe('amplitude22(kind, s, u, m, M)', () => {
  for (const kind of MEDIATOR_KINDS) {
    it(`equals the Dirac-matrix trace of ℓγ → ℓX for a ${kind} boson`, () => {
      // Real photon: choose p, k and q (massless) and set p′ = p + q − k, then put p′ on shell by
      // construction: pick q such that (p + q − k)² = m² (solve for the photon energy).
      const m = 0.2, M = 0.5;
      const p = onShell(m, 0.1, 0.2, 2.0);
      const k = onShell(M, 0.4, -0.3, 1.1);
      const dir = [0.3, -0.5, -0.81];
      const norm = Math.hypot(...dir);
      const nhat = dir.map((c) => c / norm);
      const d = sub(p, k);
      // (d + ω(1, n̂))² = m²  →  d² + 2ω d·(1, n̂) = m²
      const dn = d[0] - d[1] * nhat[0] - d[2] * nhat[1] - d[3] * nhat[2];
      const w = (m * m - dot(d, d)) / (2 * dn);
      const q: V4 = [w, w * nhat[0], w * nhat[1], w * nhat[2]];
      const pp = plus(d, q);
      expect(dot(pp, pp)).toBeCloseTo(m * m, 10);
      const s = dot(plus(p, q), plus(p, q)) - m * m;
      const u = dot(d, d) - m * m;
      const explicit = diracAmplitude(kind, p, pp, k, m, M, 'real');
      expect(amplitude22(kind, s, u, m, M) / explicit - 1).toBeCloseTo(0, 8);
    });
  }
  it('reduces to Compton scattering, −2(s/u + u/s), for a massless vector and lepton', () => {
    expect(amplitude22('vector', 3, -1.2, 0, 0)).toBeCloseTo(-2 * (3 / -1.2 + -1.2 / 3), 12);
  });
});

/**
 * Lifetimes and decay channels of the unstable particles followed in flight: μ±, π±, K±, K⁰_L
 * (π⁰ decays at once). Source: PDG RPP 2024 (S. Navas et al., PRD 110 (2024) 030001), particle
 * listings: mean lives τ(μ) = 2196.9811 ns, τ(π±) = 26.033 ns, τ(K±) = 12.380 ns,
 * τ(K⁰_L) = 51.16 ns; branching fractions as quoted per channel below.
 *
 * Simplifications (documented in docs/sim-transport.md):
 *  - radiative modes (π → μνγ, K → μνγ…) are included in the non-radiative ones;
 *  - channels below ~10⁻³ that matter for nothing here are dropped and the rest renormalized,
 *    except π → eν (1.230×10⁻⁴) and K → eν (1.582×10⁻⁵), the NA64 "decay in flight" electrons;
 *  - π⁰ → γγ for all π⁰ (the Dalitz mode, 1.17%, is treated as γγ).
 */
import { SPEED_OF_LIGHT } from '../../core/index.js';
import { Species } from '../species.js';

/** Kinematics of a channel. */
export const DecayKinematics = {
  /** Two bodies, isotropic in the rest frame, exact. */
  TwoBody: 0,
  /** Three bodies, uniform in phase space (constant matrix element). */
  PhaseSpace: 1,
  /** μ → eνν̄ with the Michel spectrum of the electron (ρ = 3/4, unpolarized muon). */
  Michel: 2,
} as const;

/** One decay channel. */
export interface DecayChannel {
  /** Channel name as used by the biasing API, e.g. 'e nu'. */
  readonly name: string;
  /** Branching fraction (normalized over the channels kept). */
  readonly branching: number;
  /** Product species (Species.Neutrino for every ν or ν̄). */
  readonly products: readonly number[];
  readonly kinematics: number;
}

/** Lifetime and channels of one species. */
export interface DecayMode {
  readonly lifetimeNs: number;
  /** cτ [cm]. */
  readonly ctauCm: number;
  readonly channels: readonly DecayChannel[];
}

const { Electron: E, Positron: EP, MuMinus: MU, MuPlus: MUP, PiMinus: PI, PiPlus: PIP, Pi0: PI0, Neutrino: NU } = Species;

function mode(lifetimeNs: number, raw: [string, number, number[], number][]): DecayMode {
  const sum = raw.reduce((s, c) => s + c[1], 0);
  return Object.freeze({
    lifetimeNs,
    ctauCm: lifetimeNs * SPEED_OF_LIGHT,
    channels: Object.freeze(raw.map(([name, br, products, kinematics]) => Object.freeze({ name, branching: br / sum, products: Object.freeze(products), kinematics }))),
  });
}

const { TwoBody, PhaseSpace, Michel } = DecayKinematics;

/** Charge conjugation of a product species. */
function cc(s: number): number {
  switch (s) {
    case E: return EP;
    case EP: return E;
    case MU: return MUP;
    case MUP: return MU;
    case PI: return PIP;
    case PIP: return PI;
    default: return s;
  }
}

// Negative parents as listed; positive ones by charge conjugation.
const MU_MINUS: [string, number, number[], number][] = [['e nu nu', 1, [E, NU], Michel]];
const PI_MINUS: [string, number, number[], number][] = [
  ['mu nu', 0.9998770, [MU, NU], TwoBody], // PDG 2024: μν 99.98770%
  ['e nu', 1.230e-4, [E, NU], TwoBody], // PDG 2024: eν (1.230 ± 0.004)×10⁻⁴
];
const K_MINUS: [string, number, number[], number][] = [
  ['mu nu', 0.6356, [MU, NU], TwoBody], // 63.56%
  ['pi pi0', 0.2067, [PI, PI0], TwoBody], // 20.67%
  ['pi pi pi', 0.05583, [PI, PI, PIP], PhaseSpace], // 5.583%
  ['pi0 e nu', 0.0507, [PI0, E, NU], PhaseSpace], // K_e3 5.07%
  ['pi0 mu nu', 0.03352, [PI0, MU, NU], PhaseSpace], // K_μ3 3.352%
  ['pi pi0 pi0', 0.0176, [PI, PI0, PI0], PhaseSpace], // 1.760%
  ['e nu', 1.582e-5, [E, NU], TwoBody], // (1.582 ± 0.007)×10⁻⁵
];
const K0L: [string, number, number[], number][] = [
  ['pi+ e- nu', 0.4055 / 2, [PIP, E, NU], PhaseSpace], // π±e∓ν 40.55%, equal charges (CP asymmetry 3×10⁻³ neglected)
  ['pi- e+ nu', 0.4055 / 2, [PI, EP, NU], PhaseSpace],
  ['pi+ mu- nu', 0.2704 / 2, [PIP, MU, NU], PhaseSpace], // π±μ∓ν 27.04%
  ['pi- mu+ nu', 0.2704 / 2, [PI, MUP, NU], PhaseSpace],
  ['3pi0', 0.1952, [PI0, PI0, PI0], PhaseSpace], // 19.52%
  ['pi+ pi- pi0', 0.1254, [PIP, PI, PI0], PhaseSpace], // 12.54%
  ['pi+ pi-', 1.967e-3, [PIP, PI], TwoBody], // 0.1967%
  ['pi0 pi0', 8.64e-4, [PI0, PI0], TwoBody], // 0.0864%
];
const conj = (r: [string, number, number[], number][]): [string, number, number[], number][] => r.map(([n, b, p, k]) => [n, b, p.map(cc), k]);

/** Decay modes by species code; null for stable species (and π⁰, decayed at once). */
export const DECAY_MODES: readonly (DecayMode | null)[] = (() => {
  const t: (DecayMode | null)[] = new Array<DecayMode | null>(15).fill(null);
  t[Species.MuMinus] = mode(2196.9811, MU_MINUS);
  t[Species.MuPlus] = mode(2196.9811, conj(MU_MINUS));
  t[Species.PiMinus] = mode(26.033, PI_MINUS);
  t[Species.PiPlus] = mode(26.033, conj(PI_MINUS));
  t[Species.KMinus] = mode(12.38, K_MINUS);
  t[Species.KPlus] = mode(12.38, conj(K_MINUS));
  t[Species.K0L] = mode(51.16, K0L);
  return Object.freeze(t);
})();

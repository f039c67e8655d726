/**
 * The leading particle of an inelastic hadron–nucleus (or photon–nucleus) interaction: which
 * hadron carries the largest energy fraction x out of the interaction, followed as a real
 * particle (a neutral one can punch through the ECAL unseen — NA64's hadronic background).
 *
 * Model of this code (probabilities per inelastic interaction; the numbers are estimates with
 * the reasoning given, not fits):
 *  1. With P_BARYON = 0.02 a meson or photon projectile gives a leading nucleon (p or n, ½ each):
 *     baryon exchange and fast nuclear fragments (ASSUMPTION, no source read).
 *  2. With P_DIFF = 0.15 the projectile keeps its identity (diffraction dissociation and
 *     quasi-elastic scattering: single diffraction is ≈ 10–20% of σ_inel in πp, Kp and pp at SPS
 *     energies, K. Goulianos, Phys. Rep. 101 (1983) 169, as recalled).
 *  3. Otherwise (fragmentation) quark counting: the leading meson holds one of the projectile's
 *     two valence (anti)quarks (½ each) and a sea partner of flavour u : d : s = 1 : 1 : λ_s,
 *     λ_s = 0.3 (strangeness suppression, JETSET PARJ(2); B. Andersson et al., Phys. Rep. 97
 *     (1983) 31). Flavour-neutral uū, dd̄ (π⁰, η, ρ⁰, ω) are taken as a π⁰; ss̄ (φ, η′) and K⁰_S
 *     (decays within centimetres) stay in the local shower; K⁰ and K̄⁰ are K⁰_L with ½.
 *     Baryons keep a leading baryon: with the diquark (uu or ud for the proton, weights ⅓, ⅔) and
 *     a sea quark, and Λ, Σ decays, a proton gives a leading p with 0.66 and a leading n with
 *     0.34, i.e. 0.71 and 0.29 with the diffractive term; the neutron is its isospin mirror.
 *     The photon (photo-nuclear reactions) fragments as a ρ⁰ ((uū − dd̄)/√2, vector-meson
 *     dominance), without the diffractive term (diffractive ρ⁰ → π⁺π⁻ is in the local shower).
 * The leading energy fraction x (of the projectile's total energy) follows Feynman scaling —
 * leading-particle spectra flat in x_F, as the leading proton of pp (e.g. Brenner et al., PRD 26
 * (1982) 1497) — softened on nuclei: the invariant cross sections of leading hadrons grow as
 * A^{α(x_F)} with α falling from ≈ 0.7 at small x_F to ≈ 0.4 as x_F → 1 (D.S. Barton et al.,
 * PRD 27 (1983) 2580, 100 GeV p, π, K on nuclei; as recalled), i.e. per inelastic interaction
 * (σ_inel ∝ A^{0.71}) the leading spectrum falls as A^{−βx}, β = NUCLEAR_SOFTENING = 0.3:
 *   f(x) ∝ e^{−kx} on (0, 1),  k = β ln A   (⟨x⟩ = 0.50 for A = 1, 0.40 for Fe, 0.37 for Pb).
 * The target nucleus is drawn from the medium's shares of the interaction rate.
 * Resulting leading-neutral (n, K⁰_L) probabilities per interaction: 3.7% for π±, 10.0% for K⁻,
 * 29.1% (n) for protons (see LEADING_TABLES and the tests).
 */
import { Species } from '../species.js';

/** Outcome "no separate leading hadron": all energy goes to the local shower. */
export const LOCAL = -1;

/** P_BARYON: leading nucleon from a meson or photon projectile. */
export const P_BARYON = 0.02;
/** P_DIFF: the projectile survives as the leading particle (not used for photons). */
export const P_DIFF = 0.15;
/** λ_s: strange-to-light sea-quark ratio. */
export const STRANGENESS = 0.3;

/** One projectile's table: outcomes (species codes or LOCAL) and their probabilities (sum 1). */
export interface LeadingTable {
  readonly outcomes: Int8Array;
  readonly probabilities: Float64Array;
  readonly cumulative: Float64Array;
}

// Quark flavours: u, d, s and antiquarks ū, đ, s̄ (codes 0..2 and 3..5).
const U = 0;
const D = 1;
const S = 2;
const UB = 3;
const DB = 4;
const SB = 5;

/** The meson made of quark q and antiquark qb (codes), as a weighted list of outcomes. */
function meson(q: number, qb: number): [number, number][] {
  switch (q * 8 + qb) {
    case U * 8 + DB:
      return [[Species.PiPlus, 1]];
    case D * 8 + UB:
      return [[Species.PiMinus, 1]];
    case U * 8 + UB:
    case D * 8 + DB:
      return [[Species.Pi0, 1]];
    case U * 8 + SB:
      return [[Species.KPlus, 1]];
    case S * 8 + UB:
      return [[Species.KMinus, 1]];
    case D * 8 + SB:
    case S * 8 + DB:
      return [[Species.K0L, 0.5], [LOCAL, 0.5]];
    default:
      return [[LOCAL, 1]]; // ss̄
  }
}

/** Fragmentation of a meson whose valence content is the list of (quark, antiquark) pairs with weights. */
function mesonFragmentation(valence: [number, number, number][]): Map<number, number> {
  const out = new Map<number, number>();
  const add = (k: number, p: number): void => {
    out.set(k, (out.get(k) ?? 0) + p);
  };
  const sea = [1, 1, STRANGENESS];
  const norm = 2 + STRANGENESS;
  for (const [q, qb, wv] of valence) {
    // Keep the quark q (½), pick a sea antiquark; or keep the antiquark qb (½), pick a sea quark.
    for (let f = 0; f < 3; f++) {
      for (const [k, p] of meson(q, f + 3)) add(k, (wv * 0.5 * sea[f] * p) / norm);
      for (const [k, p] of meson(f, qb)) add(k, (wv * 0.5 * sea[f] * p) / norm);
    }
  }
  return out;
}

function table(entries: Map<number, number>): LeadingTable {
  const keys = [...entries.keys()].sort((a, b) => a - b);
  const outcomes = Int8Array.from(keys);
  const probabilities = Float64Array.from(keys, (k) => entries.get(k) ?? 0);
  const cumulative = new Float64Array(keys.length);
  let c = 0;
  for (let i = 0; i < keys.length; i++) {
    c += probabilities[i];
    cumulative[i] = c;
  }
  cumulative[keys.length - 1] = 1;
  return { outcomes, probabilities, cumulative };
}

function mesonTable(self: number, valence: [number, number, number][], diffractive = true): LeadingTable {
  const m = new Map<number, number>();
  const pDiff = diffractive ? P_DIFF : 0;
  const pFrag = 1 - P_BARYON - pDiff;
  m.set(Species.Proton, P_BARYON / 2);
  m.set(Species.Neutron, P_BARYON / 2);
  if (pDiff > 0) m.set(self, pDiff);
  for (const [k, p] of mesonFragmentation(valence)) m.set(k, (m.get(k) ?? 0) + pFrag * p);
  return table(m);
}

/** Leading proton probability of the fragmentation of a proton (quark counting, see file comment). */
function protonFragmentation(): number {
  const n = 2 + STRANGENESS;
  const uu = (1 + 1) / n + (STRANGENESS / n) * 0.52; // Δ⁺⁺, p; Σ⁺ → pπ⁰ (51.6%)
  const ud = 1 / n + (STRANGENESS / n) * 0.64; // p; Λ → pπ⁻ (63.9%)
  return uu / 3 + (2 * ud) / 3;
}

function baryonTable(self: number, other: number): LeadingTable {
  const pSame = P_DIFF + (1 - P_DIFF) * protonFragmentation();
  return table(
    new Map([
      [self, pSame],
      [other, 1 - pSame],
    ]),
  );
}

/** Leading-particle tables by projectile species code (hadrons and the photon). */
export const LEADING_TABLES: ReadonlyMap<number, LeadingTable> = new Map([
  [Species.PiMinus, mesonTable(Species.PiMinus, [[D, UB, 1]])],
  [Species.PiPlus, mesonTable(Species.PiPlus, [[U, DB, 1]])],
  [Species.KMinus, mesonTable(Species.KMinus, [[S, UB, 1]])],
  [Species.KPlus, mesonTable(Species.KPlus, [[U, SB, 1]])],
  [Species.K0L, mesonTable(Species.K0L, [[D, SB, 0.5], [S, DB, 0.5]])],
  [Species.Photon, mesonTable(Species.Photon, [[U, UB, 0.5], [D, DB, 0.5]], false)],
  [Species.Proton, baryonTable(Species.Proton, Species.Neutron)],
  [Species.Neutron, baryonTable(Species.Neutron, Species.Proton)],
]);

/** Probability of a given leading outcome for a projectile (0 if none). */
export function leadingProbability(projectile: number, outcome: number): number {
  const t = LEADING_TABLES.get(projectile);
  if (!t) return 0;
  const i = t.outcomes.indexOf(outcome);
  return i < 0 ? 0 : t.probabilities[i];
}

/** Samples the leading outcome (species code or LOCAL) for a projectile from a uniform u ∈ (0, 1). */
export function sampleLeading(table: LeadingTable, u: number): number {
  const c = table.cumulative;
  for (let i = 0; i < c.length; i++) if (u < c[i]) return table.outcomes[i];
  return table.outcomes[c.length - 1];
}

/** β: the leading spectrum per interaction falls as A^{−βx} on a nucleus of mass number A. */
export const NUCLEAR_SOFTENING = 0.3;

/**
 * The leading energy fraction x ∈ (0, 1) on a nucleus of mass number A from a uniform u:
 * f(x) ∝ A^{−βx} = e^{−kx}, k = β ln A (uniform for A = 1).
 */
export function sampleLeadingFraction(A: number, u: number): number {
  const k = NUCLEAR_SOFTENING * Math.log(A > 1 ? A : 1);
  if (k < 1e-6) return u;
  return -Math.log(1 - u * (1 - Math.exp(-k))) / k;
}

/** Mean leading fraction ⟨x⟩ = 1/k − 1/(e^k − 1) on a nucleus of mass number A. */
export function meanLeadingFraction(A: number): number {
  const k = NUCLEAR_SOFTENING * Math.log(A > 1 ? A : 1);
  if (k < 1e-6) return 0.5;
  return 1 / k - 1 / Math.expm1(k);
}

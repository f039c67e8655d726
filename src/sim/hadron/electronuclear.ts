/**
 * Electro-nuclear reactions eA → e + hadrons, as photo-nuclear reactions of the e±'s virtual
 * photons (equivalent-photon approximation). Photon flux per unit y = ν/E (S. Frixione,
 * M.L. Mangano, P. Nason, G. Ridolfi, PLB 319 (1993) 339, eq. 5; V.M. Budnev et al., Phys. Rep.
 * 15 (1975) 181, eq. D.4):
 *   f(y) = (α/2π) [ (1 + (1 − y)²)/y · ln(Q²_max/Q²_min) − 2 (1 − y)/y ],
 *   Q²_min = m_e² y²/(1 − y),  Q²_max = m_ρ² = 0.60 GeV²,
 * Q²_max standing for the vector-meson-dominance fall of σ_γ*A ∝ (1 + Q²/m_ρ²)⁻² (approximation:
 * the virtual-photon cross section is taken as the real one up to m_ρ² and zero above).
 * Rate: r(E) = Σ_i n_i ∫_{y_min}^{1} f(y) σ_γA_i(yE) dy, with energy transfers ν ≥ NU_MIN_GEV = 1 GeV
 * (softer transfers produce no hadron that matters here), tabulated per element in ln E.
 * At the interaction the e± loses ν and goes on; the virtual photon interacts as a real one
 * (virtualPhotonInteraction, photonuclear.ts). For thick targets the real bremsstrahlung photons
 * dominate by far (the rate is ≈ 17% of a photon's photo-nuclear rate at 100 GeV).
 */
import { ALPHA, ELECTRON_MASS, gaussLegendre } from '../../core/index.js';
import type { ParticleState } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import type { TransportContext } from '../transport-context.js';
import { hadronMaterial } from './hadron-material.js';
import { PHOTONUCLEAR_MIN_GEV, photonNucleonCrossSectionMicrobarn, shadowingFactor, virtualPhotonInteraction } from './photonuclear.js';

/** Lowest energy transfer ν [GeV] simulated. */
export const NU_MIN_GEV = 1;
/** Q²_max [GeV²] = m_ρ² (PDG 2024: m_ρ = 775 MeV). */
export const Q2_MAX_GEV2 = 0.775 * 0.775;

const LOG_E_MIN = Math.log(NU_MIN_GEV);
const LOG_E_MAX = Math.log(2000);
const TABLE_N = 48;
const tables = new WeakMap<SimElement, Float64Array>();

/** Equivalent-photon flux f(y) per unit y (see file comment) for y ∈ (0, 1). */
export function equivalentPhotonFlux(y: number): number {
  if (!(y > 0 && y < 1)) return 0;
  const q2min = (ELECTRON_MASS * ELECTRON_MASS * y * y) / (1 - y);
  const L = Math.log(Q2_MAX_GEV2 / q2min);
  if (!(L > 0)) return 0;
  const f = ((1 + (1 - y) * (1 - y)) * L - 2 * (1 - y)) / y;
  return f > 0 ? (ALPHA / (2 * Math.PI)) * f : 0;
}

/** Σ_i n_i σ_γA_i(ν) [1/cm]. */
function photonRate(el: SimElement, nu: number): number {
  if (!(nu >= PHOTONUCLEAR_MIN_GEV)) return 0;
  const hm = hadronMaterial(el);
  const s = photonNucleonCrossSectionMicrobarn(nu);
  let r = 0;
  for (let i = 0; i < hm.massNumber.length; i++) r += hm.nucleiPerCm3[i] * hm.massNumber[i] * shadowingFactor(s, hm.massNumber[i]) * s;
  return r * 1e-30;
}

/** r(E) by Gauss–Legendre in ln y on [ln(ν_min/E), 0]. */
function integratedRate(el: SimElement, E: number): number {
  if (!(E > NU_MIN_GEV)) return 0;
  const rule = gaussLegendre(32);
  const lo = Math.log(NU_MIN_GEV / E);
  const half = -0.5 * lo;
  let sum = 0;
  for (let i = 0; i < rule.nodes.length; i++) {
    const y = Math.exp(half * rule.nodes[i] + 0.5 * lo);
    sum += rule.weights[i] * y * equivalentPhotonFlux(y) * photonRate(el, y * E);
  }
  return sum * half;
}

/** Electro-nuclear interaction rate [1/cm] (ν ≥ NU_MIN_GEV) of an e± of energy E [GeV] in el. */
export function electronuclearRate(energyGeV: number, el: SimElement): number {
  if (el.material === null || !(energyGeV > NU_MIN_GEV)) return 0;
  let tab = tables.get(el);
  if (!tab) {
    tab = new Float64Array(TABLE_N);
    for (let i = 0; i < TABLE_N; i++) tab[i] = integratedRate(el, Math.exp(LOG_E_MIN + ((LOG_E_MAX - LOG_E_MIN) * i) / (TABLE_N - 1)));
    tables.set(el, tab);
  }
  const u = ((Math.log(energyGeV) - LOG_E_MIN) / (LOG_E_MAX - LOG_E_MIN)) * (TABLE_N - 1);
  if (u >= TABLE_N - 1) return tab[TABLE_N - 1];
  const i = Math.floor(u);
  return tab[i] + (u - i) * (tab[i + 1] - tab[i]);
}

/**
 * Performs an electro-nuclear interaction of lepton p in el: samples ν from f(y) σ_γA(yE)
 * (rejection from a 1/y envelope), hands a virtual photon of energy ν at p's position and
 * direction to photonuclearInteraction, and lowers p.e by ν (p goes on). No-op below ν_min.
 */
export function electronuclearInteraction(ctx: TransportContext, p: ParticleState, el: SimElement): void {
  const E = p.e;
  if (!(E > NU_MIN_GEV)) return;
  const rng = ctx.rng;
  const lnMin = Math.log(NU_MIN_GEV / E);
  const yMin = NU_MIN_GEV / E;
  // Envelope: y f(y) ≤ (α/2π)·2·L(y_min); σ_γA(ν) is largest at an end of [ν_min, E] (convex in ln ν).
  const sMax = Math.max(photonRate(el, NU_MIN_GEV), photonRate(el, E));
  const fMax = (ALPHA / Math.PI) * Math.log((Q2_MAX_GEV2 * (1 - yMin)) / (ELECTRON_MASS * ELECTRON_MASS * yMin * yMin));
  let y = yMin;
  for (let k = 0; k < 1000; k++) {
    y = Math.exp(lnMin * rng.uniform());
    if (y >= 1) continue;
    if (rng.uniform() * fMax * sMax <= y * equivalentPhotonFlux(y) * photonRate(el, y * E)) break;
  }
  const nu = y * E;
  virtualPhotonInteraction(ctx, p, el, nu);
  p.e = E - nu;
}

/** The electro-nuclear hook for the e± transport: rate(E, el) [1/cm] and interact(ctx, lepton, el). */
export const electronuclearHook = Object.freeze({ rate: electronuclearRate, interact: electronuclearInteraction });

/**
 * Photo-nuclear reactions γA → hadrons: a rare process of the photons of the ECAL shower that
 * produces hadrons (a leading neutron or K⁰_L can carry the photon's energy out unseen).
 *
 * Cross section per nucleon (Bezrukov & Bugaev, Sov. J. Nucl. Phys. 33 (1981) 635; as used for
 * the photo-nuclear muon energy loss by D.E. Groom, N.V. Mokhov, S.I. Striganov, Atomic Data and
 * Nuclear Data Tables 78 (2001) 183):
 *   σ_γN(ν) = 114.3 + 1.647 ln²(0.0213 ν/GeV)  µb,
 * a fit to the total photo-absorption cross section above the resonance region (σ_γp ≈ 0.11–0.12 mb
 * at 10–100 GeV, PDG RPP "Plots of cross sections"; Caldwell et al., PRL 40 (1978) 1222).
 * Nuclear shadowing (same sources):
 *   σ_γA = A_eff σ_γN,  A_eff = A [0.75 G(x) + 0.25],  x = 0.00282 A^{1/3} σ_γN/µb,
 *   G(x) = (3/x³)(x²/2 − 1 + e^{−x}(1 + x)),
 * which behaves as A^{0.9…1} (A_eff/A = 0.66 for Pb at 50 GeV: σ_γPb ≈ 15.5 mb).
 * Domain: ν ≳ 1 GeV (no resonances); returns 0 below ν = 0.2 GeV, under the pion threshold region.
 * The final state is a hadronic interaction of a ρ⁰-like projectile (vector-meson dominance):
 * leading particle and local shower as for hadrons (hadronic-interaction.ts, projectile γ).
 */
import { ParticleState } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import { Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { hadronMaterial } from './hadron-material.js';
import { hadronicInteraction } from './hadronic-interaction.js';

/** Lowest photon energy [GeV] with a photo-nuclear cross section here. */
export const PHOTONUCLEAR_MIN_GEV = 0.2;

/** σ_γN(ν) [µb] per nucleon (Bezrukov–Bugaev; ν in GeV ≥ 0.2). */
export function photonNucleonCrossSectionMicrobarn(energyGeV: number): number {
  const l = Math.log(0.0213 * energyGeV);
  return 114.3 + 1.647 * l * l;
}

/** A_eff/A for nuclear shadowing at σ_γN [µb] and mass number A (1 for A = 1). */
export function shadowingFactor(sigmaMicrobarn: number, A: number): number {
  if (A <= 1.5) return 1;
  const x = 0.00282 * Math.cbrt(A) * sigmaMicrobarn;
  // Series G = 1 − 3x/8 + x²/10 − x³/48 for small x (the closed form cancels catastrophically).
  const g = x < 0.05 ? 1 - 0.375 * x + 0.1 * x * x - (x * x * x) / 48 : (3 / (x * x * x)) * (0.5 * x * x - 1 + Math.exp(-x) * (1 + x));
  return 0.75 * g + 0.25;
}

/** Photo-absorption cross section σ_γA [mb] per nucleus of mass number A at photon energy ν [GeV]. */
export function photonuclearCrossSectionMb(energyGeV: number, A: number): number {
  if (!(energyGeV >= PHOTONUCLEAR_MIN_GEV)) return 0;
  const s = photonNucleonCrossSectionMicrobarn(energyGeV);
  return 1e-3 * A * shadowingFactor(s, A) * s;
}

/** Photo-nuclear interaction rate [1/cm] of a photon of energy ν [GeV] in element el (0 in vacuum). */
export function photonuclearRate(energyGeV: number, el: SimElement): number {
  if (el.material === null || !(energyGeV >= PHOTONUCLEAR_MIN_GEV)) return 0;
  const hm = hadronMaterial(el);
  const s = photonNucleonCrossSectionMicrobarn(energyGeV);
  let r = 0;
  for (let i = 0; i < hm.massNumber.length; i++) {
    const A = hm.massNumber[i];
    r += hm.nucleiPerCm3[i] * A * shadowingFactor(s, A) * s;
  }
  return r * 1e-30;
}

/**
 * Turns photon p (energy p.e [GeV], at its position and direction in element el) into a hadronic
 * final state: leading hadron on ctx.stack, the rest deposited; counts one nuclear interaction.
 * p is consumed (p.e = 0). Also for a virtual photon of an e± (electronuclear.ts).
 */
export function photonuclearInteraction(ctx: TransportContext, p: ParticleState, el: SimElement): void {
  hadronicInteraction(ctx, p, el, Species.Photon);
}

const virtualPhoton = new ParticleState();

/**
 * The hadronic final state of a virtual photon of energy ν [GeV] radiated by a charged particle
 * `from` (e±, μ±) at its position and direction in element el: as photonuclearInteraction for a
 * real photon of that energy (the caller lowers from.e by ν). Shaped as the muon module's
 * MuonPhotonuclearHook (ctx, p, el, ν), so that createMuonTransport({ photonuclear }) can use it.
 */
export function virtualPhotonInteraction(ctx: TransportContext, from: ParticleState, el: SimElement, nuGeV: number): void {
  if (!(nuGeV > 0)) return;
  virtualPhoton.copy(from);
  virtualPhoton.species = Species.Photon;
  virtualPhoton.e = nuGeV;
  virtualPhoton.generation = from.generation + 1;
  hadronicInteraction(ctx, virtualPhoton, el, Species.Photon);
}

/**
 * The photo-nuclear hook for the EM transport (the shape of em/em-transport.ts PhotoNuclearHook):
 * rate(ν, el) [1/cm] and interact(ctx, photon, el).
 */
export const photonuclearHook = Object.freeze({ rate: photonuclearRate, interact: photonuclearInteraction });

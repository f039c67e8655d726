/**
 * Crossing a dipole magnet: a hard-edged field uniform over the magnet length, B = ∫B·dl / L,
 * along +y for ∫B·dl > 0 (which bends negative charges towards +x, as the setup schema says),
 * exact helix for charged particles, straight lines for neutral ones; the aperture
 * (|x − x0| < halfX, |y − y0| < halfY at every point) stops what hits the yoke; synchrotron
 * radiation of e± photon by photon; decays in flight on the way.
 *
 * Equation of motion (Lorentz force, PDG RPP 2024 "Kinematics"/"Passage…", p [GeV] = 0.2998 B [T]
 * ρ [m] for |q| = 1): du/ds = κ u × ŷ with κ = 0.2998×10⁻² q B/p [1/cm]. With the direction in the
 * x–z plane written u_x = r sin φ, u_z = r cos φ (r = √(1 − u_y²) constant), φ(s) = φ₀ − κs and
 *   x(s) = x₀ + (r/κ)(cos φ − cos φ₀),  z(s) = z₀ + (r/κ)(sin φ₀ − sin φ),  y(s) = y₀ + u_y s.
 * The exit at z₁ has sin φ₁ = sin φ₀ − κ(z₁ − z₀)/r; |sin φ₁| ≥ 1 means the particle curls up in
 * the field (lost). The deflection of a 100 GeV e⁻ in 7 T·m is 0.2998·7/100 = 21.0 mrad.
 *
 * Synchrotron radiation (e± only; muons radiate (m_e/m_μ)⁴ ≈ 5×10⁻¹⁰ as much): photons are
 * emitted at exponential intervals with the rate (5/(2√3)) α γ/ρ (constant for β = 1 since
 * γ/ρ = 0.2998 B/m_e), each along the instantaneous tangent (opening angle ~1/γ neglected), with
 * ε = x ε_c, ε_c = (3/2) ħc γ³/ρ at the emission point, x from the universal spectrum
 * (synchrotron-spectrum.ts); the lepton loses ε and the arc continues with the new radius.
 */
import { ELECTRON_MASS } from '../../core/index.js';
import type { ParticleState } from '../particle-stack.js';
import { ParticleState as State } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import { SPECIES_CHARGE, SPECIES_MASS, Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { decayNow, decayPi0, nsPerCm, samplePathToDecay } from './decay-in-flight.js';
import type { PassiveConfig } from './passive-config.js';
import { sampleSynchrotronX } from './synchrotron-spectrum.js';
import { synchrotronCriticalEnergy, synchrotronPhotonsPerCm } from './synchrotron-radiation.js';

/** 0.299792458 GeV/(T·m) for unit charge, per cm. */
const BEND_PER_CM = 0.299792458e-2;
const q = new State();

function outside(el: SimElement, x: number, y: number): boolean {
  return Math.abs(x - el.x0) > el.halfX || Math.abs(y - el.y0) > el.halfY;
}

function lose(ctx: TransportContext, p: ParticleState): false {
  ctx.truth.eEscaped += p.e;
  return false;
}

/** Field [T] of a magnet element: ∫B·dl [T·m] over its length [m]. */
export function magnetFieldTesla(el: SimElement): number {
  return el.fieldIntegralTm / ((el.z1 - el.z0) / 100);
}

/**
 * Transports p from its position (at or inside the magnet) to the magnet's exit face z1.
 * Returns false if p was lost in the aperture (energy counted in truth.eEscaped) or decayed
 * (products on ctx.stack). No allocation.
 */
export function crossMagnet(ctx: TransportContext, p: ParticleState, el: SimElement, cfg: PassiveConfig): boolean {
  if (p.species === Species.Pi0) {
    decayPi0(ctx, p);
    return false;
  }
  if (!(p.uz > 0) || p.z >= el.z1) return true;
  if (outside(el, p.x, p.y)) return lose(ctx, p);
  const charge = SPECIES_CHARGE[p.species];
  const B = magnetFieldTesla(el);
  const M = SPECIES_MASS[p.species];
  if (charge === 0 || B === 0) {
    // Straight line: the aperture is checked at the end points (a line in a box).
    const L = (el.z1 - p.z) / p.uz;
    const sDecay = cfg.decays ? samplePathToDecay(ctx, p, L, cfg.biasing) : Number.POSITIVE_INFINITY;
    const s = sDecay < L ? sDecay : L;
    const x = p.x + s * p.ux;
    const y = p.y + s * p.uy;
    if (outside(el, x, y)) return lose(ctx, p);
    p.x = x;
    p.y = y;
    p.t += s * nsPerCm(p);
    if (sDecay < L) {
      p.z += s * p.uz;
      decayNow(ctx, p, cfg.biasing);
      return false;
    }
    p.z = el.z1;
    return true;
  }
  const radiates = cfg.synchrotronRadiation && (p.species === Species.Electron || p.species === Species.Positron);
  // Decays (never for e±) are drawn once: no energy changes on the way for the unstable species.
  let sDecay = Number.POSITIVE_INFINITY;
  let decayDrawn = !cfg.decays || radiates;
  for (let guard = 0; guard < 100000; guard++) {
    const P = Math.sqrt(Math.max(p.e * p.e - M * M, 1e-300));
    const kappa = (BEND_PER_CM * charge * B) / P;
    const r = Math.sqrt(p.ux * p.ux + p.uz * p.uz);
    const phi0 = Math.atan2(p.ux, p.uz);
    const sin1 = Math.sin(phi0) - (kappa * (el.z1 - p.z)) / r;
    if (!(Math.abs(sin1) < 1)) return lose(ctx, p); // curls up inside the field
    const phi1 = Math.asin(sin1);
    const sExit = (phi0 - phi1) / kappa;
    if (!decayDrawn) {
      sDecay = samplePathToDecay(ctx, p, sExit, cfg.biasing);
      decayDrawn = true;
    }
    let sEmit = Number.POSITIVE_INFINITY;
    let gamma = 0;
    if (radiates) {
      gamma = p.e / ELECTRON_MASS;
      sEmit = ctx.rng.exponential() / synchrotronPhotonsPerCm(gamma, 1 / (Math.abs(kappa) * r));
    }
    const s = Math.min(sExit, sEmit, sDecay);
    const phi = s === sExit ? phi1 : phi0 - kappa * s;
    // Stable forms: cos φ − cos φ₀ = −2 sin((φ+φ₀)/2) sin((φ−φ₀)/2), sin φ₀ − sin φ = −2 cos((φ+φ₀)/2) sin((φ−φ₀)/2).
    const half = 0.5 * (phi - phi0);
    const mid = 0.5 * (phi + phi0);
    const sh = Math.sin(half);
    const x = p.x - ((2 * r) / kappa) * Math.sin(mid) * sh;
    const z = s === sExit ? el.z1 : p.z - ((2 * r) / kappa) * Math.cos(mid) * sh;
    const y = p.y + p.uy * s;
    // x is extremal where φ = 0 (direction parallel to z): check it if the arc passes there.
    if (outside(el, x, y) || (phi0 * phi < 0 && Math.abs(p.x + (r / kappa) * (1 - Math.cos(phi0)) - el.x0) > el.halfX)) return lose(ctx, p);
    p.x = x;
    p.y = y;
    p.z = z;
    p.ux = r * Math.sin(phi);
    p.uz = r * Math.cos(phi);
    p.t += s * nsPerCm(p);
    if (s === sExit) return true;
    if (s === sDecay) {
      decayNow(ctx, p, cfg.biasing);
      return false;
    }
    // A synchrotron photon along the tangent.
    const ec = synchrotronCriticalEnergy(gamma, 1 / (Math.abs(kappa) * r));
    let eps = sampleSynchrotronX(ctx.rng.uniform()) * ec;
    if (eps > p.e - M) eps = p.e - M;
    p.e -= eps;
    if (eps < cfg.synchrotronMinPhotonGeV) {
      ctx.truth.eEscaped += eps;
    } else {
      q.copy(p);
      q.species = Species.Photon;
      q.e = eps;
      q.generation = p.generation + 1;
      ctx.stack.push(q);
    }
  }
  return lose(ctx, p);
}

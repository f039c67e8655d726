/**
 * Transport of electrons, positrons and photons in matter (the electromagnetic cascade),
 * in Rossi's approximation B with the complete-screening spectra (PDG RPP 2024 §34.4.2,
 * eqs. 34.29, 34.31) and the rare channels NA64 needs:
 *  - e±: bremsstrahlung photons with v = k/E > v_c = E_cut/E are emitted one by one (rate
 *    Φ(v_c)/X0, Φ the integral of φ(v) = (4/3 − 4v/3 + v²)/v); softer ones are a continuous loss
 *    E∫₀^{v_c} vφ dv per X0, deposited as a parametrized sub-shower along the step;
 *    ionization E_c per X0 (Rossi's definition of the critical energy), deposited locally;
 *    multiple scattering (Highland, PDG eq. 34.16); positron annihilation in flight (annihilation.ts).
 *  - γ: e⁺e⁻ pair production, 7/(9X0), energy sharing from ψ(u) = 1 − (4/3)u(1 − u); μ⁺μ⁻ pairs
 *    (lepton-pair-cross-section.ts), optionally biased; photo-nuclear reactions through a hook.
 *  - Below the tracking cut (TransportSettings.trackingCutGeV) a particle is deposited as a
 *    Grindhammer–Peters shower (spot-deposit.ts).
 * The tracking cut is a speed/fidelity trade-off: only e± above E0 − E_ECAL,max (50 GeV for
 * NA64e) can radiate a signal A′, and below a few GeV the shower's energy pattern is what
 * matters, which the parametrization reproduces (docs/sim.md gives the default's justification).
 * Emission angles of bremsstrahlung and pair production (~m/E) are neglected above the cut.
 */
import { MUON_MASS } from '../../core/index.js';
import { Species } from '../species.js';
import { ParticleState } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import type { MatterTransport, TransportContext } from '../transport-context.js';
import { annihilationCrossSectionCm2, sampleAnnihilationFraction } from './annihilation.js';
import { sampleLeptonPairFraction } from './lepton-pair-cross-section.js';
import { muonPairRate } from './muon-pair-rate.js';
import { SPOT_ENERGY_GEV, depositShower } from './spot-deposit.js';
import { distanceOut, tiltDirection } from '../element-exit.js';

/** Photo-nuclear reactions, supplied by the hadron module. */
export interface PhotoNuclearHook {
  /** Rate [1/cm] of photo-nuclear interactions of a photon of energy E in el. */
  rate(energyGeV: number, el: SimElement): number;
  /** Performs the interaction of photon p at its position (hadrons to the stack, deposits). */
  interact(ctx: TransportContext, p: ParticleState, el: SimElement): void;
}

const PAIR_PER_X0 = 7 / 9;
const MAX_STEP_X0 = 0.5;
const SPEED_OF_LIGHT = 29.9792458;

/** Integral of φ(v) from v to 1 (hard bremsstrahlung per X0 above v). */
function hardRate(v: number): number {
  return (4 / 3) * -Math.log(v) - (4 / 3) * (1 - v) + 0.5 * (1 - v * v);
}

/** Mean fractional energy loss per X0 to photons softer than v: ∫₀^v vφ dv. */
function softLoss(v: number): number {
  return (4 / 3) * v - (2 / 3) * v * v + (v * v * v) / 3;
}

/** Creates the EM matter transport (one per worker; holds per-element rate tables). */
export function createEmTransport(photoNuclear: PhotoNuclearHook | null = null, electroNuclear: PhotoNuclearHook | null = null): MatterTransport {
  const muPairRate = muonPairRate;
  const q = new ParticleState();
  const acc = { e: 0, x: 0, y: 0, z: 0, t: 0 };
  // Soft-photon energy of the lepton in a thin element, not yet sent on (one lepton at a time).
  let soft = 0;
  function move(p: ParticleState, s: number): void {
    p.x += s * p.ux;
    p.y += s * p.uy;
    p.z += s * p.uz;
    p.t += s / SPEED_OF_LIGHT;
  }

  function scatter(ctx: TransportContext, p: ParticleState, sX0: number): void {
    // Highland (PDG eq. 34.16) for β = 1, charge 1; small-angle rotation of the direction.
    const th0 = (0.0136 / p.e) * Math.sqrt(sX0) * (1 + 0.038 * Math.log(sX0));
    if (!(th0 > 1e-9)) return;
    const a = th0 * ctx.rng.normalFast();
    const b = th0 * ctx.rng.normalFast();
    tiltDirection(p, a, b);
  }

  function photon(ctx: TransportContext, p: ParticleState, el: SimElement): boolean {
    const X0 = el.radiationLengthCm;
    const cut = ctx.settings.trackingCutGeV;
    const muBias = ctx.bias.muonPairs;
    const pnBias = ctx.bias.photoNuclear;
    const thin = el.z1 - el.z0 < X0;
    for (;;) {
      if (p.e < cut) {
        if (!thin) {
          depositShower(ctx, el, p.x, p.y, p.z, p.ux, p.uy, p.uz, p.e, p.t);
          return false;
        }
        // A photon below the cut crosses a thin element without interacting. Its conversion
        // probability there, 1 − exp(−(7/9)L/X0) (PDG RPP 2024, §34.4.5), is < 4% for the
        // counters; and the photons below the cut that reach thin elements are mostly the
        // soft-photon bundles of the leptons (below), each standing for ~0.1 real photons above
        // 10 MeV ((4/3)(L/X0) ln(k_max/k_min) per crossing, PDG §34.4.2), so converting the
        // bundle as one photon would overstate veto hits ~10×. The next thick element absorbs it.
        move(p, distanceOut(p, el));
        return true;
      }
      const rPair = PAIR_PER_X0 / X0;
      const rMu = muPairRate(el, p.e);
      const rPn = photoNuclear ? photoNuclear.rate(p.e, el) : 0;
      const bMu = muBias.current();
      const bPn = pnBias.current();
      const rTot = rPair + bMu * rMu + bPn * rPn;
      const s = ctx.rng.exponential() / rTot;
      const out = distanceOut(p, el);
      const step = s < out ? s : out;
      if (ctx.tally !== null) ctx.tally.add(2, p.e, step, el.index);
      if (bMu !== 1) ctx.truth.weight *= muBias.survivalWeight(rMu * step);
      if (bPn !== 1) ctx.truth.weight *= pnBias.survivalWeight(rPn * step);
      move(p, step);
      if (s >= out) return true;
      const pick = ctx.rng.uniform() * rTot;
      if (pick < rPair) {
        // e+e− pair: u ~ ψ(u) = 1 − (4/3)u(1 − u) by rejection (ψ ∈ [2/3, 1]).
        let u = 0.5;
        for (let k = 0; k < 100; k++) {
          u = ctx.rng.uniform();
          if (ctx.rng.uniform() <= 1 - (4 / 3) * u * (1 - u)) break;
        }
        const eKin = p.e - 2 * 0.00051099895;
        emit(ctx, p, Species.Electron, u * eKin + 0.00051099895);
        emit(ctx, p, Species.Positron, (1 - u) * eKin + 0.00051099895);
        return false;
      }
      if (pick < rPair + bMu * rMu) {
        if (bMu !== 1) ctx.truth.weight *= muBias.interactionWeight();
        else muBias.happened = true;
        const x = sampleLeptonPairFraction(p.e, MUON_MASS, { Z: el.zEff, A: 2.5 * el.zEff }, () => ctx.rng.uniform());
        emit(ctx, p, Species.MuMinus, x * p.e);
        emit(ctx, p, Species.MuPlus, (1 - x) * p.e);
        ctx.truth.dimuon = 1;
        return false;
      }
      if (bPn !== 1) ctx.truth.weight *= pnBias.interactionWeight();
      else pnBias.happened = true;
      photoNuclear?.interact(ctx, p, el);
      return false;
    }
  }

  function lepton(ctx: TransportContext, p: ParticleState, el: SimElement): boolean {
    const X0 = el.radiationLengthCm;
    const cut = ctx.settings.trackingCutGeV;
    const ionPerCm = el.criticalEnergyGeV / X0;
    const positron = p.species === Species.Positron;
    const annPerCm2 = positron ? el.electronDensity : 0;
    // The continuous losses (soft photons and ionization) are accumulated along the track and
    // deposited as one sub-shower per ~SPOT_ENERGY_GEV, at their energy-weighted position.
    acc.e = acc.x = acc.y = acc.z = acc.t = 0;
    // In an element thinner than X0 (counters, vetoes) the soft photons below the cut leave it: only the ionization is
    // deposited, the soft-photon energy goes on as one photon along the lepton (emitted when
    // the lepton leaves or stops), so a beam counter sees a MIP (≈ 2 MeV/cm in scintillator),
    // not the ~10² MeV a 100 GeV electron radiates in soft photons there.
    const thin = el.z1 - el.z0 < X0;
    soft = 0;
    for (;;) {
      if (p.e < cut) {
        release(ctx, p, el);
        depositShower(ctx, el, p.x, p.y, p.z, p.ux, p.uy, p.uz, p.e, p.t);
        return false;
      }
      const E = p.e;
      const vc = cut / E;
      const rHard = vc < 1 ? hardRate(vc) / X0 : 0;
      const rAnn = positron ? annPerCm2 * annihilationCrossSectionCm2(E) : 0;
      // Electro-nuclear reactions (virtual photons), biased with the photo-nuclear channel.
      const rEn = electroNuclear ? electroNuclear.rate(E, el) : 0;
      const pnBias = ctx.bias.photoNuclear;
      const bPn = pnBias.current();
      const rTot = rHard + rAnn + bPn * rEn;
      const sInt = rTot > 0 ? ctx.rng.exponential() / rTot : Number.POSITIVE_INFINITY;
      const out = distanceOut(p, el);
      // Limit the step so that the continuous loss stays small (≤ 0.5 X0 and ≤ ~10% of E).
      const fSoft = softLoss(vc < 1 ? vc : 1);
      let maxStep = MAX_STEP_X0 * X0;
      const lossRate = (E * fSoft) / X0 + ionPerCm;
      if (lossRate * maxStep > 0.1 * E) maxStep = (0.1 * E) / lossRate;
      let step = sInt;
      let reason = 0; // 0 interaction, 1 out, 2 max step
      if (out <= step) {
        step = out;
        reason = 1;
      }
      if (maxStep < step) {
        step = maxStep;
        reason = 2;
      }
      const loss = lossRate * step;
      const half = 0.5 * step;
      const local = thin ? ionPerCm * step : loss;
      if (thin) soft += loss - local;
      acc.e += local;
      acc.x += local * (p.x + half * p.ux);
      acc.y += local * (p.y + half * p.uy);
      acc.z += local * (p.z + half * p.uz);
      acc.t += local * (p.t + half / SPEED_OF_LIGHT);
      if (acc.e >= SPOT_ENERGY_GEV) flush(ctx, p, el);
      const e0 = p.e;
      if (ctx.tally !== null) ctx.tally.add(positron ? 1 : 0, e0 - 0.5 * loss, step, el.index);
      move(p, step);
      p.e = e0 - loss;
      if (step > 0) scatter(ctx, p, step / X0);
      if (rEn > 0 && bPn !== 1) ctx.truth.weight *= pnBias.survivalWeight(rEn * step);
      if (ctx.signal !== null) ctx.signal.onLeptonStep(ctx, p, el, step, e0);
      if (reason === 1) {
        release(ctx, p, el);
        return true;
      }
      if (reason === 2) continue;
      if (p.e < cut) continue;
      const pick = ctx.rng.uniform() * rTot;
      if (pick >= rHard + rAnn) {
        // Electro-nuclear: the virtual photon's hadrons are pushed, the lepton goes on with E − ν.
        if (bPn !== 1) ctx.truth.weight *= pnBias.interactionWeight();
        else pnBias.happened = true;
        flush(ctx, p, el);
        electroNuclear?.interact(ctx, p, el);
        continue;
      }
      if (pick < rHard) {
        // Hard bremsstrahlung: v from φ(v) on [v_c, 1] (1/v envelope, accept (4/3 − 4v/3 + v²)/(4/3)).
        const vcNow = cut / p.e;
        if (vcNow >= 1) continue;
        const lv = Math.log(vcNow);
        let v = 0.5;
        for (let k = 0; k < 100; k++) {
          v = Math.exp(lv * (1 - ctx.rng.uniform()));
          if (ctx.rng.uniform() * (4 / 3) <= 4 / 3 - (4 / 3) * v + v * v) break;
        }
        const k = v * p.e;
        emit(ctx, p, Species.Photon, k);
        p.e -= k;
      } else {
        // Annihilation in flight: two photons along the positron direction.
        release(ctx, p, el);
        const eTot = p.e + 0.00051099895;
        const eps = sampleAnnihilationFraction(p.e, () => ctx.rng.uniform());
        emit(ctx, p, Species.Photon, eps * eTot);
        emit(ctx, p, Species.Photon, (1 - eps) * eTot);
        return false;
      }
    }
  }

  /** Deposits the accumulated continuous loss and sends the soft photons of a thin element on. */
  function release(ctx: TransportContext, p: ParticleState, el: SimElement): void {
    flush(ctx, p, el);
    if (soft > 0) {
      emit(ctx, p, Species.Photon, soft);
      soft = 0;
    }
  }

  function flush(ctx: TransportContext, p: ParticleState, el: SimElement): void {
    if (acc.e > 0) {
      depositShower(ctx, el, acc.x / acc.e, acc.y / acc.e, acc.z / acc.e, p.ux, p.uy, p.uz, acc.e, acc.t / acc.e);
      acc.e = acc.x = acc.y = acc.z = acc.t = 0;
    }
  }

  function emit(ctx: TransportContext, p: ParticleState, species: number, energy: number): void {
    q.copy(p);
    q.species = species;
    q.e = energy;
    q.generation = p.generation + 1;
    ctx.stack.push(q);
  }

  return {
    inMatter(ctx, p, el) {
      return p.species === Species.Photon ? photon(ctx, p, el) : lepton(ctx, p, el);
    },
  };
}

/**
 * The signal hook of the transport (transport-context.ts, SignalHook): emits the new boson X
 * along lepton tracks in the target elements, with importance sampling so that nearly every
 * simulated event carries one emission (rare-process-bias.ts):
 *  - bremsstrahlung ℓ Z → ℓ Z X: rate and x, θ spectra from emission-table.ts (exact tree
 *    level); the emitting lepton keeps E(1 − x) and recoils transversely against X;
 *  - resonant annihilation e⁺e⁻ → X on the atomic electrons along positron tracks
 *    (Marsicano et al., PRL 121 (2018) 041802, arXiv:1802.03794): in the narrow-width limit
 *    σ(E₊) = (2π²αε²/mₑ) δ(E₊ − E_R), E_R = m_X²/(2mₑ) (from ∫σ ds = 12π²Γ_ee/m_X with
 *    Γ_ee = αε²m_X/3). The yield is n_e (2π²αε²/mₑ) T₊(E_R), T₊ the positron track length per
 *    unit energy. The δ is replaced by a box of half-width w around E_R (σ̄ = ∫σ dE / 2w), so
 *    every positron step whose energy lies in the window contributes n_e σ̄ × (path in the
 *    window): the same mean for a T₊ that is linear across the window (error ≈ w² T₊''/6T₊),
 *    and far less variance than counting crossings of E_R, because positrons mostly reach an
 *    energy by a jump (a hard photon) rather than by continuous loss. The window is set by the
 *    run (simulation-run.ts) well inside the beam's momentum spread. The emission probability
 *    is forced to min(1/2, B × natural) per step with weights natural/q and 1/(1 − q); the
 *    positron annihilates, X (E_R + mₑ) continues along its direction.
 * Weights are per beam particle at ε = 1 (scale by ε² for another coupling); the bias factor is
 * set from the expected number of emissions per event so that about 1 − e^{−3} of the events
 * emit.
 */
import { ALPHA, ELECTRON_MASS, GEV2_TO_PB } from '../../core/index.js';
import { RareBias } from '../rare-process-bias.js';
import { Species } from '../species.js';
import type { ParticleState } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import type { SignalHook, TransportContext } from '../transport-context.js';
import { emissionRate, sampleEmission } from './emission-table.js';
import type { EmissionTable } from './emission-table.js';
import { decayX } from './x-decay.js';
import type { XDecaySpec } from './x-decay.js';
import { tiltDirection } from '../element-exit.js';

/** Production mechanisms. */
export type SignalMechanism = 'brems' | 'resonant';

/** Options of {@link createSignalGenerator}. */
export interface SignalOptions {
  mechanism: SignalMechanism;
  /** Emission tables by element index (bremsstrahlung); elements without one do not emit. */
  tables: Map<number, EmissionTable>;
  /** Resonant annihilation: elements where it happens (by index). */
  resonantElements?: Set<number>;
  /** Importance-sampling factor B (≥ 1). */
  biasFactor: number;
  /** Resonant annihilation: half-width w of the energy window that stands for the δ(E₊ − E_R) [GeV] (default 0.01 E_R). */
  resonanceHalfWindowGeV?: number;
  decay: XDecaySpec;
  /** Proper lifetime of X for visible decays [ns]. */
  lifetimeNs: number;
  /** Species that may emit (default: e− and e+). */
  emitters?: readonly number[];
}

/** The signal generator: a SignalHook plus its bias (reset per event). */
export interface SignalGenerator extends SignalHook {
  readonly bias: RareBias;
}

const sample = { x: 0, theta: 0 };
/** Cap on the forced emission probability per step (keeps each survival weight ≤ 2). */
const RESONANT_MAX_PROBABILITY = 0.5;
const SPEED_OF_LIGHT = 29.9792458;

/** Creates the signal hook. */
export function createSignalGenerator(o: SignalOptions): SignalGenerator {
  const bias = new RareBias();
  bias.factor = o.biasFactor;
  bias.linear = true; // yields per ε², first order (rare-process-bias.ts)
  const emitters = new Uint8Array(32);
  for (const s of o.emitters ?? [Species.Electron, Species.Positron]) emitters[s] = 1;
  const M = o.decay.massGeV;
  const eRes = (M * M) / (2 * ELECTRON_MASS);
  // ∫σ dE for resonant production at ε = 1 [cm² GeV]: 2π²α/mₑ GeV⁻¹ → × (ħc)² in cm².
  const resonantIntegral = ((2 * Math.PI * Math.PI * ALPHA) / ELECTRON_MASS) * GEV2_TO_PB * 1e-36;
  const halfWindow = o.resonanceHalfWindowGeV ?? 0.01 * eRes;
  // σ averaged over the window [cm²]: ∫σ dE / (2w).
  const windowCrossSection = resonantIntegral / (2 * halfWindow);

  function emit(ctx: TransportContext, p: ParticleState, energyAtStep: number, back: number, xEnergy: number, theta: number): void {
    const truth = ctx.truth;
    // Emission point: `back` cm before the end of the step, along the lepton.
    const x = p.x - back * p.ux;
    const y = p.y - back * p.uy;
    const z = p.z - back * p.uz;
    const t = p.t - back / SPEED_OF_LIGHT;
    // X direction: the lepton's, turned by θ at a random azimuth.
    const phi = 2 * Math.PI * ctx.rng.uniform();
    const st = Math.sin(theta);
    const ct = Math.cos(theta);
    let ax = -p.uy;
    let ay = p.ux;
    let az = 0;
    if (Math.abs(p.uz) < 0.9) {
      ax = 0;
      ay = -p.uz;
      az = p.uy;
    }
    const na = 1 / Math.sqrt(ax * ax + ay * ay + az * az);
    ax *= na;
    ay *= na;
    az *= na;
    const bx = p.uy * az - p.uz * ay;
    const by = p.uz * ax - p.ux * az;
    const bz = p.ux * ay - p.uy * ax;
    const cp = Math.cos(phi) * st;
    const sp = Math.sin(phi) * st;
    const dx = ct * p.ux + cp * ax + sp * bx;
    const dy = ct * p.uy + cp * ay + sp * by;
    const dz = ct * p.uz + cp * az + sp * bz;
    truth.xProduced = 1;
    truth.xEnergyGeV = xEnergy;
    truth.xThetaRad = Math.acos(Math.max(-1, Math.min(1, dz)));
    truth.xZCm = z;
    truth.xParentSpecies = p.species;
    truth.xMechanism = o.mechanism === 'brems' ? (p.species === Species.MuMinus || p.species === Species.MuPlus ? 3 : 1) : 2;
    void energyAtStep;
    decayX(ctx, o.decay, o.lifetimeNs, xEnergy, x, y, z, t, dx, dy, dz);
  }

  const hook: SignalGenerator = {
    bias,
    onLeptonStep(ctx, p, el: SimElement, stepCm, energyGeV) {
      if (!emitters[p.species] || stepCm <= 0) return false;
      const B = bias.current();
      if (B === 1 && bias.happened) return false; // only the first emission is modelled
      let natural = 0;
      if (o.mechanism === 'brems') {
        const table = o.tables.get(el.index);
        if (!table) return false;
        natural = emissionRate(table, energyGeV) * stepCm;
        if (natural <= 0) return false;
        const pBiased = B * natural;
        const u = ctx.rng.uniform();
        const pEmit = -Math.expm1(-pBiased);
        if (u >= pEmit) {
          ctx.truth.weight *= bias.survivalWeight(natural);
          return false;
        }
        // Emission point within the step: first-interaction distance of the biased rate.
        const s = -Math.log1p(-u) / (B * (natural / stepCm));
        ctx.truth.weight *= bias.survivalWeight((natural * s) / stepCm) * bias.interactionWeight();
        sampleEmission(table, energyGeV, () => ctx.rng.uniform(), sample);
        const xE = sample.x * energyGeV;
        // The lepton keeps E − E_X and recoils against X's transverse momentum.
        const pt = xE * Math.sin(sample.theta);
        p.e = Math.max(p.e - xE, 1e-6);
        const kick = pt / p.e;
        if (kick > 0 && kick < 0.5) {
          // Small-angle kick opposite to X: applied in a random plane (its azimuth is X's + π,
          // approximated by an independent random azimuth for the lepton's small deflection).
          const a = -kick * Math.cos(2 * Math.PI * ctx.rng.uniform());
          const b = -kick * Math.sin(2 * Math.PI * ctx.rng.uniform());
          tiltDirection(p, a, b);
        }
        emit(ctx, p, energyGeV, stepCm - s, xE, sample.theta);
        return true;
      }
      // Resonant annihilation, averaged over the window |E₊ − E_R| < w (see the header): the
      // part of this step spent in the window, with the energy linear along the step.
      if (p.species !== Species.Positron || !o.resonantElements?.has(el.index)) return false;
      const eEnd = p.e;
      const dE = energyGeV - eEnd;
      let sIn: number;
      let sBefore = 0; // path from the step's start to where the window is entered
      if (dE <= 1e-12 * energyGeV) {
        if (Math.abs(energyGeV - eRes) >= halfWindow) return false;
        sIn = stepCm;
      } else {
        const hi = Math.min(energyGeV, eRes + halfWindow);
        const lo = Math.max(eEnd, eRes - halfWindow);
        if (hi <= lo) return false;
        sIn = (stepCm * (hi - lo)) / dE;
        sBefore = (stepCm * (energyGeV - hi)) / dE;
      }
      // Natural emission probability on sIn, per ε² (first order: exact for ε² n_e σ̄ s ≪ 1).
      natural = el.electronDensity * windowCrossSection * sIn;
      const q = Math.min(RESONANT_MAX_PROBABILITY, B * natural);
      const u = ctx.rng.uniform();
      if (u >= q) {
        // Survived a step it was forced towards: 1/(1 − q) keeps later steps' emissions and the
        // events without one unbiased (the natural survival is 1 at first order in ε²).
        if (!bias.happened) ctx.truth.weight /= 1 - q;
        return false;
      }
      bias.happened = true;
      ctx.truth.weight *= natural / q;
      const s = sBefore + (u / q) * sIn; // uniform within the window part of the step
      p.e = 0;
      emit(ctx, p, energyGeV, stepCm - s, eRes + ELECTRON_MASS, 0);
      return true;
    },
  };
  return hook;
}

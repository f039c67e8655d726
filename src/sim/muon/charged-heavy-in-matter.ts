/**
 * The stepping core for heavy charged particles (μ±, and π±, K±, p between nuclear interactions)
 * in an element with matter. Each step:
 *  - length: up to the next boundary (matter-navigation.ts: element faces, read-out sections,
 *    cell sides, holes, gaps), at most `maxStepCm` (default 50 cm), at most 20% of the kinetic energy lost, and
 *    up to the next discrete interaction (knock-on electron above W_cut = v_cut·E, and for muons
 *    the radiative interactions above v_cut), drawn by the number of mean free paths;
 *  - ionization below W_cut: Landau/Gaussian fluctuations about the restricted Bethe mean
 *    (ionization-loss.ts), plus for muons the mean radiation from atomic electrons
 *    (bethe-bloch.ts) and the mean soft radiative loss b_soft(E)·E (muon-radiative-tables.ts);
 *    this energy is deposited in the cell of the step (ctx.deposits.deposit; volumes and
 *    uncelled parts: depositUnread) at the mid-step time;
 *  - multiple scattering: Highland width over the step with the correlated lateral
 *    displacement (../passive/multiple-scattering.ts);
 *  - muons: ctx.signal.onLeptonStep(ctx, p, el, step, E_start) after the step (A′/Z′ emission);
 *  - the discrete interaction at the end of a step limited by it: δ ray (e⁻ to the stack),
 *    muon bremsstrahlung (γ), pair production (e⁺ and e⁻; the pair energy shared with a uniform
 *    asymmetry — a documented simplification), photonuclear (a hook, by default one charged pion
 *    carrying the transfer); photons and pairs keep the muon direction (angles ~m/E neglected).
 * Gaps and holes are crossed in a straight line without losses. Below the kinetic-energy cut
 * (ctx.settings.hadronCutGeV) the particle stops: its kinetic energy is deposited where it is;
 * for muons the rest energy (decay or capture at rest, not simulated) is counted invisible.
 */
import { ELECTRON_MASS } from '../../core/index.js';
import { highlandTheta0, localToGlobal, scatterStep } from '../passive/index.js';
import type { ParticleState } from '../particle-stack.js';
import { ParticleState as State } from '../particle-stack.js';
import type { SimElement } from '../sim-geometry.js';
import { SPECIES_CHARGE, SPECIES_MASS, Species } from '../species.js';
import type { TransportContext } from '../transport-context.js';
import { atomicElectronBremsstrahlung, knockOnRate, maxEnergyTransfer, restrictedBethe } from './bethe-bloch.js';
import { elementIonization } from './ionization-material.js';
import { fluctuateIonization } from './ionization-loss.js';
import { knockOnCosTheta, sampleKnockOnEnergy } from './knock-on-electron.js';
import { Navigation, matterView, navigate } from './matter-navigation.js';
import type { MatterView } from './matter-navigation.js';
import { MUON_TABLE_NODES, MuonProcess, N_MUON_PROCESSES, atNode, energyNode, sampleMuonV } from './muon-radiative-tables.js';
import type { MuonRadiativeTables } from './muon-radiative-tables.js';

/** Outcomes of {@link chargedHeavyInMatter}. */
export const HeavyOutcome = {
  /** Left the element (through its back face, a side, or — turned round — its front face). */
  Left: 0,
  /** Stopped (kinetic energy below the cut) and deposited. */
  Stopped: 1,
  /** Travelled the path budget maxPathCm (e.g. to the next nuclear interaction). */
  PathDone: 2,
} as const;

/**
 * Hook for the photonuclear interaction of a muon: the hadronic final state of the energy
 * transfer ν [GeV] at p's position (p's energy is already reduced by ν).
 */
export type MuonPhotonuclearHook = (ctx: TransportContext, p: ParticleState, el: SimElement, nuGeV: number) => void;

/** Options and results of the stepping (one reusable object per caller). */
export interface HeavyTrackOptions {
  /** Fraction v_cut of the energy above which losses are discrete (knock-ons, radiative); 1: none. */
  vcut: number;
  /** Maximum step [cm]. */
  maxStepCm: number;
  /** Radiative tables of the element's material (muons), null: ionization only. */
  radiative: MuonRadiativeTables | null;
  /** Call ctx.signal.onLeptonStep after every step in matter (muons). */
  leptonSignal: boolean;
  /** Photonuclear final state (muons); null: one charged pion of energy ν (or a local deposit below m_π). */
  photonuclear: MuonPhotonuclearHook | null;
  /** Output: the path travelled in the last call [cm]. */
  pathCm: number;
}

/** Default options: v_cut = 0.01, steps ≤ 50 cm, no radiative processes, no signal hook. */
export function heavyTrackOptions(): HeavyTrackOptions {
  return { vcut: 0.01, maxStepCm: 50, radiative: null, leptonSignal: false, photonuclear: null, pathCm: 0 };
}

const EPS_CM = 1e-7;
const C_CM_PER_NS = 29.9792458;
const nav = new Navigation();
const q = new State();
const v3 = new Float64Array(3);

function depositAt(ctx: TransportContext, el: MatterView, cell: number, e: number, t: number): void {
  if (!(e > 0)) return;
  if (cell >= 0) ctx.deposits.deposit(cell, e, t);
  else ctx.deposits.depositUnread(el.index, e);
}

function pushSecondary(ctx: TransportContext, p: ParticleState, species: number, energy: number): void {
  q.copy(p);
  q.species = species;
  q.e = energy;
  q.generation = p.generation + 1;
  ctx.stack.push(q);
}

/**
 * Steps p through el (calorimeter, counter or volume with matter) until it leaves the element,
 * stops, or has travelled `maxPathCm`. Returns a {@link HeavyOutcome}; opts.pathCm is the path
 * travelled. Secondaries go to ctx.stack, deposits to ctx.deposits. No allocation per step.
 */
export function chargedHeavyInMatter(ctx: TransportContext, p: ParticleState, element: SimElement, opts: HeavyTrackOptions, maxPathCm = Number.POSITIVE_INFINITY): number {
  const el = matterView(element);
  const M = SPECIES_MASS[p.species];
  const charge = Math.abs(SPECIES_CHARGE[p.species]);
  const isMuon = p.species === Species.MuMinus || p.species === Species.MuPlus;
  const spinHalf = isMuon || p.species === Species.Proton;
  const im = elementIonization(element);
  const rho = im.density;
  const x0 = im.radiationLengthCm;
  const cut = ctx.settings.hadronCutGeV;
  const rad = opts.radiative;
  const nEl = rad ? rad.Z.length : 0;
  let nLambda = ctx.rng.exponential();
  let path = 0;
  opts.pathCm = 0;
  for (let guard = 0; guard < 1000000; guard++) {
    if (p.e - M < cut) {
      navigate(el, p.x, p.y, p.z, p.ux, p.uy, p.uz, nav);
      depositAt(ctx, el, nav.matter ? nav.cell : -1, p.e - M, p.t);
      if (isMuon) ctx.truth.eInvisible += M;
      p.e = M;
      opts.pathCm = path;
      return HeavyOutcome.Stopped;
    }
    if (p.z >= el.z1 || p.z < el.z0 || Math.abs(p.x - el.x0) >= el.halfX || Math.abs(p.y - el.y0) >= el.halfY) break;
    navigate(el, p.x, p.y, p.z, p.ux, p.uy, p.uz, nav);
    if (!(nav.dist < Number.POSITIVE_INFINITY)) break;
    const budget = maxPathCm - path;
    if (!nav.matter) {
      // Air (gap or hole): straight, no losses.
      const s = Math.min(nav.dist + EPS_CM, budget);
      const P = Math.sqrt(p.e * p.e - M * M);
      p.x += s * p.ux;
      p.y += s * p.uy;
      p.z += s * p.uz;
      p.t += (s * p.e) / (P * C_CM_PER_NS);
      path += s;
      if (path >= maxPathCm) {
        opts.pathCm = path;
        return HeavyOutcome.PathDone;
      }
      continue;
    }
    const E = p.e;
    const P = Math.sqrt(E * E - M * M);
    const beta = P / E;
    const wCut = opts.vcut * E;
    // Rates per g/cm² of the discrete interactions, and the continuous loss per g/cm².
    const rDelta = knockOnRate(im, M, E, wCut, spinHalf);
    let rRad = 0;
    let bSoft = 0;
    let node = -1;
    if (rad) {
      node = energyNode(E);
      if (node >= 0) {
        rRad = atNode(rad.sigmaHardTotal, 0, node);
        bSoft = atNode(rad.bSoft, 0, node);
      }
    }
    const extra = isMuon ? atomicElectronBremsstrahlung(im, M, E) + bSoft * E : 0;
    const ion = restrictedBethe(im, M, E, wCut, spinHalf);
    const dedx = ion + extra;
    const rHard = rDelta + rRad;
    let s = nav.dist + EPS_CM;
    let hard = false;
    const sLoss = Math.max((0.2 * (E - M)) / (dedx * rho), 1e-3);
    if (sLoss < s) s = sLoss;
    if (opts.maxStepCm < s) s = opts.maxStepCm;
    if (budget < s) s = budget;
    if (rHard > 0) {
      const sHard = nLambda / (rHard * rho);
      if (sHard < s) {
        s = sHard;
        hard = true;
      }
    }
    const grams = rho * s;
    nLambda -= rHard * grams;
    const wMax = maxEnergyTransfer(M, E);
    let dE = fluctuateIonization(ctx.rng, im, ion * grams, grams, beta * beta, E, wCut < wMax ? wCut : wMax, wMax, spinHalf) + extra * grams;
    if (dE < 0) dE = 0;
    else if (dE > E - M) dE = E - M;
    const cell = nav.cell;
    const tMid = p.t + (0.5 * s) / (beta * C_CM_PER_NS);
    scatterStep(ctx.rng, p, s, highlandTheta0(P, beta, charge, s / x0));
    p.t += s / (beta * C_CM_PER_NS);
    p.e = E - dE;
    depositAt(ctx, el, cell, dE, tMid);
    path += s;
    if (isMuon && opts.leptonSignal && ctx.signal !== null) ctx.signal.onLeptonStep(ctx, p, element, s, E);
    if (hard && p.e - M >= cut) {
      nLambda = ctx.rng.exponential();
      discreteInteraction(ctx, p, element, el, opts, rDelta, node, nEl, M, spinHalf);
    }
    if (path >= maxPathCm) {
      opts.pathCm = path;
      return HeavyOutcome.PathDone;
    }
  }
  opts.pathCm = path;
  return HeavyOutcome.Left;
}

/** One discrete interaction: a knock-on electron or a radiative interaction, chosen by rates. */
function discreteInteraction(ctx: TransportContext, p: ParticleState, element: SimElement, el: MatterView, opts: HeavyTrackOptions, rDelta: number, node: number, nEl: number, M: number, spinHalf: boolean): void {
  const rad = opts.radiative;
  const E = p.e;
  let rRad = 0;
  if (rad && node >= 0) rRad = atNode(rad.sigmaHardTotal, 0, node);
  let u = ctx.rng.uniform() * (rDelta + rRad);
  if (u < rDelta || !rad || node < 0) {
    const wCut = opts.vcut * E;
    const T = sampleKnockOnEnergy(ctx.rng, M, E, wCut, spinHalf);
    if (!(T > 0) || T >= E - M) return;
    const P = Math.sqrt(E * E - M * M);
    const c = knockOnCosTheta(T, E, P);
    const sn = Math.sqrt(1 - c * c);
    const phi = 2 * Math.PI * ctx.rng.uniform();
    localToGlobal(p.ux, p.uy, p.uz, sn * Math.cos(phi), sn * Math.sin(phi), c, v3);
    const pd = Math.sqrt(T * (T + 2 * ELECTRON_MASS));
    q.copy(p);
    q.species = Species.Electron;
    q.e = T + ELECTRON_MASS;
    q.ux = v3[0];
    q.uy = v3[1];
    q.uz = v3[2];
    q.generation = p.generation + 1;
    ctx.stack.push(q);
    // Projectile: momentum P·u − p_δ·u_δ, energy E − T.
    const px = P * p.ux - pd * v3[0];
    const py = P * p.uy - pd * v3[1];
    const pz = P * p.uz - pd * v3[2];
    const pn = Math.sqrt(px * px + py * py + pz * pz);
    p.ux = px / pn;
    p.uy = py / pn;
    p.uz = pz / pn;
    p.e = E - T;
    return;
  }
  u -= rDelta;
  // Radiative: which process and element.
  let proc = 0;
  let i = 0;
  let acc = 0;
  search: for (proc = 0; proc < N_MUON_PROCESSES; proc++) {
    for (i = 0; i < nEl; i++) {
      acc += atNode(rad.sigmaHard, (proc * nEl + i) * MUON_TABLE_NODES, node);
      if (u < acc) break search;
    }
  }
  if (proc === N_MUON_PROCESSES) {
    proc = N_MUON_PROCESSES - 1;
    i = nEl - 1;
  }
  const v = sampleMuonV(rad, proc, i, E, ctx.rng);
  let eps = v * E;
  if (eps > E - M) eps = E - M;
  p.e = E - eps;
  if (proc === MuonProcess.Bremsstrahlung) {
    pushSecondary(ctx, p, Species.Photon, eps);
  } else if (proc === MuonProcess.PairProduction) {
    const kin = eps - 2 * ELECTRON_MASS;
    const f = ctx.rng.uniform();
    pushSecondary(ctx, p, Species.Electron, ELECTRON_MASS + f * kin);
    pushSecondary(ctx, p, Species.Positron, ELECTRON_MASS + (1 - f) * kin);
  } else if (opts.photonuclear) {
    opts.photonuclear(ctx, p, element, eps);
  } else if (eps > SPECIES_MASS[Species.PiPlus]) {
    pushSecondary(ctx, p, ctx.rng.uniform() < 0.5 ? Species.PiPlus : Species.PiMinus, eps);
  } else {
    navigate(el, p.x, p.y, p.z, p.ux, p.uy, p.uz, nav);
    depositAt(ctx, el, nav.matter ? nav.cell : -1, eps, p.t);
  }
}

/**
 * Event reconstruction of the trackers: hits, straight tracks per arm and view, the momentum
 * of every spectrometer (docs/tracking.md).
 *
 * Hits: hit-candidates.ts (strip clusters, straw drift radii with both signs).
 *
 * Tracks: arm-track-finder.ts (straight lines per arm and view).
 *
 * Momentum. For each spectrometer (two arms around magnets, tracking-layout.ts), every pair of
 * upstream × downstream tracks in the bending view (x) is fitted with the kink model
 * (spectrometer-fit.ts) and the pair of least χ²/ndf gives p (spectrometer-momentum.ts) with
 * σ_p = |p|·√(var(Δθ) + (K/p)²)/|Δθ| (fit error ⊕ multiple scattering).
 */
import type { RawEventBatch } from '../../daq/raw-event-batch.js';
import type { Setup } from '../../setup/index.js';
import type { SimGeometry } from '../../sim/sim-geometry.js';
import type { StrawCalibration, StripCalibration } from '../../sim/response/true-calibration.js';
import { ArmTrackFinder, MAX_TRACKS } from './arm-track-finder.js';
import { HitCandidates } from './hit-candidates.js';
import { TRACK_SUMS, armsFit, kinkFit } from './spectrometer-fit.js';
import { momentumFromSlopes, scatteringTerm } from './spectrometer-momentum.js';
import type { MomentumMethod } from './spectrometer-momentum.js';
import { trackingLayout } from './tracking-layout.js';
import type { TrackingLayout } from './tracking-layout.js';

/** What tracking reports per event (the DST's tracking columns, docs/dst.md). */
export interface TrackSummary {
  /** 1 when the (first) spectrometer measured a momentum. */
  momOk: number;
  /** Momentum [GeV] (negative: the opposite charge to the beam's). */
  momGeV: number;
  /** Its error [GeV]: fit ⊕ multiple scattering. */
  momErrGeV: number;
  /** χ²/ndf of the spectrometer fit. */
  momChi2ndf: number;
  /** 1 when a second (downstream) spectrometer measured the scattered momentum (NA64μ). */
  momOutOk: number;
  /** Scattered momentum [GeV] (0 if none). */
  momOutGeV: number;
  /** Tracks in the upstream arm of the first spectrometer (max over the x and y views). */
  nTracksUp: number;
  /** Tracks in the downstream arm of the last spectrometer (max over the x and y views). */
  nTracksDown: number;
}

/** A TrackSummary of zeros. */
export function createTrackSummary(): TrackSummary {
  return { momOk: 0, momGeV: 0, momErrGeV: 0, momChi2ndf: 0, momOutOk: 0, momOutGeV: 0, nTracksUp: 0, nTracksDown: 0 };
}

/** Options of the track reconstruction (all with documented defaults). */
export interface TrackingOptions {
  /** Largest |du/dz| of a track [rad] (0.1: NA64 angles are mrad). */
  maxSlopeRad?: number;
  /** Search road around the seed line in σ (5). */
  roadSigmas?: number;
  /** Largest χ²/ndf of a track and of the spectrometer fit (10). */
  maxChi2PerNdf?: number;
  /** Smallest cluster charge over the plane gain [ADC counts] (150: a quarter of the 600-count MPV of docs/sim-response.md; noise hits are ~13–20). */
  minClusterChargeAdc?: number;
  /** Strip-cluster time window: |t| ≤ this × σ_t + 2 ns (5). */
  timeWindowSigmas?: number;
  /** 'kink' (default) or 'arms' (docs/tracking.md). */
  method?: MomentumMethod;
}

/** Smallest significance |Δθ|/σ(Δθ) of a measured bend. */
const MIN_BEND_SIGNIFICANCE = 3;

function beamCharge(setup: Setup): number {
  const p = setup.beam.particle;
  return p.endsWith('+') || p === 'p' ? 1 : -1;
}

/** Reconstructs the tracks and momenta of events; one per worker (it holds scratch state). */
export class TrackReconstructor {
  /** The layout (planes, arms, spectrometers). */
  readonly layout: TrackingLayout;
  /** Multiple-scattering term K [GeV·rad] of each spectrometer. */
  readonly scatteringK: Float64Array;
  private readonly charge: number;
  private readonly method: MomentumMethod;
  private readonly maxChi2: number;
  private readonly hits: HitCandidates;
  private readonly finder: ArmTrackFinder;
  private readonly kink = new Float64Array(5);

  constructor(geometry: SimGeometry, setup: Setup, calib: { straws: StrawCalibration[]; strips: StripCalibration[] }, options: TrackingOptions = {}) {
    const L = trackingLayout(geometry);
    this.layout = L;
    this.charge = beamCharge(setup);
    this.method = options.method ?? 'kink';
    this.maxChi2 = options.maxChi2PerNdf ?? 10;
    this.hits = new HitCandidates(L, geometry.nTrackerChannels, calib, options.timeWindowSigmas ?? 5, options.minClusterChargeAdc ?? 150);
    this.finder = new ArmTrackFinder(L, this.hits, options.maxSlopeRad ?? 0.1, options.roadSigmas ?? 5, this.maxChi2);
    this.scatteringK = Float64Array.from(L.spectrometers, (s) => scatteringTerm(L, s, this.method));
  }

  /** Reconstructs event i of the batch into out (no allocation per event). */
  reconstruct(batch: RawEventBatch, i: number, out: TrackSummary): void {
    out.momOk = 0;
    out.momGeV = 0;
    out.momErrGeV = 0;
    out.momChi2ndf = 0;
    out.momOutOk = 0;
    out.momOutGeV = 0;
    out.nTracksUp = 0;
    out.nTracksDown = 0;
    const L = this.layout;
    if (L.nArms === 0) return;
    this.hits.fill(batch, i);
    this.finder.find();
    const count = this.finder.trackCount;
    const specs = L.spectrometers;
    const upArm = specs.length ? specs[0].upArm : 0;
    const downArm = specs.length ? specs[specs.length - 1].downArm : L.nArms - 1;
    out.nTracksUp = Math.max(count[2 * upArm], count[2 * upArm + 1]);
    out.nTracksDown = Math.max(count[2 * downArm], count[2 * downArm + 1]);
    for (let s = 0; s < specs.length; s++) {
      if (s > 0 && s < specs.length - 1) continue;
      const first = s === 0;
      if (!this.measure(s)) continue;
      const k = this.kink;
      if (first) {
        out.momOk = 1;
        out.momGeV = k[0];
        out.momErrGeV = k[1];
        out.momChi2ndf = k[2];
      } else {
        out.momOutOk = 1;
        out.momOutGeV = k[0];
      }
    }
  }

  /**
   * Momentum of spectrometer s from the best pair of x tracks: kink[0] = p [GeV], kink[1] = σ_p,
   * kink[2] = χ²/ndf. False if no pair passes.
   */
  private measure(s: number): boolean {
    const L = this.layout;
    const F = this.finder;
    const spec = L.spectrometers[s];
    const avU = 2 * spec.upArm;
    const avD = 2 * spec.downArm;
    const nU = F.nTracks[avU];
    const nD = F.nTracks[avD];
    const cu = L.armZRef[spec.upArm] - spec.zBendCm;
    const cd = L.armZRef[spec.downArm] - spec.zBendCm;
    const f = this.kink;
    let best = Infinity;
    let bu = 0;
    let bd = 0;
    let bVar = 0;
    for (let u = 0; u < nU; u++) {
      const ou = (avU * MAX_TRACKS + u) * TRACK_SUMS;
      for (let d = 0; d < nD; d++) {
        const od = (avD * MAX_TRACKS + d) * TRACK_SUMS;
        const ok = this.method === 'kink' ? kinkFit(F.trackSums, ou, cu, F.trackSums, od, cd, f) : armsFit(F.trackSums, ou, cu, F.trackSums, od, cd, f);
        if (!ok) continue;
        const ndf = F.trackHits[avU * MAX_TRACKS + u] + F.trackHits[avD * MAX_TRACKS + d] - 3;
        const c = f[4] / Math.max(ndf, 1);
        if (c < best) {
          best = c;
          bu = f[1];
          bd = f[2];
          bVar = f[3];
        }
      }
    }
    if (!(best <= this.maxChi2) || !(bVar > 0)) return false;
    const delta = bd - bu;
    if (!(Math.abs(delta) > MIN_BEND_SIGNIFICANCE * Math.sqrt(bVar))) return false;
    const p = momentumFromSlopes(bu, bd, spec.fieldIntegralTm, this.charge);
    const k = this.scatteringK[s] / p;
    const err = (Math.abs(p) * Math.sqrt(bVar + k * k)) / Math.abs(delta);
    if (!Number.isFinite(p) || !Number.isFinite(err)) return false;
    f[0] = p;
    f[1] = err;
    f[2] = best;
    return true;
  }
}

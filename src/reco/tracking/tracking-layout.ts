/**
 * The tracking layout of a setup, built once per run from the simulation geometry: every
 * tracker plane in z order with its read-out constants, the lookup from a tracker channel id to
 * its plane and strip (docs/sim-response.md, "Trackers": channel = firstChannel +
 * plane·stripsPerPlane + strip), the *arms* (groups of planes with no magnet and no thick
 * matter between them, where tracks are straight lines) and the *spectrometers* (two arms
 * around a group of magnets).
 */
import { ElementKind } from '../../sim/sim-geometry.js';
import type { SimGeometry } from '../../sim/sim-geometry.js';
import { strawStagger } from '../../sim/response/tracker-digitizer.js';

/** A magnet group between two arms: the momentum is measured from the kink of the track there. */
export interface Spectrometer {
  /** Arm indices upstream and downstream. */
  upArm: number;
  downArm: number;
  /** Σ ∫B·dl of the magnets between the arms [T·m]. */
  fieldIntegralTm: number;
  /**
   * z of the bending plane [cm]: Σ(∫B·dl)_i·z_i / Σ(∫B·dl)_i over the magnet centres z_i, where
   * the extrapolated incoming and outgoing straight lines meet (thin-lens limit of each dipole:
   * for small angles a uniform-field trajectory is a parabola, whose end tangents cross at the
   * middle of the field region).
   */
  zBendCm: number;
  /** Names of the magnets. */
  magnets: string[];
}

/** Per-plane tables (index = global tracker plane, in z order) and the arms. */
export interface TrackingLayout {
  nPlanes: number;
  planeZ: Float64Array;
  /** 0 measures x, 1 measures y. */
  planeView: Uint8Array;
  planeIsStraw: Uint8Array;
  planePitch: Float64Array;
  planeStrips: Int32Array;
  /** Position of the lower edge of strip or tube 0 in the measured coordinate [cm] (absolute). */
  planeEdge: Float64Array;
  /** Straw half-tube shift (0 or ½ pitch units). */
  planeStagger: Float64Array;
  /** Setup resolution [cm] (strip planes: the hit error). */
  planeResolution: Float64Array;
  /** Time resolution [ns]. */
  planeTimeResolution: Float64Array;
  /** X/X0 of one plane. */
  planeThicknessX0: Float64Array;
  /** Arm of each plane. */
  planeArm: Int32Array;
  /** First channel of each plane. */
  planeChannelBase: Int32Array;
  /** Element name of each plane. */
  planeElement: string[];
  /** Element plane index within its element. */
  planeInElement: Int32Array;
  /** Tracker channel id → global plane. */
  channelPlane: Int32Array;
  /** Tracker channel id → strip or tube in its plane. */
  channelStrip: Int32Array;
  /** Arms: planes armPlaneStart[a] … armPlaneStart[a + 1] − 1 (contiguous in z). */
  nArms: number;
  armPlaneStart: Int32Array;
  /** Mean z of each arm [cm] (reference for the fit sums). */
  armZRef: Float64Array;
  spectrometers: Spectrometer[];
  /**
   * Scatterers between the first and last plane of the trackers: z [cm] and X/X0 (tracker
   * planes at their z; counters, calorimeters and volumes at their centre with their full
   * thickness). Used for the multiple-scattering term of the momentum error.
   */
  scatterZ: Float64Array;
  scatterX0: Float64Array;
}

/** Builds the tracking layout of a geometry (no tracker → zero planes, no arms). */
export function trackingLayout(g: SimGeometry): TrackingLayout {
  const z: number[] = [];
  const view: number[] = [];
  const straw: number[] = [];
  const pitch: number[] = [];
  const strips: number[] = [];
  const edge: number[] = [];
  const stagger: number[] = [];
  const res: number[] = [];
  const tres: number[] = [];
  const thick: number[] = [];
  const arm: number[] = [];
  const base: number[] = [];
  const names: string[] = [];
  const inEl: number[] = [];
  const armStart: number[] = [];
  const spectrometers: Spectrometer[] = [];
  const scatterZ: number[] = [];
  const scatterX0: number[] = [];
  const channelPlane = new Int32Array(g.nTrackerChannels).fill(-1);
  const channelStrip = new Int32Array(g.nTrackerChannels);
  let magSum = 0;
  let magZ = 0;
  let magNames: string[] = [];
  let blocked = false;
  let nArms = 0;
  for (const el of g.elements) {
    if (el.kind === ElementKind.Tracker) {
      if (nArms === 0 || magSum !== 0 || blocked) {
        if (nArms > 0 && magSum !== 0 && !blocked) spectrometers.push({ upArm: nArms - 1, downArm: nArms, fieldIntegralTm: magSum, zBendCm: magZ / magSum, magnets: magNames });
        armStart.push(z.length);
        nArms++;
        magSum = 0;
        magZ = 0;
        magNames = [];
        blocked = false;
      }
      const isStraw = el.role === 'straw';
      const st = isStraw ? strawStagger(el.planeView) : new Float64Array(el.planeZ.length);
      for (let p = 0; p < el.planeZ.length; p++) {
        const gp = z.length;
        const v = el.planeView[p];
        z.push(el.planeZ[p]);
        view.push(v);
        straw.push(isStraw ? 1 : 0);
        pitch.push(el.pitch);
        strips.push(el.stripsPerPlane);
        edge.push((v === 0 ? el.x0 : el.y0) - 0.5 * el.stripsPerPlane * el.pitch);
        stagger.push(st[p]);
        res.push(el.resolutionCm);
        tres.push(el.timeResolutionNs);
        thick.push(el.thicknessX0);
        arm.push(nArms - 1);
        const b = el.firstChannel + p * el.stripsPerPlane;
        base.push(b);
        names.push(el.name);
        inEl.push(p);
        for (let i = 0; i < el.stripsPerPlane; i++) {
          channelPlane[b + i] = gp;
          channelStrip[b + i] = i;
        }
        scatterZ.push(el.planeZ[p]);
        scatterX0.push(el.thicknessX0);
      }
    } else if (el.kind === ElementKind.Magnet) {
      if (el.fieldIntegralTm !== 0) {
        magSum += el.fieldIntegralTm;
        magZ += el.fieldIntegralTm * 0.5 * (el.z0 + el.z1);
        magNames.push(el.name);
      }
    } else {
      if (el.kind === ElementKind.Calorimeter || (el.kind === ElementKind.Volume && el.material !== null)) blocked = true;
      if (el.material !== null && Number.isFinite(el.radiationLengthCm) && nArms > 0) {
        scatterZ.push(0.5 * (el.z0 + el.z1));
        scatterX0.push((el.z1 - el.z0) / el.radiationLengthCm);
      }
    }
  }
  armStart.push(z.length);
  const armZRef = new Float64Array(nArms);
  for (let a = 0; a < nArms; a++) {
    let s = 0;
    for (let p = armStart[a]; p < armStart[a + 1]; p++) s += z[p];
    armZRef[a] = s / Math.max(armStart[a + 1] - armStart[a], 1);
  }
  // Scatterers beyond the last plane do not affect any measurement.
  const zLast = z.length ? z[z.length - 1] : 0;
  const keep = scatterZ.map((v, i) => (v < zLast ? i : -1)).filter((i) => i >= 0);
  return {
    nPlanes: z.length,
    planeZ: Float64Array.from(z),
    planeView: Uint8Array.from(view),
    planeIsStraw: Uint8Array.from(straw),
    planePitch: Float64Array.from(pitch),
    planeStrips: Int32Array.from(strips),
    planeEdge: Float64Array.from(edge),
    planeStagger: Float64Array.from(stagger),
    planeResolution: Float64Array.from(res),
    planeTimeResolution: Float64Array.from(tres),
    planeThicknessX0: Float64Array.from(thick),
    planeArm: Int32Array.from(arm),
    planeChannelBase: Int32Array.from(base),
    planeElement: names,
    planeInElement: Int32Array.from(inEl),
    channelPlane,
    channelStrip,
    nArms,
    armPlaneStart: Int32Array.from(armStart),
    armZRef,
    spectrometers,
    scatterZ: Float64Array.from(keep, (i) => scatterZ[i]),
    scatterX0: Float64Array.from(keep, (i) => scatterX0[i]),
  };
}

/**
 * The detector part of a setup file: beam-line elements along the beam axis z, each a box
 * centred on (xCm, yCm), from its front face zCm. Types: calorimeters (segmented into cells
 * and longitudinal readout sections), scintillation counters, trackers (Micromegas, GEM,
 * straw planes), dipole magnets and passive volumes (decay volume, air gaps). The simulation
 * (src/sim) turns it into its runtime geometry; reconstruction reads the same file.
 */
import { z } from 'zod';

const positive = z.number().positive().finite();
const nonNegative = z.number().nonnegative().finite();
const finite = z.number().finite();
const source = z.string().optional();

/** Roles of calorimeters: what the analysis calls them. */
export const CALORIMETER_ROLES = ['ecal', 'hcal', 'vhcal', 'wcal', 'srd', 'veto'] as const;
/** Tracker technologies; a scintillator hodoscope (the M2 beam momentum station) is read like a strip plane whose pitch is the slab width. */
export const TRACKER_TECHNOLOGIES = ['micromegas', 'gem', 'straw', 'hodoscope'] as const;

/** Electronics response of a calorimeter or counter channel (sampling-ADC read-out). */
export const responseSchema = z
  .object({
    /** Fraction of the deposited energy seen by the active medium (sampling fraction). */
    samplingFraction: z.number().gt(0).lte(1).default(1),
    /** Photo-electrons per GeV of *deposited* energy (photo-statistics). */
    photoelectronsPerGeV: positive,
    /** Stochastic sampling term a in σ/E = a/√E [GeV^½] beyond photo-statistics (0: none). */
    samplingStochastic: nonNegative.default(0),
    /** ADC counts per GeV of deposited energy (peak amplitude), mean over channels. */
    adcPerGeV: positive,
    /** Relative spread of the channel gains (calibration constants differ by channel). */
    gainSpread: nonNegative.default(0),
    /** Pedestal [ADC counts] and its electronic noise [ADC counts, per sample]. */
    pedestalAdc: nonNegative.default(100),
    noiseAdc: nonNegative.default(2),
    /** Channels with a true deposit below this [GeV] are not digitized (zero suppression). */
    zeroSuppressionGeV: nonNegative.default(0),
    source,
  })
  .strict();

const calorimeterSchema = z
  .object({
    type: z.literal('calorimeter'),
    name: z.string(),
    role: z.enum(CALORIMETER_ROLES),
    /** A name from the materials table (a mixture for sampling calorimeters). */
    material: z.string(),
    zCm: finite,
    xCm: finite.default(0),
    yCm: finite.default(0),
    cells: z.object({ nx: z.number().int().positive(), ny: z.number().int().positive(), pitchXCm: positive, pitchYCm: positive }).strict(),
    /** Central cells missing (a hole for the beam, e.g. the VHCAL): [ix, iy] pairs. */
    holes: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).optional(),
    /** Longitudinal read-out sections, front to back, with their depth in cm. */
    sections: z.array(z.object({ name: z.string(), depthCm: positive }).strict()).min(1),
    /** Number of identical modules one behind the other (HCAL: 4), each with these sections. */
    modules: z.number().int().positive().default(1),
    /** Gap between modules [cm]. */
    moduleGapCm: nonNegative.default(0),
    response: responseSchema,
    source,
  })
  .strict();

const counterSchema = z
  .object({
    type: z.literal('counter'),
    name: z.string(),
    material: z.string(),
    zCm: finite,
    xCm: finite.default(0),
    yCm: finite.default(0),
    thicknessCm: positive,
    sizeXCm: positive,
    sizeYCm: positive,
    /** A round hole for the beam (veto counters): radius [cm]. */
    holeRadiusCm: nonNegative.default(0),
    response: responseSchema,
    source,
  })
  .strict();

const trackerSchema = z
  .object({
    type: z.literal('tracker'),
    name: z.string(),
    technology: z.enum(TRACKER_TECHNOLOGIES),
    zCm: finite,
    xCm: finite.default(0),
    yCm: finite.default(0),
    sizeXCm: positive,
    sizeYCm: positive,
    /** Measured coordinates of the planes, in order along z ('x' or 'y'). */
    planes: z.array(z.enum(['x', 'y'])).min(1),
    /** Strip pitch or straw tube diameter [cm]. */
    pitchCm: positive,
    /** Spacing of the planes along z [cm]. */
    planeSpacingCm: nonNegative.default(1),
    /** Intrinsic single-hit resolution [cm]. */
    resolutionCm: positive,
    /** Hit efficiency per plane. */
    efficiency: z.number().gt(0).lte(1).default(0.97),
    /** Material per plane in radiation lengths (multiple scattering). */
    thicknessX0: nonNegative.default(0.003),
    /** Straws: drift velocity [cm/ns] and time resolution [ns]; strips: time resolution [ns]. */
    driftVelocityCmPerNs: positive.optional(),
    timeResolutionNs: positive.default(5),
    /** Noise hits per plane per event (mean). */
    noiseHitsPerPlane: nonNegative.default(0),
    source,
  })
  .strict();

const magnetSchema = z
  .object({
    type: z.literal('magnet'),
    name: z.string(),
    zCm: finite,
    lengthCm: positive,
    /** ∫B·dl [T·m]; positive bends negative particles towards +x. */
    fieldIntegralTm: finite,
    /** Centre of the aperture [cm] (a magnet downstream of a bend sits on the bent beam). */
    xCm: finite.default(0),
    yCm: finite.default(0),
    apertureXCm: positive.default(20),
    apertureYCm: positive.default(10),
    source,
  })
  .strict();

const volumeSchema = z
  .object({
    type: z.literal('volume'),
    name: z.string(),
    /** 'vacuum' or a name from the materials table. */
    material: z.string(),
    zCm: finite,
    lengthCm: positive,
    /** Centre of the cross section [cm]. */
    xCm: finite.default(0),
    yCm: finite.default(0),
    sizeXCm: positive.default(50),
    sizeYCm: positive.default(50),
    source,
  })
  .strict();

/** One element of the beam line. */
export const detectorSchema = z.discriminatedUnion('type', [calorimeterSchema, counterSchema, trackerSchema, magnetSchema, volumeSchema]);

/** Beam: energy spread, spot, divergence, admixtures, intensity and time structure. */
export const beamDetailSchema = {
  /** Relative momentum spread σ_p/p. */
  momentumSpread: nonNegative.default(0.01),
  /** Beam-spot size σ [cm] at the first element. */
  spotSigmaXCm: nonNegative.default(0.3),
  spotSigmaYCm: nonNegative.default(0.3),
  /** Angular divergence σ [mrad]. */
  divergenceXMrad: nonNegative.default(0.1),
  divergenceYMrad: nonNegative.default(0.1),
  /** Other particles in the beam, as fractions of all particles. */
  contamination: z.array(z.object({ particle: z.enum(['e-', 'e+', 'mu-', 'mu+', 'pi-', 'pi+', 'K-', 'p']), fraction: z.number().nonnegative().lt(1) }).strict()).default([]),
  /** Fraction of beam particles in a low-energy tail (flat from lowTailMinFraction·E0 to E0). */
  lowEnergyTailFraction: z.number().nonnegative().lt(1).default(0),
  lowTailMinFraction: z.number().gt(0).lt(1).default(0.5),
  /** Particles per spill and spill length [s] (pile-up). */
  particlesPerSpill: positive.default(5e6),
  spillSeconds: positive.default(4.8),
  /** Where beam particles start [cm]. */
  startZCm: finite.default(0),
};

/** The trigger: coincidence of counters, an SRD window and the ECAL missing-energy condition. */
export const triggerSchema = z
  .object({
    /** Counters that must fire (energy above their threshold). */
    counters: z.array(z.string()).default([]),
    counterThresholdGeV: nonNegative.default(0.0005),
    /** Calorimeter names and the maximum energy each may have (ECAL < 80 GeV: the missing-energy trigger). */
    maxEnergyGeV: z.record(z.string(), positive).default({}),
    /** Calorimeter names and the minimum energy each must have (SRD > 1 MeV...). */
    minEnergyGeV: z.record(z.string(), nonNegative).default({}),
    /** Random triggers per spill (pedestal events). */
    randomPerSpill: nonNegative.default(0),
    source,
  })
  .strict();

/** Simulation settings. */
export const simulationSchema = z
  .object({
    /** e±/γ below this energy are not tracked but deposited as parametrized showers [GeV]. */
    trackingCutGeV: positive.default(5),
    /** Samples per sampling-ADC waveform and their spacing [ns]. */
    adcSamples: z.number().int().min(8).max(256).default(32),
    adcSampleNs: positive.default(12.5),
    /** Time of the trigger within the waveform window [ns]. */
    triggerTimeNs: nonNegative.default(100),
    source,
  })
  .strict();

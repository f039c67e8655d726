/** Tracking: straw and strip hits, straight tracks per arm, spectrometer momenta, straw r(t) calibration (docs/tracking.md). */
export { TrackReconstructor, createTrackSummary } from './track-reconstructor.js';
export type { TrackSummary, TrackingOptions } from './track-reconstructor.js';
export { trackingLayout } from './tracking-layout.js';
export type { Spectrometer, TrackingLayout } from './tracking-layout.js';
export { GEV_PER_TESLA_METRE, momentumFromSlopes, scatteringTerm } from './spectrometer-momentum.js';
export type { MomentumMethod } from './spectrometer-momentum.js';
export { StrawTimeSpectra } from './straw-time-spectra.js';
export type { StrawSpectraElement, StrawSpectraOptions } from './straw-time-spectra.js';
export { calibrateStrawRt } from './calibrate-straw-rt.js';
export type { StrawRtOptions, StrawRtResult } from './calibrate-straw-rt.js';

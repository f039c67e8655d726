/**
 * emiss reco: reconstruction of raw events into the DST (docs/reco.md, docs/dst.md) — waveform
 * fit, calorimeter energies, ECAL shower centre and shape, trigger class, calibration entries.
 * No Node-only API.
 */
export { DST_COLUMNS, DST_COLUMN_TYPES, createDstBatch, ensureDstCapacity } from './dst-columns.js';
export type { DstBatch, DstColumn, DstColumnType } from './dst-columns.js';
export { TriggerClass, RECO_TRIGGER_BITS, triggerClass } from './trigger-class.js';
export { PulseFlag, WaveformFitter } from './waveform-fitter.js';
export type { WaveformFitterOptions } from './waveform-fitter.js';
export { ecalLateralTable, lorentzRectangleFraction } from './ecal-lateral-table.js';
export type { EcalLateralOptions, EcalLateralTable } from './ecal-lateral-table.js';
export { ECAL_SHAPE_CONSTANT_TERM, EcalShowerFit } from './ecal-shower-fit.js';
export { ECAL_LATERAL_QUANTUM_GEV, EventReconstructor } from './event-reconstructor.js';
export type { EventReconstructorOptions, TrackColumns, TrackingStep } from './event-reconstructor.js';
export { RECO_CALIBRATION_FORMAT, checkChannelMap, geometryChannelMap, nominalCalibration, parseRecoCalibration, recoCalibrationToJson } from './reco-calibration.js';
export type { ChannelMapEntry, RecoCalibration } from './reco-calibration.js';
export * from './tracking/index.js';
export { EcalGainFit } from './ecal-gain-fit.js';
export type { EcalGainSolution } from './ecal-gain-fit.js';
export { mipPeak } from './mip-peak.js';
export type { MipPeak } from './mip-peak.js';
export { HcalMipSpectra } from './hcal-mip-spectra.js';
export type { HcalMipOptions } from './hcal-mip-spectra.js';

/** Detector response and digitization: true calibration, calorimeter and tracker response, waveforms, trigger. */
export { createDigitizer } from './digitizer.js';
export type { Digitizer, DigitizerOptions, DigitizerSetup, SimulationSettings } from './digitizer.js';
export type { NoiseMode } from './adc-digitizer.js';
export { TRUE_CALIBRATION_FORMAT, trueCalibration } from './true-calibration.js';
export type { AdcCalibration, StrawCalibration, StripCalibration, TrueCalibration, TrueCalibrationOptions } from './true-calibration.js';
export { calibrationFromJson, calibrationToJson, checkAgainstGeometry } from './calibration-json.js';
export { PULSE_SHAPE, pulseShape, pulseShapeAreaNs, tabulatePulseShape } from './pulse-shape.js';
export type { PulseShapeParameters, PulseShapeTable } from './pulse-shape.js';
export { GAUSSIAN_MIN_SHAPE, POISSON_GAUSSIAN_MEAN, SAMPLING_DOMINATES_A2P, fluctuate, gammaFast, measuredCellEnergy } from './calorimeter-response.js';
export { strawDriftRadius, strawDriftTime } from './straw-rt.js';
export { strawStagger } from './tracker-digitizer.js';
export { STRIP_RESPONSE, maxClusterStrips, moyal, normalCdf, spreadCluster } from './strip-cluster.js';
export type { StripResponse } from './strip-cluster.js';
export { TriggerBit, compileTrigger, triggerBits } from './trigger-bits.js';
export type { TriggerConditions, TriggerSettings } from './trigger-bits.js';
export { NOISE_BANK_SIZE, noiseBank } from './noise-bank.js';

/** emiss setups: the schema of configs/*.yaml and its parser (pure; files are read by the CLI). */
export { BEAM_PARTICLES, setupSchema } from './setup-schema.js';
export type { DetectorSpec, Setup, SetupWithResult } from './setup-schema.js';
export { CALORIMETER_ROLES, TRACKER_TECHNOLOGIES, detectorSchema, responseSchema, simulationSchema, triggerSchema } from './geometry-schema.js';
export { requireResult, requireSignal } from './require-result.js';
export { parseSetup } from './parse-setup.js';

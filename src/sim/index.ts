/** emiss simulation: geometry, transport, signal, response; one run per worker. */
export { SimulationRun, PROCESS_CODES } from './simulation-run.js';
export type { ChunkResult, RunInfo, SimulationConfig } from './simulation-run.js';
export { PROCESSES, processInfo } from './processes.js';
export type { ProcessInfo, ProcessName } from './processes.js';
export { TRUTH_COLUMNS, TRUTH_COLUMN_TYPES, EventTruth } from './event-truth.js';
export { buildGeometry, cellAt, elementAtZ, ElementKind } from './sim-geometry.js';
export type { SimElement, SimGeometry } from './sim-geometry.js';
export type { XDecayMode } from './signal/x-decay.js';
export { calibrationToJson } from './response/index.js';
export { TRACK_LENGTH_FORMAT, trackLengthFromJson, trackLengthToJson } from './track-length-json.js';
export type { TrackLengthTable } from './track-length-json.js';

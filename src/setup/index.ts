/** emiss setups: the schema of configs/*.yaml and its parser (pure; files are read by the CLI). */
export { BEAM_PARTICLES, setupSchema } from './setup-schema.js';
export type { Setup } from './setup-schema.js';
export { parseSetup } from './parse-setup.js';

/** emiss statistics: limits on signal yields. */
export { clsFunction, clsUpperLimit } from './counting-cls.js';
export type { CountingExperiment } from './counting-cls.js';

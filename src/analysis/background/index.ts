/** Background estimation and signal efficiency. No Node-only API. */
export { fitExponentialTail, extrapolateTail } from './exponential-tail.js';
export type { ExponentialTailFit, TailExtrapolation } from './exponential-tail.js';
export { weightedEfficiency } from './weighted-efficiency.js';
export type { Efficiency } from './weighted-efficiency.js';
export { sourceExpectation } from './source-expectation.js';
export type { SourceExpectation } from './source-expectation.js';
export { parseBackgroundConfig } from './background-config.js';
export type { BackgroundConfig } from './background-config.js';

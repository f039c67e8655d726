/** emiss sensitivity: track lengths, yields per particle on target, limits. */
export * from './track-length-spectrum.js';
export { TSAI_B, tsaiPrimaryLengthAbove } from './tsai-primary-track-length.js';
export { cascadeTrackLength } from './cascade-track-length.js';
export type { CascadeOptions, CascadeSpectrum } from './cascade-track-length.js';
export { analyticTrackLength } from './analytic-track-length.js';
export type { AnalyticTrackLengthOptions } from './analytic-track-length.js';
export { bremsYield } from './brems-yield.js';
export type { BremsYield, BremsYieldOptions } from './brems-yield.js';
export { signalEfficiency } from './signal-efficiency.js';
export type { EfficiencyTable } from './signal-efficiency.js';
export { invisibleLimit } from './invisible-limit.js';
export type { InvisibleLimit, InvisibleLimitOptions, LimitPoint } from './invisible-limit.js';
export { PUBLISHED_LIMITS } from './published-limits.js';
export type { PublishedLimit } from './published-limits.js';
export { compareWithPublished, publishedLimit } from './compare-limits.js';

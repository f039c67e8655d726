/** emiss core: constants and units, errors, quadrature, interpolation. No Node-only API. */
export * from './constants.js';
export * from './errors.js';
export { gaussLegendre, gaussLegendreOn } from './gauss-legendre.js';
export type { QuadratureRule } from './gauss-legendre.js';
export { integrate } from './integrate.js';
export { findRoot } from './find-root.js';
export type { FindRootOptions } from './find-root.js';
export type { IntegrateOptions } from './integrate.js';
export { interpolator, logSpace } from './interpolate.js';
export { threefry2x32 } from './threefry.js';
export { RandomStream } from './random-stream.js';
export type { InterpolatorOptions } from './interpolate.js';

/** Production of new bosons: form factors, photon flux, lepton bremsstrahlung (ETL, WW, IWW). */
export * from './form-factor.js';
export * from './photon-flux.js';
export * from './mediator.js';
export { amplitude22, amplitude23, amplitude23Coefficients } from './brems-amplitude.js';
export * from './brems-options.js';
export * from './brems-cross-section.js';
export type { BremsKernel } from './brems-kernel.js';

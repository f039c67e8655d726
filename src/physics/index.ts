/** emiss physics: materials, production cross sections, decays and relic targets. */
export * from './materials/index.js';
export * from './production/index.js';
export * from './decays/index.js';
export * from './relic/index.js';

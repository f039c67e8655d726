/** emiss analysis: histograms, selections, cut flows, E_ECAL–E_HCAL regions, background estimation, efficiencies. No Node-only API. */
export * from './hist/index.js';
export * from './selection/index.js';
export * from './background/index.js';

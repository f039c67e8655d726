/** Small pyhf workspaces used by the statistics tests and benchmarks (not part of the public API). */
import type { Workspace } from './workspace-schema.js';

/** pyhf's README example: `simplemodels.uncorrelated_background([12, 11], [50, 52], [3, 7])`, observed [51, 48]. */
export const PYHF_TWO_BIN: Workspace = {
  channels: [
    {
      name: 'singlechannel',
      samples: [
        { name: 'signal', data: [12, 11], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] },
        { name: 'background', data: [50, 52], modifiers: [{ name: 'uncorr_bkguncrt', type: 'shapesys', data: [3, 7] }] },
      ],
    },
  ],
  observations: [{ name: 'singlechannel', data: [51, 48] }],
  measurements: [{ name: 'Measurement', config: { poi: 'mu', parameters: [] } }],
  version: '1.0.0',
};

/** A one-bin counting workspace: signal × μ, background without uncertainty. */
export function oneBin(signal: number, background: number, observed: number): Workspace {
  return {
    channels: [{ name: 'box', samples: [{ name: 'signal', data: [signal], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] }, { name: 'background', data: [background], modifiers: [] }] }],
    observations: [{ name: 'box', data: [observed] }],
    measurements: [{ name: 'm', config: { poi: 'mu', parameters: [] } }],
    version: '1.0.0',
  };
}

/** A two-channel workspace with every modifier type (for derivative and builder tests). */
export const ALL_MODIFIERS: Workspace = {
  channels: [
    {
      name: 'sr',
      samples: [
        {
          name: 'signal',
          data: [5, 8],
          modifiers: [
            { name: 'mu', type: 'normfactor', data: null },
            { name: 'lumi', type: 'lumi', data: null },
            { name: 'eff', type: 'normsys', data: { hi: 1.2, lo: 0.85 } },
            { name: 'stat_sr', type: 'staterror', data: [0.5, 0.6] },
          ],
        },
        {
          name: 'bkg',
          data: [20, 14],
          modifiers: [
            { name: 'lumi', type: 'lumi', data: null },
            { name: 'shape', type: 'histosys', data: { hi_data: [23, 13], lo_data: [18, 16] } },
            { name: 'eff', type: 'normsys', data: { hi: 1.05, lo: 0.9 } },
            { name: 'stat_sr', type: 'staterror', data: [1.5, 1.2] },
            { name: 'mc', type: 'shapesys', data: [2, 0] },
          ],
        },
      ],
    },
    { name: 'cr', samples: [{ name: 'bkg', data: [100, 80], modifiers: [{ name: 'cr_norm', type: 'shapefactor', data: null }, { name: 'shape', type: 'histosys', data: { hi_data: [110, 82], lo_data: [95, 77] } }] }] },
  ],
  observations: [
    { name: 'sr', data: [27, 20] },
    { name: 'cr', data: [104, 79] },
  ],
  measurements: [{ name: 'meas', config: { poi: 'mu', parameters: [{ name: 'lumi', auxdata: [1], sigmas: [0.05], bounds: [[0.5, 1.5]], inits: [1] }] } }],
  version: '1.0.0',
};

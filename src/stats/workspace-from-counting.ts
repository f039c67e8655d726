/**
 * Writes counting experiments (one signal box per channel, e.g. per run period) as a pyhf
 * workspace (HistFactory JSON 1.0.0), so that the same model runs in emiss and in pyhf:
 * per channel a signal sample scaled by the shared POI `mu` (normfactor) with a normsys for
 * its relative uncertainty, and a background sample with a shapesys for its absolute
 * uncertainty — the structure of pyhf's `simplemodels.uncorrelated_background`.
 */
import { EmissError } from '../core/index.js';
import type { Workspace } from './workspace-schema.js';
import { parseWorkspace } from './workspace-schema.js';

/** One counting channel. */
export interface CountingChannel {
  name: string;
  /** Observed events (integer ≥ 0). */
  observed: number;
  /** Expected signal events at μ = 1. */
  signal: number;
  /** Expected background events. */
  background: number;
  /** Absolute background uncertainty (default 0). */
  bkgUncertainty?: number;
  /** Relative signal uncertainty (default 0), as a symmetric normsys 1 ± σ. */
  signalUncertainty?: number;
}

/** A pyhf workspace for counting channels combined with one signal strength `mu`. */
export function workspaceFromCounting(input: { channels: CountingChannel[]; poi?: string }): Workspace {
  const poi = input.poi ?? 'mu';
  if (input.channels.length === 0) throw new EmissError('BAD_OPTION', 'channels', 'no channel given', 'at least one');
  const ws = {
    channels: input.channels.map((c, i) => {
      const at = `channels[${i}]`;
      if (!(c.signal > 0)) throw new EmissError('BAD_OPTION', `${at}.signal`, `${c.signal} must be > 0`, '> 0');
      const su = c.signalUncertainty ?? 0;
      if (!(su >= 0 && su < 1)) throw new EmissError('BAD_OPTION', `${at}.signalUncertainty`, `${su} must be in [0, 1)`, '0 ≤ σ < 1');
      const signalMods: Workspace['channels'][number]['samples'][number]['modifiers'] = [{ name: poi, type: 'normfactor', data: null }];
      if (su > 0) signalMods.push({ name: `signal_uncertainty_${c.name}`, type: 'normsys', data: { hi: 1 + su, lo: 1 - su } });
      const bu = c.bkgUncertainty ?? 0;
      return {
        name: c.name,
        samples: [
          { name: 'signal', data: [c.signal], modifiers: signalMods },
          { name: 'background', data: [c.background], modifiers: bu > 0 ? [{ name: `background_uncertainty_${c.name}`, type: 'shapesys' as const, data: [bu] }] : [] },
        ],
      };
    }),
    observations: input.channels.map((c) => ({ name: c.name, data: [c.observed] })),
    measurements: [{ name: 'counting', config: { poi, parameters: [] } }],
    version: '1.0.0' as const,
  };
  return parseWorkspace(ws, 'workspaceFromCounting');
}

/** Checks that a setup has the signal box and published result a limit needs. */
import { EmissError } from '../core/index.js';
import type { Setup, SetupWithResult } from './setup-schema.js';

/** Returns the setup typed as having `signal` and `result`; throws BAD_FILE naming the missing part. */
export function requireResult(setup: Setup, fileName = 'setup'): SetupWithResult {
  if (!setup.signal) throw new EmissError('BAD_FILE', `${fileName}: signal`, 'missing: a limit needs the signal box (signal.maxEcalEnergyGeV, signal.efficiency)', 'see docs/setup.md');
  if (!setup.result) throw new EmissError('BAD_FILE', `${fileName}: result`, 'missing: a limit needs the observed events and expected background', 'see docs/setup.md');
  return setup as SetupWithResult;
}

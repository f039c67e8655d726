/** Checks that a setup has the signal box (for yields) and the published result (for limits). */
import { EmissError } from '../core/index.js';
import type { Setup, SetupWithResult, SetupWithSignal } from './setup-schema.js';

/** Returns the setup typed as having `signal`; throws BAD_FILE when the signal box is missing. */
export function requireSignal(setup: Setup, fileName = 'setup'): SetupWithSignal {
  if (!setup.signal) throw new EmissError('BAD_FILE', `${fileName}: signal`, 'missing: a yield or a limit needs the signal box (signal.maxEcalEnergyGeV, signal.efficiency)', 'see docs/setup.md');
  return setup as SetupWithSignal;
}

/** Returns the setup typed as having `signal` and `result`; throws BAD_FILE naming the missing part. */
export function requireResult(setup: Setup, fileName = 'setup'): SetupWithResult {
  requireSignal(setup, fileName);
  if (!setup.result) throw new EmissError('BAD_FILE', `${fileName}: result`, 'missing: a limit needs the observed events and expected background', 'see docs/setup.md');
  return setup as SetupWithResult;
}

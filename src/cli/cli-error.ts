/**
 * Turning errors into the command line's contract: one line on stderr and exit code 2 for bad
 * input (EmissError with an input code, or a usage error), exit code 1 for anything else.
 */
import { EmissError } from '../core/index.js';

/** Exit code for bad input (options, files, domain). */
export const EXIT_BAD_INPUT = 2;

/** A usage error of the command line itself (bad option value); exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A run stopped by a signal (SIGINT, SIGTERM); exit code 128 + the signal's number, as a shell does. */
export class InterruptedError extends Error {
  readonly signal: NodeJS.Signals;
  constructor(signal: NodeJS.Signals, what: string) {
    super(`${what}: interrupted by ${signal}; partial outputs removed`);
    this.name = 'InterruptedError';
    this.signal = signal;
  }
}

const SIGNAL_NUMBER: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The one-line message and exit code for an error thrown by a command. */
export function describeError(err: unknown): { line: string; exitCode: number } {
  if (err instanceof InterruptedError) return { line: `emiss: ${err.message}`, exitCode: 128 + (SIGNAL_NUMBER[err.signal] ?? 0) };
  if (err instanceof UsageError) return { line: `emiss: ${err.message}`, exitCode: EXIT_BAD_INPUT };
  if (err instanceof EmissError) {
    const input = err.code !== 'NUMERICAL' && err.code !== 'IO';
    return { line: `emiss: ${err.message.split('\n')[0]}`, exitCode: input ? EXIT_BAD_INPUT : 1 };
  }
  const msg = err instanceof Error ? err.message : String(err);
  return { line: `emiss: internal error: ${msg.split('\n')[0]}`, exitCode: 1 };
}

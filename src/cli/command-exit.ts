/**
 * Ending a command with a chosen exit code after it has printed its output (e.g. `emiss raw
 * validate` prints its report, then exits 1 when it found damage).
 */

/** Thrown by a command whose output is complete and whose exit code is `exitCode`; prints nothing more. */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit code ${exitCode}`);
    this.name = 'CommandExit';
  }
}

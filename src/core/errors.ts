/**
 * Typed errors. Every error emiss raises on bad input is an {@link EmissError}: it names the
 * place (an option, a key in a file, a function argument), the offending value and what would
 * be valid, so that the command line can turn it into one line and exit code 2.
 */

/** Error codes: what kind of bad input. */
export type EmissErrorCode =
  | 'BAD_OPTION' // a command-line option or function argument outside its domain
  | 'UNKNOWN_NAME' // an unknown material, model, method, process...
  | 'OUT_OF_DOMAIN' // a physics argument outside the domain where the formula holds
  | 'BAD_FILE' // a file that cannot be read or does not follow its schema
  | 'NUMERICAL' // a computation that did not converge or produced a non-finite number
  | 'IO'; // a file or folder that cannot be written (permissions, a full disk)

/** An error with a code, the place it concerns, and what would be valid. */
export class EmissError extends Error {
  readonly code: EmissErrorCode;
  /** Where: an option (`--mass`), a key (`beam.energyGeV` in `setup.yaml`), an argument. */
  readonly where: string;
  /** What would be valid, in words (`one of Pb, W, Fe` or `> 0`). */
  readonly allowed: string | undefined;

  constructor(code: EmissErrorCode, where: string, message: string, allowed?: string) {
    super(allowed === undefined ? `${where}: ${message}` : `${where}: ${message} (allowed: ${allowed})`);
    this.name = 'EmissError';
    this.code = code;
    this.where = where;
    this.allowed = allowed;
  }
}

/** Throws an {@link EmissError} with code `NUMERICAL` unless `value` is a finite number. */
export function assertFinite(value: number, where: string): number {
  if (!Number.isFinite(value)) {
    throw new EmissError('NUMERICAL', where, `computed a non-finite value (${value})`);
  }
  return value;
}

/** Throws `BAD_OPTION` unless `lo <= value <= hi` (bounds in the units of `where`). */
export function assertInRange(value: number, lo: number, hi: number, where: string): number {
  if (!(value >= lo && value <= hi)) {
    throw new EmissError('OUT_OF_DOMAIN', where, `${value} is outside the valid range`, `${lo} to ${hi}`);
  }
  return value;
}

/** Throws `BAD_OPTION` unless `value > 0` and finite. */
export function assertPositive(value: number, where: string): number {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new EmissError('BAD_OPTION', where, `${value} must be a positive finite number`, '> 0');
  }
  return value;
}

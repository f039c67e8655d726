/** Where a command writes: injected so that tests can run commands in-process. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

/** stdout/stderr of the process. */
export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

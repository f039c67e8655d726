/**
 * Sources of the monitor's byte stream: a raw file (replayed at the recorded rate, at a set
 * rate or as fast as possible), a TCP stream (the raw format's file header then records) and
 * the live simulation. All hand bytes to the same decoder (MonitorState.push). Node only.
 */

/** What a source needs from the monitor while it runs. */
export interface SourceContext {
  /** Feeds bytes to the decoder. */
  push(chunk: Uint8Array): void;
  /** Time stamp of the last decoded event [ns since the start of the run]. */
  lastTimestampNs(): number;
  /** Events decoded so far. */
  eventsProcessed(): number;
  /** Aborted when the monitor stops. */
  signal: AbortSignal;
}

/** A running source. */
export interface MonitorSource {
  /** Description for `/api/status` (e.g. `file:events.emraw`). */
  readonly name: string;
  /** Runs until the stream ends or the signal aborts; rejects on an error of the source. */
  run(ctx: SourceContext): Promise<void>;
}

/** Resolves after `ms` milliseconds, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Yields to the event loop (lets the server answer requests between chunks). */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

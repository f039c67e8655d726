/**
 * A raw file as the monitor's source: read in 1 MiB chunks and fed to the decoder; replayed as
 * fast as possible (`fast`), at the recorded rate (`recorded`: the events' time stamps paced
 * against the wall clock) or at a set number of events per second. Node only.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { EmissError } from '../../core/index.js';
import { sleep, yieldToLoop } from './monitor-source.js';
import type { MonitorSource, SourceContext } from './monitor-source.js';

/** Options of {@link fileSource}. */
export interface FileSourceOptions {
  /** `fast` (default) or `recorded`. */
  replay?: 'fast' | 'recorded';
  /** Events per second (overrides `replay`). */
  rate?: number;
  /** Bytes per read; default 1 MiB. */
  chunkBytes?: number;
}

/** The file source. Throws `BAD_FILE` (at run) when the file cannot be read. */
export function fileSource(path: string, opts: FileSourceOptions = {}): MonitorSource {
  return {
    name: `file:${path}`,
    async run(ctx: SourceContext): Promise<void> {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch (e) {
        throw new EmissError('BAD_FILE', path, `cannot open the raw file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 'a readable .emraw file');
      }
      const buf = new Uint8Array(opts.chunkBytes ?? 1 << 20);
      const t0 = Date.now();
      const e0 = ctx.eventsProcessed();
      let ts0 = -1;
      try {
        for (;;) {
          if (ctx.signal.aborted) return;
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n <= 0) return;
          ctx.push(buf.subarray(0, n));
          let aheadMs = 0;
          if (opts.rate !== undefined) aheadMs = ((ctx.eventsProcessed() - e0) / opts.rate) * 1000 - (Date.now() - t0);
          else if (opts.replay === 'recorded') {
            const ts = ctx.lastTimestampNs();
            if (ts0 < 0) ts0 = ts;
            aheadMs = (ts - ts0) * 1e-6 - (Date.now() - t0);
          }
          if (aheadMs > 1) await sleep(aheadMs, ctx.signal);
          else await yieldToLoop();
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

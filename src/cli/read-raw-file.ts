/**
 * Reading a raw file from disk (Node only): the file streamed in chunks through the core's
 * RawStreamReader, so memory stays at one record plus one chunk whatever the file size.
 */
import { createReadStream } from 'node:fs';
import { EmissError } from '../core/index.js';
import { RawStreamReader } from '../daq/index.js';
import type { RawEventBatch, RawReadSummary, RawReaderOptions } from '../daq/index.js';

/** Options of {@link readRawFile}. */
export interface ReadRawFileOptions extends Omit<RawReaderOptions, 'source'> {
  /** Called with each batch (views valid during the call); return `false` to stop reading. */
  onBatch?: (batch: RawEventBatch) => void | boolean;
  /** Bytes read per chunk; default 1 MiB. */
  chunkBytes?: number;
}

/** What {@link readRawFile} found; `stopped` when onBatch asked to stop before the end. */
export interface ReadRawFileResult extends RawReadSummary {
  stopped: boolean;
}

/**
 * Streams the raw file at `path` through a {@link RawStreamReader}; resolves with the summary
 * (events intact and damaged, problems, header). Rejects with `BAD_FILE` naming the path when
 * the file is missing, unreadable or not a raw file.
 */
export async function readRawFile(path: string, options: ReadRawFileOptions = {}): Promise<ReadRawFileResult> {
  const { onBatch, chunkBytes = 1 << 20, ...readerOptions } = options;
  let stopped = false;
  const reader = new RawStreamReader(
    (batch) => {
      if (!stopped && onBatch?.(batch) === false) stopped = true;
    },
    { ...readerOptions, source: path },
  );
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  let pushing = false;
  try {
    for await (const chunk of stream) {
      pushing = true;
      reader.push(chunk as Buffer);
      pushing = false;
      if (stopped) break;
    }
  } catch (e) {
    // Errors of the reader or of onBatch pass through; those of the file system name the path.
    throw pushing ? e : fileError(e, path);
  } finally {
    stream.destroy();
  }
  return { ...(stopped ? reader.summary() : reader.end()), stopped };
}

/** A file-system error as BAD_FILE naming the path. */
function fileError(e: unknown, path: string): EmissError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new EmissError('BAD_FILE', path, 'no such raw file');
  if (code === 'EISDIR') return new EmissError('BAD_FILE', path, 'is a directory, not a raw file');
  if (code === 'EACCES' || code === 'EPERM') return new EmissError('BAD_FILE', path, 'cannot be read (permission denied)');
  return new EmissError('BAD_FILE', path, `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`);
}

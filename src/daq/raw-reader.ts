/**
 * The streaming reader of raw files: bytes in (chunks of any size, from a file, a socket or a
 * fetch body), batches of events out, damage reported and skipped. It holds at most one
 * record plus one chunk, checks every record on its own and resynchronizes on the sync word
 * after damage, so that every intact event is delivered (docs/raw-format.md, "Damage").
 */
import { EmissError } from '../core/index.js';
import { crc32c } from './crc32c.js';
import { RawBatchBuilder } from './raw-batch-builder.js';
import type { RawEventBatch } from './raw-event-batch.js';
import { decodeFileHeader } from './raw-file-header.js';
import type { RawFileHeader } from './raw-file-header.js';
import { RAW_DEFAULT_MAX_RECORD_BYTES, RAW_EVENT_HEADER_BYTES, RAW_RECORD_OVERHEAD, RAW_SYNC } from './raw-format.js';

/** A damaged stretch of a file. */
export interface RawProblem {
  /** File offset [bytes] of the damaged record's sync word, or of the first byte without a record. */
  fileOffset: number;
  /** Event number read from the damaged record (may itself be damaged), −1 if unreadable or no record. */
  event: number;
  /** What is wrong, in words. */
  reason: string;
}

/** Options of {@link RawStreamReader}. */
export interface RawReaderOptions {
  /** Events per batch; default 1024. */
  batchSize?: number;
  /** Largest record body accepted [bytes]; default 64 MiB. A larger length is damage. */
  maxRecordBytes?: number;
  /** Problems kept in {@link RawStreamReader.problems}; default 1000 (all are counted and passed to onProblem). */
  maxProblems?: number;
  /** Called for every problem as it is found. */
  onProblem?: (problem: RawProblem) => void;
  /** Name of the input for error messages (e.g. the file path); default 'raw file'. */
  source?: string;
}

/** What a read found. */
export interface RawReadSummary {
  /** The file header (undefined if the file ended inside it). */
  header: RawFileHeader | undefined;
  /** Events delivered. */
  eventsOk: number;
  /** Damaged records found (see docs/raw-format.md for what is counted). */
  eventsDamaged: number;
  /** Bytes read. */
  bytesRead: number;
  /** The first `maxProblems` problems. */
  problems: RawProblem[];
  /** All problems found. */
  problemCount: number;
}

const S0 = RAW_SYNC & 0xff;
const S1 = (RAW_SYNC >>> 8) & 0xff;
const S2 = (RAW_SYNC >>> 16) & 0xff;
const S3 = RAW_SYNC >>> 24;

/**
 * Reads a raw file pushed chunk by chunk: `push(chunk)` as bytes arrive, `end()` when the
 * stream ends. Events go to `onBatch` in batches ({@link RawEventBatch}, views valid during
 * the call), `batchSize` at a time and the rest at `end()`. Throws `BAD_FILE` only when the
 * stream is not a raw file (no `EMISSRAW` magic) or has a newer format version; any other
 * damage becomes a {@link RawProblem} and reading goes on.
 *
 * @example
 * const r = new RawStreamReader((b) => total += b.n);
 * for await (const chunk of stream) r.push(chunk);
 * const { eventsOk, eventsDamaged, problems } = r.end();
 */
export class RawStreamReader {
  /** The file header, once read. */
  header: RawFileHeader | undefined;
  /** Events delivered so far. */
  eventsOk = 0;
  /** Damaged records found so far. */
  eventsDamaged = 0;
  /** Bytes pushed so far. */
  bytesRead = 0;
  /** Problems found so far (all of them, including those not kept). */
  problemCount = 0;
  /** The first `maxProblems` problems. */
  readonly problems: RawProblem[] = [];

  private readonly builder: RawBatchBuilder;
  private readonly maxRecordBytes: number;
  private readonly maxProblems: number;
  private readonly onProblem: ((p: RawProblem) => void) | undefined;
  private readonly source: string;
  private buf = new Uint8Array(0);
  private dv = new DataView(this.buf.buffer);
  /** File offset of buf[0]. */
  private base = 0;
  /** Buffer index of the next byte to examine; bytes before it are no longer needed. */
  private pos = 0;
  /** Buffer index past the last byte held. */
  private tail = 0;
  private state: 'header' | 'record' | 'scan' = 'header';
  /** File offset where bytes without a sync word began, or −1. */
  private garbageStart = -1;
  private ended = false;

  constructor(onBatch: (batch: RawEventBatch) => void = () => {}, options: RawReaderOptions = {}) {
    const batchSize = options.batchSize ?? 1024;
    if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new EmissError('BAD_OPTION', 'batchSize', `${batchSize} is not a batch size`, 'an integer ≥ 1');
    this.maxRecordBytes = options.maxRecordBytes ?? RAW_DEFAULT_MAX_RECORD_BYTES;
    if (!(this.maxRecordBytes >= RAW_EVENT_HEADER_BYTES)) throw new EmissError('BAD_OPTION', 'maxRecordBytes', `${this.maxRecordBytes} is too small`, `≥ ${RAW_EVENT_HEADER_BYTES}`);
    this.maxProblems = options.maxProblems ?? 1000;
    this.onProblem = options.onProblem;
    this.source = options.source ?? 'raw file';
    this.builder = new RawBatchBuilder(batchSize, onBatch);
  }

  /** Bytes of the internal buffer (for checks that memory stays bounded). */
  get bufferCapacity(): number {
    return this.buf.length;
  }

  /** Feeds the next bytes of the stream (the reader copies what it keeps; `chunk` may be reused). */
  push(chunk: Uint8Array): void {
    if (this.ended) throw new EmissError('BAD_OPTION', 'RawStreamReader.push', 'called after end()');
    this.bytesRead += chunk.length;
    this.append(chunk);
    this.process(false);
  }

  /** Ends the stream: reports a truncated last record, delivers the last batch, returns the summary. */
  end(): RawReadSummary {
    if (!this.ended) {
      this.ended = true;
      this.process(true);
      this.builder.flush();
    }
    return this.summary();
  }

  /** What the reader found so far (after {@link end}: in the whole stream). */
  summary(): RawReadSummary {
    return {
      header: this.header,
      eventsOk: this.eventsOk,
      eventsDamaged: this.eventsDamaged,
      bytesRead: this.bytesRead,
      problems: this.problems,
      problemCount: this.problemCount,
    };
  }

  private append(chunk: Uint8Array): void {
    const live = this.tail - this.pos;
    if (this.tail + chunk.length > this.buf.length) {
      if (live + chunk.length <= this.buf.length) {
        this.buf.copyWithin(0, this.pos, this.tail);
      } else {
        const grown = new Uint8Array(Math.max(live + chunk.length, 2 * this.buf.length));
        grown.set(this.buf.subarray(this.pos, this.tail));
        this.buf = grown;
        this.dv = new DataView(grown.buffer);
      }
      this.base += this.pos;
      this.tail = live;
      this.pos = 0;
    }
    this.buf.set(chunk, this.tail);
    this.tail += chunk.length;
  }

  private process(final: boolean): void {
    const buf = this.buf;
    const dv = this.dv;
    for (;;) {
      if (this.state === 'header') {
        if (!this.readHeader(final)) return;
        continue;
      }
      if (this.state === 'scan') {
        const q = this.findSync(this.pos);
        if (q < 0) {
          if (final) {
            if (this.garbageStart >= 0) this.report(this.garbageStart, -1, `${this.base + this.tail - this.garbageStart} bytes without a record at the end of the file`);
            this.garbageStart = -1;
            this.pos = this.tail;
          } else this.pos = Math.max(this.pos, this.tail - 3);
          return;
        }
        if (this.garbageStart >= 0) this.report(this.garbageStart, -1, `${this.base + q - this.garbageStart} bytes without a record`);
        this.garbageStart = -1;
        this.pos = q;
        this.state = 'record';
      }
      // A record should start at pos.
      const p = this.pos;
      const avail = this.tail - p;
      if (avail < 4) {
        if (!final || avail === 0) return;
        if (this.isSyncPrefix(p)) {
          this.damaged(p, "file ends inside a record's sync word");
          this.pos = this.tail;
          return;
        }
        this.startGarbage(p);
        continue;
      }
      if (dv.getUint32(p, true) !== RAW_SYNC) {
        this.startGarbage(p);
        continue;
      }
      if (avail < 8) {
        if (!final) return;
        this.damaged(p, 'record truncated at the end of the file');
        continue;
      }
      const len = dv.getUint32(p + 4, true);
      if (len % 8 !== 0 || len < RAW_EVENT_HEADER_BYTES || len > this.maxRecordBytes) {
        this.damaged(p, `impossible body length ${len}`);
        continue;
      }
      const size = len + RAW_RECORD_OVERHEAD;
      if (avail < size) {
        if (!final) return;
        this.damaged(p, `record truncated at the end of the file (${avail} of ${size} bytes)`);
        continue;
      }
      if (crc32c(buf, p, p + size - 4) !== dv.getUint32(p + size - 4, true)) {
        this.damaged(p, 'CRC mismatch');
        continue;
      }
      const malformed = this.builder.append(buf, dv, p + 8, len, this.base + p);
      if (malformed !== null) {
        // The CRC matched, so the record's bounds are right: go on after it.
        this.damaged(p, malformed, p + size);
        continue;
      }
      this.eventsOk++;
      this.pos = p + size;
    }
  }

  /** Reads the file header; false when more bytes are needed. */
  private readHeader(final: boolean): boolean {
    const bytes = this.buf.subarray(this.pos, this.tail);
    if (final && bytes.length < 8) {
      throw new EmissError('BAD_FILE', this.source, bytes.length === 0 ? 'empty file, not an emiss raw file' : `not an emiss raw file (${bytes.length} bytes)`);
    }
    const r = decodeFileHeader(bytes, this.source);
    if (r.kind === 'incomplete') {
      if (!final) return false;
      this.report(0, -1, `file truncated inside its header (${bytes.length} of ${r.needBytes} bytes)`);
      this.scanFrom(8);
      return true;
    }
    if (r.kind === 'damaged') {
      this.report(0, -1, r.reason);
      this.scanFrom(8);
      return true;
    }
    this.header = r.header;
    const spc = r.header.samplesPerChannel;
    this.builder.defaultSamplesPerChannel = spc >= 1 ? spc : 32;
    if (r.header.intact) {
      this.pos = r.header.headerBytes;
      this.state = 'record';
    } else {
      this.report(0, -1, 'file header CRC mismatch');
      this.scanFrom(8);
    }
    return true;
  }

  private scanFrom(p: number): void {
    this.pos = p;
    this.state = 'scan';
    this.garbageStart = -1;
  }

  private startGarbage(p: number): void {
    if (this.garbageStart < 0) this.garbageStart = this.base + p;
    this.pos = p + 1;
    this.state = 'scan';
  }

  /** Reports the record at buffer index p as damaged; resumes at `resume` or scans from p + 1. */
  private damaged(p: number, reason: string, resume = -1): void {
    let event = -1;
    if (this.tail - p >= 8 + 8) {
      const hi = this.dv.getUint32(p + 12, true);
      if (hi < 0x200000) event = this.dv.getUint32(p + 8, true) + hi * 4294967296;
    }
    this.eventsDamaged++;
    this.report(this.base + p, event, reason);
    if (resume >= 0) {
      this.pos = resume;
      this.state = 'record';
    } else this.scanFrom(p + 1);
  }

  private report(fileOffset: number, event: number, reason: string): void {
    const problem = { fileOffset, event, reason };
    this.problemCount++;
    if (this.problems.length < this.maxProblems) this.problems.push(problem);
    this.onProblem?.(problem);
  }

  /** Buffer index of the first complete sync word at or after `from`, or −1. */
  private findSync(from: number): number {
    const buf = this.buf;
    const last = this.tail - 4;
    let i = from;
    while (i <= last) {
      i = buf.indexOf(S0, i);
      if (i < 0 || i > last) return -1;
      if (buf[i + 1] === S1 && buf[i + 2] === S2 && buf[i + 3] === S3) return i;
      i++;
    }
    return -1;
  }

  /** Whether the bytes from p to the end (fewer than 4) begin a sync word. */
  private isSyncPrefix(p: number): boolean {
    const sync = [S0, S1, S2, S3];
    for (let i = p; i < this.tail; i++) if (this.buf[i] !== sync[i - p]) return false;
    return true;
  }
}

/**
 * emiss daq: the raw event format (docs/raw-format.md) — the in-memory event, the writer, the
 * streaming reader with damage recovery, and CRC-32C. No Node-only API.
 */
export { crc32c } from './crc32c.js';
export { RawEvent } from './raw-event.js';
export { RawEncoder, encodeEvent, encodeFileHeader } from './raw-writer.js';
export { RawStreamReader } from './raw-reader.js';
export type { RawProblem, RawReadSummary, RawReaderOptions } from './raw-reader.js';
export { batchEvent, cloneBatch } from './raw-event-batch.js';
export type { RawEventBatch } from './raw-event-batch.js';
export { decodeFileHeader, startsWithRawMagic, RAW_MAX_HEADER_BYTES } from './raw-file-header.js';
export type { FileHeaderDecode, RawFileHeader, RawFileHeaderInfo } from './raw-file-header.js';
export { BLOCK_SADC, BLOCK_STRAW, BLOCK_STRIP, RAW_DEFAULT_MAX_RECORD_BYTES, RAW_FORMAT_VERSION, RAW_MAGIC, RAW_SYNC } from './raw-format.js';
export { NA64_LIKE_SHAPE, fillSyntheticEvent } from './synthetic-raw-event.js';
export type { SyntheticEventShape } from './synthetic-raw-event.js';

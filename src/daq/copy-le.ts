/**
 * Bulk copies between little-endian bytes and typed arrays. On a little-endian host (every
 * platform a browser or Node runs on in practice) a copy is one memcpy of the bytes, whatever
 * the alignment of either side, and floats keep their exact bits; a big-endian host falls back
 * to a DataView loop.
 */

/** Whether the host stores numbers little-endian. */
export const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The typed arrays the raw format stores. */
export type RawColumn = Uint16Array | Uint32Array | Float32Array;

/**
 * Copies `n` elements from the little-endian bytes `src[srcByte …]` into `dst[dstIndex …]`.
 * `littleEndianHost` is for tests of the fallback.
 */
export function copyFromLittleEndian(dst: RawColumn, dstIndex: number, src: Uint8Array, srcByte: number, n: number, littleEndianHost = HOST_LITTLE_ENDIAN): void {
  if (n === 0) return;
  const size = dst.BYTES_PER_ELEMENT;
  if (littleEndianHost) {
    new Uint8Array(dst.buffer, dst.byteOffset + dstIndex * size, n * size).set(src.subarray(srcByte, srcByte + n * size));
    return;
  }
  const dv = new DataView(src.buffer, src.byteOffset + srcByte, n * size);
  if (dst instanceof Uint16Array) for (let i = 0; i < n; i++) dst[dstIndex + i] = dv.getUint16(2 * i, true);
  else if (dst instanceof Uint32Array) for (let i = 0; i < n; i++) dst[dstIndex + i] = dv.getUint32(4 * i, true);
  else for (let i = 0; i < n; i++) dst[dstIndex + i] = dv.getFloat32(4 * i, true);
}

/**
 * Copies `n` elements `src[srcIndex …]` into `dst[dstByte …]` as little-endian bytes.
 * `littleEndianHost` is for tests of the fallback.
 */
export function copyToLittleEndian(dst: Uint8Array, dstByte: number, src: RawColumn, srcIndex: number, n: number, littleEndianHost = HOST_LITTLE_ENDIAN): void {
  if (n === 0) return;
  const size = src.BYTES_PER_ELEMENT;
  if (littleEndianHost) {
    dst.set(new Uint8Array(src.buffer, src.byteOffset + srcIndex * size, n * size), dstByte);
    return;
  }
  const dv = new DataView(dst.buffer, dst.byteOffset + dstByte, n * size);
  if (src instanceof Uint16Array) for (let i = 0; i < n; i++) dv.setUint16(2 * i, src[srcIndex + i], true);
  else if (src instanceof Uint32Array) for (let i = 0; i < n; i++) dv.setUint32(4 * i, src[srcIndex + i], true);
  else for (let i = 0; i < n; i++) dv.setFloat32(4 * i, src[srcIndex + i], true);
}

/**
 * A large raw file for the memory measurement of `emiss reco` (docs/performance.md): the header
 * of <in.emraw>, then its records <times> times. Usage:
 * node bin/run-ts.js scripts/make-big-raw.ts <in.emraw> <out.emraw> <times>
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { decodeFileHeader } from '../src/daq/index.js';

const [src, out, timesArg] = process.argv.slice(2);
const head = readFileSync(src).subarray(0, 1 << 17);
const h = decodeFileHeader(head, src);
if (h.kind !== 'header') throw new Error(`${src}: not a raw file`);
const size = statSync(src).size;
const fo = openSync(out, 'w');
const fi = openSync(src, 'r');
const buf = Buffer.alloc(1 << 24);
writeSync(fo, head.subarray(0, h.header.headerBytes));
for (let k = 0; k < Number(timesArg ?? 7); k++) {
  for (let at = h.header.headerBytes; at < size; ) {
    const n = readSync(fi, buf, 0, buf.length, at);
    writeSync(fo, buf.subarray(0, n));
    at += n;
  }
}
closeSync(fi);
closeSync(fo);
console.log(`${out}: ${statSync(out).size} bytes`);

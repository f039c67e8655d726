/**
 * `npm run bench`: every benchmark of emiss, printed as Markdown tables (median wall time, its
 * range, the required budget and budget/median). Single-threaded; machine details at the top.
 */
import { cpus, totalmem } from 'node:os';
import { report } from './harness.js';
import { physicsBenchmarks } from './physics.bench.js';

const cpu = cpus()[0];
console.log(`# emiss benchmarks\n\n${new Date().toISOString()}, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
report('Physics core and sensitivity (issue 2)', physicsBenchmarks());

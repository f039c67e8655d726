/**
 * `npm run bench`: every benchmark of emiss, printed as Markdown tables (median wall time, its
 * range, the required budget and budget/median). Single-threaded; machine details at the top.
 */
import { cpus, totalmem } from 'node:os';
import { report } from './harness.js';
import { daqBenchmarks } from './daq.bench.js';
import { physicsBenchmarks } from './physics.bench.js';
import { responseBenchmarks } from './sim-response.bench.js';
import { simBenchmarks } from './sim.bench.js';
import { storeBenchmarks } from './store.bench.js';

const cpu = cpus()[0];
console.log(`# emiss benchmarks\n\n${new Date().toISOString()}, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
report('Physics core and sensitivity (issue 2)', physicsBenchmarks());
report('Store: Parquet tables through DuckDB', await storeBenchmarks());
report('Detector response and digitization (sim/response)', responseBenchmarks());
report('Simulation: 100 GeV electrons in NA64e 2021–2023 (issue 3)', await simBenchmarks());
report('Raw event format: encode, CRC-32C, streaming decode (issue 4)', daqBenchmarks());

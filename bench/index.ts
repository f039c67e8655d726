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
import { webPageBenchmarks } from './web-pages.bench.js';
import { statsBenchmarks } from './stats.bench.js';
import { monitorBenchmarks } from './monitor.bench.js';
import { analysisBenchmarks } from './analysis.bench.js';
import { trackingBenchmarks } from './tracking.bench.js';
import { recoBenchmarks } from './reco.bench.js';

const cpu = cpus()[0];
console.log(`# emiss benchmarks\n\n${new Date().toISOString()}, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
report('Physics core and sensitivity (issue 2)', physicsBenchmarks());
report('Store: Parquet tables through DuckDB', await storeBenchmarks());
report('Detector response and digitization (sim/response)', responseBenchmarks());
report('Simulation: 100 GeV electrons in NA64e 2021–2023 (issue 3)', await simBenchmarks());
report('Raw event format: encode, CRC-32C, streaming decode (issue 4)', daqBenchmarks());
report('Tracking: hits, tracks, spectrometer momentum, straw r(t) calibration (issue 4)', trackingBenchmarks());
report('Reconstruction: decode vs full reco of simulated NA64e events (issue 4)', recoBenchmarks());
report('Statistics: HistFactory fits, asymptotic CLs scan, toys (issue 5)', statsBenchmarks());
report('Analysis: cut flow over 10^7 DST rows, histogram filling (issue 5)', await analysisBenchmarks());
report('Browser pages: sensitivity explorer and event display (issue 7)', webPageBenchmarks());
report('Online monitor server: decode, histogram, push (issue 7)', await monitorBenchmarks());

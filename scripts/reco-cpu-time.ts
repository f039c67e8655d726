/**
 * CPU time of the reconstruction per event (process.cpuUsage: less sensitive to other jobs on
 * the machine than wall time): full, without tracking, the waveform fits alone, and the fits
 * split into channels without a pulse (fast path) and with one (full fit). Usage:
 * node bin/run-ts.js scripts/reco-cpu-time.ts <na64e-2021-2023 file.emraw>
 */
import { readFileSync } from 'node:fs';
import { RawStreamReader, cloneBatch } from '../src/daq/index.js';
import type { RawEventBatch } from '../src/daq/index.js';
import { EventReconstructor, WaveformFitter, createDstBatch, nominalCalibration } from '../src/reco/index.js';
import { parseSetup } from '../src/setup/index.js';
import { buildGeometry } from '../src/sim/index.js';
const bytes = readFileSync(process.argv[2]).subarray(0, 100e6);
const setup = parseSetup(readFileSync('configs/na64e-2021-2023.yaml', 'utf8'));
const g = buildGeometry(setup);
const cal = nominalCalibration(g, setup.name);
const recs = { full: new EventReconstructor(g, setup, cal), noTrack: new EventReconstructor(g, setup, cal, { tracking: null }) };
const batches: RawEventBatch[] = [];
const r = new RawStreamReader((b) => batches.push(cloneBatch(b))); r.push(bytes); r.end();
const dst = createDstBatch(1024);
for (const [name, rec] of Object.entries(recs)) {
  for (let rep = 0; rep < 4; rep++) {
    const c0 = process.cpuUsage(); let n = 0;
    for (const b of batches) { rec.reconstructBatch(b, dst); n += b.n; }
    const c = process.cpuUsage(c0); if (rep > 0) console.log(name, 'CPU µs/event', ((c.user + c.system) / n).toFixed(1));
  }
}
const f = new WaveformFitter({ samples: 32, sampleNs: 12.5, triggerTimeNs: 100 });
for (let rep = 0; rep < 4; rep++) {
  const c0 = process.cpuUsage(); let n = 0;
  for (const b of batches) { for (let j = 0; j < b.adcChannel.length; j++) { const ch = b.adcChannel[j]; f.fit(b.adcSamples, j * 32, cal.adc.noise[ch], 0, cal.adc.pedestal[ch]); } n += b.n; }
  const c = process.cpuUsage(c0); if (rep > 0) console.log('fits only CPU µs/event', ((c.user + c.system) / n).toFixed(1));
}
{
  const slow: number[][] = batches.map(() => []); const fast: number[][] = batches.map(() => []);
  batches.forEach((b, bi) => { for (let j = 0; j < b.adcChannel.length; j++) { const ch = b.adcChannel[j]; f.fit(b.adcSamples, j * 32, cal.adc.noise[ch], 0, cal.adc.pedestal[ch]); (f.flags ? slow : fast)[bi].push(j); } });
  let nEv = 0; for (const b of batches) nEv += b.n;
  for (const [name, sets] of [['fast', fast], ['slow', slow]] as const) for (let rep = 0; rep < 3; rep++) {
    const c0 = process.cpuUsage(); let nc = 0;
    batches.forEach((b, bi) => { for (const j of sets[bi]) { const ch = b.adcChannel[j]; f.fit(b.adcSamples, j * 32, cal.adc.noise[ch], 0, cal.adc.pedestal[ch]); nc++; } });
    const c = process.cpuUsage(c0); if (rep) console.log(name, 'channels/event', (nc / nEv).toFixed(1), 'CPU µs/event', ((c.user + c.system) / nEv).toFixed(1), 'ns/channel', ((c.user + c.system) * 1000 / nc).toFixed(0));
  }
}

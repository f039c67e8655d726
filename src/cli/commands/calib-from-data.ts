/**
 * `emiss calib ecal|straw <raw files…>`: calibration constants measured from raw data, written
 * as a new calibration entry (the input entry with the measured constants replaced; docs/reco.md).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { EmissError } from '../../core/index.js';
import { RawStreamReader } from '../../daq/index.js';
import type { RawEventBatch } from '../../daq/index.js';
import { EcalGainFit, EventReconstructor, HcalMipSpectra, StrawTimeSpectra, calibrateStrawRt, createDstBatch, nominalCalibration, recoCalibrationToJson } from '../../reco/index.js';
import type { RecoCalibration } from '../../reco/index.js';
import { decodeFileHeader } from '../../daq/index.js';
import { buildGeometry } from '../../sim/index.js';
import type { SimGeometry } from '../../sim/index.js';
import type { Setup } from '../../setup/index.js';
import { openCalibStore } from '../calib-store.js';
import { loadSetup } from '../../store/load-setup.js';
import { makeDirs } from '../make-dirs.js';
import { parseNumber } from '../option-parsers.js';
import { assertAllFinite, toJson } from '../json-output.js';
import type { CommandIo } from '../command-io.js';

interface DataFlags {
  calib: string;
  setup?: string;
  out: string;
  allowDefaultCalib?: boolean;
  beamEnergy?: string;
  mipGeV?: string;
  firstRun?: string;
  lastRun?: string;
  json?: boolean;
}

/** The setup, geometry and input calibration of the first raw file. */
async function inputs(files: string[], flags: DataFlags): Promise<{ setup: Setup; geometry: SimGeometry; calib: RecoCalibration; run: number }> {
  if (files.length === 0) throw new EmissError('BAD_OPTION', 'calib', 'needs raw files', 'emiss calib ecal <files.emraw…>');
  let head: Uint8Array;
  try {
    head = new Uint8Array(readFileSync(files[0]).subarray(0, 1 << 17));
  } catch {
    throw new EmissError('BAD_FILE', files[0], 'cannot be read');
  }
  const h = decodeFileHeader(head, files[0]);
  if (h.kind !== 'header') throw new EmissError('BAD_FILE', files[0], 'no readable file header');
  const setupPath = flags.setup ?? `configs/${h.header.setupName}.yaml`;
  const setup = loadSetup(setupPath);
  const geometry = buildGeometry(setup, setupPath);
  const store = await openCalibStore(flags.calib);
  const entry = await store.find(h.header.setupName, h.header.run);
  let calib: RecoCalibration;
  if (entry) calib = store.load(entry, geometry);
  else if (flags.allowDefaultCalib) calib = nominalCalibration(geometry, h.header.setupName);
  else throw new EmissError('BAD_FILE', files[0], `no calibration for run ${h.header.run} of setup '${h.header.setupName}' in ${flags.calib} to start from`, '--allow-default-calib (start from the nominal constants)');
  return { setup, geometry, calib, run: h.header.run };
}

/** Streams the raw files batch by batch. */
async function forEachBatch(files: string[], fn: (b: RawEventBatch) => void): Promise<number> {
  let damaged = 0;
  for (const f of files) {
    const r = new RawStreamReader(fn, { source: f });
    const { createReadStream } = await import('node:fs');
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 })) r.push(chunk as Buffer);
    damaged += r.end().eventsDamaged;
  }
  return damaged;
}

function writeEntry(path: string, c: RecoCalibration): void {
  makeDirs(dirname(path));
  writeFileSync(`${path}.partial`, recoCalibrationToJson(c));
  renameSync(`${path}.partial`, path);
}

function runRange(flags: DataFlags, run: number): [number, number] {
  const first = flags.firstRun === undefined ? run : parseNumber(flags.firstRun, '--first-run');
  const last = flags.lastRun === undefined ? run : parseNumber(flags.lastRun, '--last-run');
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first) throw new EmissError('BAD_OPTION', '--first-run/--last-run', `${first}–${last}`, 'integers 0 ≤ first ≤ last');
  return [first, last];
}

const common = (c: Command): Command =>
  c
    .argument('<files...>', 'raw files')
    .option('--calib <dir>', 'calibration directory to start from', 'calib')
    .option('--setup <file>', 'setup file (default configs/<setup name>.yaml)')
    .requiredOption('--out <file>', 'new calibration entry (JSON), e.g. calib/na64e-2021-2023/12-12.json')
    .option('--allow-default-calib', 'start from the nominal constants when the store has none')
    .option('--first-run <n>', 'first run of the new entry (default the run of the first file)')
    .option('--last-run <n>', 'last run of the new entry (default the run of the first file)')
    .option('--json', 'print the result as JSON');

/** Registers `calib ecal`, `calib hcal` and `calib straw`. */
export function registerCalibFromData(calib: Command, io: CommandIo): void {
  common(calib.command('ecal').description('ECAL cell gains from electron events (least squares: Σ k_i x_i = E_beam − E_HCAL − E_VHCAL)'))
    .option('--beam-energy <GeV>', "beam energy (default the setup's beam.energyGeV)")
    .action(async (files: string[], flags: DataFlags) => {
      const { setup, geometry, calib: c0, run } = await inputs(files, flags);
      const e0 = flags.beamEnergy === undefined ? (setup.beam?.energyGeV ?? 100) : parseNumber(flags.beamEnergy, '--beam-energy', { positive: true });
      const ecal = geometry.elements.find((e) => e.role === 'ecal');
      if (!ecal) throw new EmissError('BAD_FILE', flags.setup ?? setup.name, 'has no ECAL (role: ecal)');
      const rec = new EventReconstructor(geometry, setup, c0, { tracking: null });
      const n = ecal.nCells;
      const fit = new EcalGainFit(n);
      const x = new Float64Array(n);
      const dst = createDstBatch(1);
      const c = dst.columns;
      const hits = new Float64Array(n);
      let read = 0;
      const damaged = await forEachBatch(files, (b) => {
        for (let i = 0; i < b.n; i++) {
          read++;
          rec.reconstruct(b, i, dst, 0);
          // One in-time electron shower, not saturated, with the max cell off the matrix edge.
          if (!c.ecal_ok[0] || c.trigger_class[0] !== 0 || c.n_saturated[0] > 0 || Math.abs(c.ecal_time_ns[0]) > 5 || c.ecal_chi2[0] > 5) continue;
          const m = c.ecal_max_cell[0];
          const ix = m % ecal.nx;
          const iy = (m - ix) / ecal.nx;
          if (ix === 0 || iy === 0 || ix === ecal.nx - 1 || iy === ecal.ny - 1) continue;
          const eRef = e0 - c.e_hcal_GeV[0] - c.e_vhcal_GeV[0];
          if (Math.abs(c.e_ecal_GeV[0] - eRef) > 0.15 * eRef) continue;
          for (let k = 0; k < n; k++) x[k] = rec.cellEnergy[ecal.firstCell + k];
          for (let s = 0; s < ecal.sectionZ1.length; s++) hits[s * ecal.nx * ecal.ny + m]++;
          fit.add(x, eRef);
        }
      });
      if (fit.n === 0 || hits.every((h) => h === 0)) throw new EmissError('BAD_FILE', files[0], 'holds no usable electron showers in the ECAL', 'electron-beam events aimed at the cells');
      const sol = fit.solve();
      const gain = [...c0.adc.gain];
      const cells: { channel: number; section: number; ix: number; iy: number; gain: number; gainErr: number; events: number }[] = [];
      for (let k = 0; k < n; k++) {
        const ch = ecal.firstCell + k;
        // Channels never the shower's maximum keep their input gain (their k is set by leakage only).
        if (hits[k] < 50) continue;
        gain[ch] = c0.adc.gain[ch] / sol.k[k];
        cells.push({ channel: ch, section: geometry.cellSection[ch], ix: geometry.cellIx[ch], iy: geometry.cellIy[ch], gain: gain[ch], gainErr: (gain[ch] * sol.kErr[k]) / sol.k[k], events: hits[k] });
      }
      const [first, last] = runRange(flags, run);
      const out: RecoCalibration = { ...c0, firstRun: first, lastRun: last, adc: { ...c0.adc, gain }, source: `emiss calib ecal on ${files.join(', ')} (E_beam ${e0} GeV; ${sol.events} showers; ${cells.length} channels measured, the others from: ${c0.source})` };
      writeEntry(flags.out, out);
      const result = assertAllFinite({ out: flags.out, events: read, events_damaged: damaged, showers_used: sol.events, residual_rms_GeV: sol.residualRmsGeV, channels_measured: cells.length, cells });
      if (flags.json) io.out(toJson(result));
      else io.out(`calib ecal: ${sol.events} of ${read} events used, ${cells.length} channels measured (residual ${sol.residualRmsGeV.toFixed(2)} GeV); wrote ${flags.out}`);
    });

  common(calib.command('hcal').description('HCAL cell gains from the MIP peak of muons (relative to each other; absolute with --mip-GeV)'))
    .option('--mip-GeV <GeV>', 'most probable MIP deposit in one module [GeV] (default: keep the mean gain of the measured cells)')
    .action(async (files: string[], flags: DataFlags) => {
      const { setup, geometry, calib: c0, run } = await inputs(files, flags);
      const rec = new EventReconstructor(geometry, setup, c0, { tracking: null });
      const spectra = new HcalMipSpectra(geometry, c0.adc.gain);
      if (spectra.channels.length === 0) throw new EmissError('BAD_FILE', flags.setup ?? setup.name, 'has no HCAL (role: hcal)');
      const dst = createDstBatch(1);
      let read = 0;
      const damaged = await forEachBatch(files, (b) => {
        for (let i = 0; i < b.n; i++) {
          read++;
          rec.reconstruct(b, i, dst, 0);
          spectra.fill(rec.cellEnergy);
        }
      });
      const peaks = Array.from(spectra.channels, (_, i) => spectra.peak(i));
      const measured = peaks.map((p, i) => ({ p, ch: spectra.channels[i] })).filter((x) => x.p !== null) as { p: { peak: number; error: number; entries: number }; ch: number }[];
      if (measured.length === 0) throw new EmissError('BAD_FILE', files[0], 'no HCAL cell has a MIP peak (≥ 100 single-cell muon signals)', 'a muon run crossing the HCAL cells');
      let mip: number;
      if (flags.mipGeV !== undefined) mip = parseNumber(flags.mipGeV, '--mip-GeV', { positive: true });
      else {
        // Relative calibration: the mean gain of the measured cells stays as it was.
        const meanGain = measured.reduce((a, x) => a + c0.adc.gain[x.ch], 0) / measured.length;
        const meanPeak = measured.reduce((a, x) => a + x.p.peak, 0) / measured.length;
        mip = meanPeak / meanGain;
      }
      const gain = [...c0.adc.gain];
      const cells = measured.map((x) => {
        gain[x.ch] = x.p.peak / mip;
        return { channel: x.ch, section: geometry.cellSection[x.ch], ix: geometry.cellIx[x.ch], iy: geometry.cellIy[x.ch], peakAdc: x.p.peak, peakErrAdc: x.p.error, muons: x.p.entries, gain: gain[x.ch], gainErr: x.p.error / mip };
      });
      const [first, last] = runRange(flags, run);
      writeEntry(flags.out, { ...c0, firstRun: first, lastRun: last, adc: { ...c0.adc, gain }, source: `emiss calib hcal on ${files.join(', ')} (MIP peak ${mip.toFixed(4)} GeV${flags.mipGeV === undefined ? ', relative' : ''}; ${cells.length} channels; the rest from: ${c0.source})` });
      const result = assertAllFinite({ out: flags.out, events: read, events_damaged: damaged, mip_GeV: mip, relative: flags.mipGeV === undefined, channels_measured: cells.length, cells });
      if (flags.json) io.out(toJson(result));
      else io.out(`calib hcal: ${read} events, ${cells.length} of ${spectra.channels.length} HCAL channels measured (MIP ${mip.toFixed(3)} GeV${result.relative ? ', relative' : ''}); wrote ${flags.out}`);
    });

  common(calib.command('straw').description('straw t0 per tube and r(t) per plane from the drift-time spectra (src/reco/tracking/calibrate-straw-rt.ts)')).action(async (files: string[], flags: DataFlags) => {
    const { geometry, calib: c0, run } = await inputs(files, flags);
    const spectra = new StrawTimeSpectra(geometry);
    if (spectra.elements.length === 0) throw new EmissError('BAD_FILE', flags.setup ?? files[0], 'the setup has no straw trackers');
    const damaged = await forEachBatch(files, (b) => spectra.fill(b));
    const results = calibrateStrawRt(spectra);
    const straws = c0.straws.map((s) => results.find((r) => r.calibration.element === s.element)?.calibration ?? s);
    const [first, last] = runRange(flags, run);
    writeEntry(flags.out, { ...c0, firstRun: first, lastRun: last, straws, source: `emiss calib straw on ${files.join(', ')} (straws; the rest from: ${c0.source})` });
    const result = assertAllFinite({
      out: flags.out,
      events: spectra.events,
      events_damaged: damaged,
      elements: results.map((r) => ({ element: r.calibration.element, tubes_fitted: r.tubeFitted.reduce((a, b) => a + b, 0), planes_fitted: r.planeFitted.reduce((a, b) => a + b, 0), maxDriftTimeNs: r.calibration.maxDriftTimeNs, maxDriftTimeErrNs: r.maxDriftTimeErrNs, rtNonLinearity: r.calibration.rtNonLinearity, rtNonLinearityErr: r.rtNonLinearityErr })),
    });
    if (flags.json) io.out(toJson(result));
    else io.out(`calib straw: ${spectra.events} events, ${result.elements.map((e) => `${e.element}: ${e.tubes_fitted} tubes, ${e.planes_fitted} planes`).join('; ')}; wrote ${flags.out}`);
  });
}

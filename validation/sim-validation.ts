/**
 * Validation of the fast simulation (issue 3), regenerating the figures of docs/validation.md
 * (docs/img/sim-*.svg) and printing the numbers quoted there:
 *   npm run validate:sim
 * 1. longitudinal profile of 100 GeV e− showers in the NA64 ECAL medium vs Grindhammer–Peters
 *    and the PDG shower maximum; containment against depth;
 * 2. lateral containment against the Molière radius (PDG);
 * 3. ECAL energy resolution in the NA64e 2021–2023 set-up, 10–150 GeV;
 * 4. μ+μ− pairs per EOT vs photon track length × cross section;
 * 5. SRD spectra of 100 GeV e− and π− and the resulting hadron rejection.
 * The A′ yields (simulation vs semi-analytic) are checked in src/sim/signal-yield.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import gammaln from '@stdlib/math-base-special-gammaln';
import { RandomStream } from '../src/core/index.js';
import { material } from '../src/physics/index.js';
import { renderPlot } from '../src/plot/index.js';
import type { PlotSpec } from '../src/plot/index.js';
import { parseSetup, setupSchema } from '../src/setup/index.js';
import type { Setup } from '../src/setup/index.js';
import { analyticTrackLength } from '../src/sensitivity/index.js';
import { createTransportContext } from '../src/sim/create-context.js';
import { createEmTransport } from '../src/sim/em/em-transport.js';
import { meanAlpha, meanShowerMaximum } from '../src/sim/em/gp-parameters.js';
import { muonPairRate } from '../src/sim/em/muon-pair-rate.js';
import { SimulationRun, TRUTH_COLUMNS, buildGeometry } from '../src/sim/index.js';
import type { ProcessName } from '../src/sim/index.js';
import { ParticleState } from '../src/sim/particle-stack.js';
import { Species } from '../src/sim/species.js';
import { straightPassive } from '../src/sim/straight-passive.js';
import { transportAll } from '../src/sim/transport.js';

const OUT = new URL('../docs/img/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const save = (name: string, spec: PlotSpec): void => writeFileSync(new URL(name, OUT), renderPlot(spec));
const FILE = 'configs/na64e-2021-2023.yaml';
const TEXT = readFileSync(new URL(`../${FILE}`, import.meta.url), 'utf8');
const HASH = new Uint8Array(createHash('sha256').update(TEXT).digest());
const col = (name: string): number => TRUTH_COLUMNS.indexOf(name as (typeof TRUTH_COLUMNS)[number]);
const ECAL = material('NA64-ECAL');

/** The NA64e set-up with a pure beam of `particle` at `energy` (dipoles scaled to keep the deflection). */
function na64(particle: Setup['beam']['particle'], energy: number, momentumSpread?: number): Setup {
  const s = parseSetup(TEXT, FILE);
  s.beam = { ...s.beam, particle, energyGeV: energy, contamination: [], lowEnergyTailFraction: 0, particlesPerSpill: 1e-9, momentumSpread: momentumSpread ?? s.beam.momentumSpread };
  s.detectors = s.detectors?.map((d) => (d.type === 'magnet' ? { ...d, fieldIntegralTm: (d.fieldIntegralTm * energy) / 100 } : d));
  return s;
}
const run = (setup: Setup, process: ProcessName = 'beam', trackingCutGeV?: number): SimulationRun => new SimulationRun({ setup, fileName: FILE, process, seed: 11, runNumber: 1, setupHash: HASH, trackingCutGeV });

// ── 1, 2: shower shapes in the NA64 ECAL medium ──────────────────────────────────────────────
function block(slices: number, sliceX0: number, cells: number, widthRM: number): ReturnType<typeof buildGeometry> {
  return buildGeometry(
    setupSchema.parse({
      schema: 'emiss-setup/1', name: 'block', description: 'validation', beam: { particle: 'e-', energyGeV: 100 },
      target: { material: 'NA64-ECAL', thicknessX0: slices * sliceX0 }, exposure: { particlesOnTarget: 1 },
      detectors: [{ type: 'calorimeter', name: 'CAL', role: 'ecal', material: 'NA64-ECAL', zCm: 0,
        cells: { nx: cells, ny: cells, pitchXCm: (widthRM * ECAL.moliereRadius) / cells, pitchYCm: (widthRM * ECAL.moliereRadius) / cells },
        sections: Array.from({ length: slices }, (_, i) => ({ name: `s${i}`, depthCm: sliceX0 * ECAL.radiationLengthCm })),
        response: { photoelectronsPerGeV: 1000, adcPerGeV: 10 } }],
    }),
  );
}
function shower(g: ReturnType<typeof buildGeometry>, cut: number, events: number, each: (cellEnergy: Float64Array) => void): void {
  const ctx = createTransportContext(g, { trackingCutGeV: cut, hadronCutGeV: 0.1 }, { em: createEmTransport(), muon: null, hadron: null, passive: straightPassive });
  const p = new ParticleState();
  for (let ev = 0; ev < events; ev++) {
    RandomStream.reset(ctx.rng, 5, ev);
    ctx.deposits.reset();
    ctx.truth.reset(ev);
    Object.assign(p, { species: Species.Electron, e: 100, x: 0, y: 0, z: -1, ux: 0, uy: 0, uz: 1, t: 0 });
    transportAll(ctx, p);
    each(ctx.deposits.cellEnergy);
  }
}
const lines: string[] = [];
{
  const n = 100;
  const dt = 0.5;
  const g = block(n, dt, 1, 40);
  const y = 100 / ECAL.criticalEnergy;
  const series: PlotSpec['series'] = [];
  const colors = ['#0072B2', '#D55E00'];
  for (const [k, cut] of [1, 5].entries()) {
    const prof = new Float64Array(n);
    const events = 400;
    shower(g, cut, events, (ce) => {
      for (let c = 0; c < g.nCells; c++) prof[g.cellSection[c]] += ce[c];
    });
    let s0 = 0, s1 = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const t = (i + 0.5) * dt;
      s0 += prof[i]; s1 += prof[i] * t; s2 += prof[i] * t * t;
    }
    const mean = s1 / s0;
    const tMax = mean - (s2 / s0 - mean * mean) / mean;
    const within = (x0: number): number => prof.slice(0, Math.round(x0 / dt)).reduce((a, b) => a + b, 0) / s0;
    lines.push(`| tracking cut ${cut} GeV | ${tMax.toFixed(2)} | ${(100 * within(20)).toFixed(1)}% | ${(100 * within(30)).toFixed(2)}% | ${(100 * within(40)).toFixed(3)}% |`);
    series.push({ kind: 'points', x: Array.from(prof, (_, i) => (i + 0.5) * dt), y: Array.from(prof, (v) => v / events / dt / 100), color: colors[k], radius: 2.5, label: `emiss, tracking cut ${cut} GeV` });
  }
  // Grindhammer–Peters mean profile (GP eq. 2.3 with their ⟨T⟩ and ⟨α⟩).
  const a = meanAlpha(100, ECAL.criticalEnergy, g.elements[0].zEff);
  const T = meanShowerMaximum(100, ECAL.criticalEnergy);
  const b = (a - 1) / T;
  const ts = Array.from({ length: 200 }, (_, i) => (i + 0.5) * 0.25);
  series.push({ kind: 'line', x: ts, y: ts.map((t) => Math.exp(Math.log(b) + (a - 1) * Math.log(b * t) - b * t - gammaln(a))), color: '#000000', width: 2, label: 'Grindhammer–Peters mean profile' });
  save('sim-longitudinal.svg', { x: { label: 'depth t [X_{0}]', min: 0, max: 40 }, y: { label: '(1/E_{0}) dE/dt', min: 0, max: 0.14 }, series, title: '100 GeV e^{−} in the NA64 ECAL medium (Pb/Sc)' });
  console.log(`\n### Longitudinal profile (NA64-ECAL, X0 = ${ECAL.radiationLengthCm.toFixed(3)} cm, E_c = ${(1000 * ECAL.criticalEnergy).toFixed(2)} MeV)\n`);
  console.log(`PDG eq. 34.36: t_max = ln(E/E_c) − 0.5 = ${(Math.log(y) - 0.5).toFixed(2)} X0; Grindhammer–Peters ⟨T⟩ = ${T.toFixed(2)} X0\n`);
  console.log('| | t_max [X0] (from the moments) | contained in 20 X0 | in 30 X0 | in 40 X0 |\n|---|---|---|---|---|');
  for (const l of lines) console.log(l);
}
{
  const cells = 41;
  const width = 41 / 5; // cells of R_M/5
  const g = block(1, 40, cells, width);
  const radii = Array.from({ length: 40 }, (_, i) => (i + 1) * 0.1);
  const inside = new Float64Array(radii.length);
  let total = 0;
  shower(g, 5, 200, (ce) => {
    for (let c = 0; c < g.nCells; c++) {
      const dx = (g.cellIx[c] - 20) / 5;
      const dy = (g.cellIy[c] - 20) / 5;
      const r = Math.sqrt(dx * dx + dy * dy);
      total += ce[c];
      for (let k = 0; k < radii.length; k++) if (r <= radii[k]) inside[k] += ce[c];
    }
  });
  const frac = Array.from(inside, (v) => v / total);
  const at = (r: number): number => frac[Math.round(r / 0.1) - 1];
  console.log(`\n### Lateral containment (cells of R_M/5, R_M = ${ECAL.moliereRadius.toFixed(2)} cm)\n\n| radius | emiss | PDG §34.5 |\n|---|---|---|\n| 1 R_M | ${(100 * at(1)).toFixed(1)}% | ~90% |\n| 2 R_M | ${(100 * at(2)).toFixed(1)}% | ~95% |\n| 3.5 R_M | ${(100 * at(3.5)).toFixed(1)}% | ~99% |`);
  save('sim-lateral.svg', { x: { label: 'radius [R_{M}]', min: 0, max: 4 }, y: { label: 'energy fraction inside', min: 0, max: 1.02 }, legend: { position: 'bottom-right' }, series: [
    { kind: 'line', x: radii, y: frac, color: '#0072B2', width: 2.5, label: 'emiss, 100 GeV e^{−}' },
    { kind: 'points', x: [1, 2, 3.5], y: [0.9, 0.95, 0.99], color: '#000000', radius: 5, label: 'PDG: 90% in R_{M}, 99% in 3.5 R_{M}' },
  ], title: 'Lateral containment, NA64 ECAL medium' });
}

// ── 3: ECAL resolution in the set-up ────────────────────────────────────────────────────────
{
  const energies = [10, 20, 50, 100, 150];
  const rows: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const E of energies) {
    const r = run(na64('e-', E, 0)); // mono-energetic: the calorimeter's own resolution
    const ecal = r.geometry.elements.find((e) => e.role === 'ecal')?.index ?? -1;
    const vis: number[] = [];
    const dep: number[] = [];
    for (let i = 0; i < 1500; i++) {
      const c = r.simulateChunk(i, 1);
      vis.push(r.digitizer.lastVisibleEnergy[ecal]);
      dep.push(c.truth[col('eEcal')][0]);
    }
    // Gaussian core: mean and σ within ±3σ, iterated (leakage tails out).
    const core = (v: number[]): [number, number] => {
      let m = v.reduce((a, b) => a + b, 0) / v.length;
      let s = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
      for (let it = 0; it < 5; it++) {
        const w = v.filter((x) => Math.abs(x - m) < 3 * s);
        m = w.reduce((a, b) => a + b, 0) / w.length;
        s = Math.sqrt(w.reduce((a, b) => a + (b - m) ** 2, 0) / w.length);
      }
      return [m, s];
    };
    const [mv, sv] = core(vis);
    const [md, sd] = core(dep);
    xs.push(E);
    ys.push(sv / mv);
    rows.push(`| ${E} | ${(md / E).toFixed(4)} | ${(100 * sd / md).toFixed(2)}% | ${(mv / E).toFixed(4)} | ${(100 * sv / mv).toFixed(2)}% |`);
  }
  // Fit (σ/E)² = a²/E + b² (least squares in σ²/E²).
  let s11 = 0, s12 = 0, s22 = 0, t1 = 0, t2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const u = 1 / xs[i];
    const v = ys[i] ** 2;
    s11 += u * u; s12 += u; s22 += 1; t1 += u * v; t2 += v;
  }
  const det = s11 * s22 - s12 * s12;
  const a2 = (t1 * s22 - t2 * s12) / det;
  const b2 = (s11 * t2 - s12 * t1) / det;
  console.log(`\n### ECAL energy resolution (NA64e 2021–2023 set-up, mono-energetic e− through the spectrometer onto the ECAL centre, 1500 events per energy)\n\n| E0 [GeV] | ⟨E_dep⟩/E0 | σ/E deposited | ⟨E_vis⟩/E0 | σ/E visible |\n|---|---|---|---|---|`);
  for (const l of rows) console.log(l);
  console.log(`\nFit: σ/E = ${(100 * Math.sqrt(Math.max(a2, 0))).toFixed(1)}%/√E ⊕ ${(100 * Math.sqrt(Math.max(b2, 0))).toFixed(2)}%`);
  const fe = Array.from({ length: 60 }, (_, i) => 8 + i * 2.5);
  save('sim-ecal-resolution.svg', { x: { label: 'E_{0} [GeV]', min: 0, max: 160 }, y: { label: '\\sigma_{E}/E', min: 0, max: 0.05 }, series: [
    { kind: 'points', x: xs, y: ys, color: '#0072B2', radius: 5, label: 'emiss, visible energy' },
    { kind: 'line', x: fe, y: fe.map((e) => Math.sqrt(a2 / e + b2)), color: '#0072B2', width: 1.5, label: `fit ${(100 * Math.sqrt(Math.max(a2, 0))).toFixed(1)}%/\u221AE \u2295 ${(100 * Math.sqrt(Math.max(b2, 0))).toFixed(2)}%` },
  ], title: 'NA64 ECAL energy resolution, simulated' });
}

// ── 4: μ+μ− pairs per EOT ────────────────────────────────────────────────────────────────────
{
  const s = na64('e-', 100);
  const n = 20000;
  const dimu = run(s, 'dimuon').simulateChunk(0, n);
  let y = 0, y2 = 0;
  for (let i = 0; i < n; i++) {
    const w = dimu.truth[col('weight')][i] * dimu.truth[col('dimuon')][i];
    y += w; y2 += w * w;
  }
  const beamRun = run(s, 'beam');
  const beam = beamRun.simulateChunk(0, 4000);
  const ecal = beamRun.geometry.elements.find((e) => e.role === 'ecal');
  if (!ecal) throw new Error('no ECAL');
  const edges = beamRun.info.tallyEdgesGeV;
  let fromTally = 0;
  for (let k = 0; k + 1 < edges.length; k++) fromTally += (beam.tally.photon[k] / 4000) * muonPairRate(ecal, Math.sqrt(edges[k] * edges[k + 1]));
  const cut = beamRun.info.trackingCutGeV;
  const spec = analyticTrackLength({ beamEnergyGeV: 100, minEnergyGeV: cut, radiationLengthCm: ECAL.radiationLengthCm, criticalEnergyGeV: ECAL.criticalEnergy, thicknessX0: 40 });
  let analytic = 0;
  for (let k = 0; k < spec.photonCm.length; k++) analytic += spec.photonCm[k] * muonPairRate(ecal, Math.sqrt(spec.edgesGeV[k] * spec.edgesGeV[k + 1]));
  console.log(`\n### μ+μ− pairs per EOT (photons above the ${cut} GeV tracking cut, NA64 ECAL)\n\n| | per EOT |\n|---|---|\n| simulation, process dimuon (${n} biased events) | ${(y / n).toExponential(3)} ± ${(Math.sqrt(y2) / n).toExponential(1)} |\n| photon track length of the simulation × σ(γZ → μ+μ−Z) | ${fromTally.toExponential(3)} |\n| analytic photon track length (approximation B) × σ | ${analytic.toExponential(3)} |`);
}

// ── 5: SRD spectra, e− vs π− ─────────────────────────────────────────────────────────────────
{
  const n = 20000;
  const thr = 0.001;
  const spectra: Record<string, number[]> = {};
  const reachEcal: Record<string, boolean[]> = {};
  for (const particle of ['e-', 'pi-'] as const) {
    const r = run(na64(particle, 100));
    const srd = r.geometry.elements.find((e) => e.role === 'srd')?.index ?? -1;
    const v: number[] = [];
    const reach: boolean[] = [];
    for (let i = 0; i < n; i++) {
      const c = r.simulateChunk(i, 1);
      v.push(r.digitizer.lastVisibleEnergy[srd]);
      reach.push(c.truth[col('eEcal')][0] > 1);
    }
    spectra[particle] = v;
    reachEcal[particle] = reach;
  }
  const piReach = reachEcal['pi-'].filter(Boolean).length;
  const piReachAbove = spectra['pi-'].filter((x, i) => x > thr && reachEcal['pi-'][i]).length;
  const eff = spectra['e-'].filter((x) => x > thr).length / n;
  const piAbove = spectra['pi-'].filter((x) => x > thr).length;
  const bins = 60;
  const hi = 0.3;
  const hist = (v: number[]): number[] => {
    const h = new Array<number>(bins).fill(0);
    for (const x of v) {
      const k = Math.floor((x / hi) * bins);
      if (k >= 0 && k < bins) h[k]++;
    }
    return h.map((c) => Math.max(c / v.length, 1e-6));
  };
  const centres = Array.from({ length: bins }, (_, k) => ((k + 0.5) * hi) / bins);
  const mean = spectra['e-'].reduce((a, b) => a + b, 0) / n;
  console.log(`\n### SRD: 100 GeV e− and π− (${n} each; visible SRD energy, threshold ${1000 * thr} MeV as in the trigger)\n\n- e−: mean ${(1000 * mean).toFixed(1)} MeV, ${(100 * eff).toFixed(2)}% above threshold\n- π−: ${piAbove} of ${n} above threshold → rejection ${piAbove > 0 ? `${(n / piAbove).toExponential(2)}` : `> ${(n / 2.3).toExponential(2)} (90% CL, none seen)`} (seed talk: π rejection ~10⁴)\n- π− that reach the ECAL (E_ECAL > 1 GeV, ${piReach} events): ${piReachAbove} above threshold → rejection ${piReachAbove > 0 ? (piReach / piReachAbove).toExponential(2) : `> ${(piReach / 2.3).toExponential(2)} (90% CL)`}`);
  save('sim-srd.svg', { x: { label: 'SRD energy [GeV]', min: 0, max: hi }, y: { label: 'fraction per bin', min: 1e-5, max: 1, log: true }, series: [
    { kind: 'points', x: centres, y: hist(spectra['e-']), color: '#0072B2', radius: 3, label: '100 GeV e^{−}' },
    { kind: 'points', x: centres, y: hist(spectra['pi-']), color: '#D55E00', radius: 3, label: '100 GeV \u03C0^{−}' },
  ], title: 'SRD signal of electrons (synchrotron light) and pions' });
}

/**
 * Benchmarks of the browser pages' computations (issue 7), run in Node (same V8 engine as
 * chromium): the sensitivity explorer's yield tables (the slow part, in its Web Worker), relic
 * targets, and what runs on every input change (re-solve + SVG of both plots, budget 200 ms);
 * the event display's per-event work (hits, tracks, cells from the raw channels).
 */
import { loadSetup } from '../src/store/load-setup.js';
import { renderPlot } from '../src/plot/index.js';
import { buildGeometry } from '../src/sim/index.js';
import { displayGeometry } from '../src/monitor/web/display/display-geometry.js';
import { eventView } from '../src/monitor/web/display/event-view.js';
import { phoenixEvent } from '../src/monitor/web/display/phoenix-event.js';
import type { DisplayEvent } from '../src/monitor/web/display/display-event.js';
import { DEFAULT_INPUTS } from '../src/monitor/web/explorer/explorer-inputs.js';
import { epsilonPlotSpec, yPlotSpec } from '../src/monitor/web/explorer/explorer-plots.js';
import { relicCurves } from '../src/monitor/web/explorer/relic-curves.js';
import { solveLimit } from '../src/monitor/web/explorer/solve-limit.js';
import { yieldTable } from '../src/monitor/web/explorer/yield-table.js';
import { bench } from './harness.js';
import type { BenchResult } from './harness.js';

/** The benchmarks of the explorer and the display. */
export function webPageBenchmarks(): BenchResult[] {
  const i = DEFAULT_INPUTS;
  const etl = yieldTable(i, 'etl');
  const relic = relicCurves({ ratio: i.ratio, alphaD: i.alphaD, dmMassMinGeV: i.massMinGeV / i.ratio, dmMassMaxGeV: i.massMaxGeV / i.ratio });
  const g = displayGeometry(buildGeometry(loadSetup('configs/na64e-2021-2023.yaml'), 'na64e-2021-2023'));
  const trackers = g.elements.filter((e) => e.kind === 'tracker');
  const calos = g.elements.filter((e) => e.kind === 'calorimeter');
  // A busy event: one hit per tracker plane (a beam track) plus 5 noise hits per plane, every calorimeter cell lit.
  const straw: number[] = [];
  const strip: number[] = [];
  for (const e of trackers)
    e.planes.forEach((_, p) => {
      for (let k = 0; k < 6; k++) (e.role === 'straw' ? straw : strip).push(e.firstChannel + p * e.stripsPerPlane + ((k * 37 + p) % e.stripsPerPlane));
    });
  const cells = calos.flatMap((e) => Array.from({ length: e.nCells }, (_, k) => e.firstCell + k));
  const ev: DisplayEvent = {
    run: 1,
    spill: 1,
    event: 1,
    triggerBits: 1,
    strawChannels: straw,
    strawTimesNs: straw.map(() => 50),
    stripChannels: strip,
    stripCharges: strip.map(() => 300),
    cellChannels: cells,
    cellEnergiesGeV: cells.map((_, k) => 0.01 * (k + 1)),
    summary: {},
    tracks: [],
  };
  return [
    bench('explorer: ETL yield table, 30 masses, 100 GeV e− (worker)', () => yieldTable(i, 'etl'), { runs: 3, warmup: 1 }),
    bench('explorer: IWW yield table, 30 masses (first draw)', () => yieldTable(i, 'iww'), { runs: 5, warmup: 1 }),
    bench('explorer: relic targets, 3 types × 24 masses (worker)', () => relicCurves({ ratio: 3, alphaD: 0.5, dmMassMinGeV: 3.3e-4, dmMassMaxGeV: 0.33 }), { runs: 3, warmup: 1 }),
    bench('explorer: a change of N/background/efficiency/α_D: re-solve + both SVG plots', () => {
      const c = solveLimit(etl, { ...i, particlesOnTarget: 2e12 });
      return renderPlot(epsilonPlotSpec(c, i)).length + renderPlot(yPlotSpec(c, i, relic)).length;
    }, { runs: 20, budgetMs: 200 }),
    bench(`display: event view, ${straw.length + strip.length} hits, ${cells.length} cells + Phoenix JSON`, () => {
      const v = eventView(g, ev);
      return JSON.stringify(phoenixEvent(g, ev, v.hits, v.tracks, v.cells)).length;
    }, { runs: 20 }),
  ];
}

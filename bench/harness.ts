/**
 * A minimal benchmark harness: runs a function repeatedly (after a warm-up) and reports the
 * median and spread of the wall time, and the ratio to a required budget. Figures go to
 * stdout as a table; `npm run bench` prints them, docs/performance.md records them.
 */
export interface BenchResult {
  name: string;
  /** Median time of one call [ms]. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** Required maximum [ms], if the issue sets one. */
  budgetMs?: number;
  /** Extra figure, e.g. a rate. */
  note?: string;
}

/** Times `fn` `runs` times after `warmup` calls. */
export function bench(name: string, fn: () => unknown, opts: { runs?: number; warmup?: number; budgetMs?: number; note?: (medianMs: number) => string } = {}): BenchResult {
  const runs = opts.runs ?? 10;
  for (let i = 0; i < (opts.warmup ?? 2); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  return { name, medianMs, minMs: times[0], maxMs: times[times.length - 1], runs, budgetMs: opts.budgetMs, note: opts.note?.(medianMs) };
}

/** Prints results as a Markdown table. */
export function report(title: string, results: BenchResult[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| benchmark | median | min–max | runs | budget | budget/median |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
    const budget = r.budgetMs === undefined ? '—' : fmt(r.budgetMs);
    const ratio = r.budgetMs === undefined ? '—' : `${(r.budgetMs / r.medianMs).toFixed(1)}×`;
    console.log(`| ${r.name}${r.note ? ` (${r.note})` : ''} | ${fmt(r.medianMs)} | ${fmt(r.minMs)}–${fmt(r.maxMs)} | ${r.runs} | ${budget} | ${ratio} |`);
  }
}

/** {@link bench} for an async `fn` (file and database work): each call is awaited. */
export async function benchAsync(name: string, fn: () => Promise<unknown>, opts: { runs?: number; warmup?: number; budgetMs?: number; note?: (medianMs: number) => string } = {}): Promise<BenchResult> {
  const runs = opts.runs ?? 5;
  for (let i = 0; i < (opts.warmup ?? 1); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  return { name, medianMs, minMs: times[0], maxMs: times[times.length - 1], runs, budgetMs: opts.budgetMs, note: opts.note?.(medianMs) };
}

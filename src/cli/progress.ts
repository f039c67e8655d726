/**
 * A progress line on stderr: done/total, rate and time left, redrawn in place on a terminal
 * (at most every 200 ms) and printed every 10% otherwise; silent when disabled.
 */

/** A progress display for one stage. */
export class Progress {
  private readonly t0 = performance.now();
  private last = 0;
  private lastDecile = -1;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly write: ((s: string) => void) | null,
    private readonly tty: boolean,
  ) {}

  /** Reports `done` items. */
  update(done: number): void {
    if (!this.write) return;
    const now = performance.now();
    const decile = Math.floor((10 * done) / this.total);
    if (this.tty ? now - this.last < 200 && done < this.total : decile === this.lastDecile) return;
    this.last = now;
    this.lastDecile = decile;
    const s = (now - this.t0) / 1000;
    const rate = s > 0 ? done / s : 0;
    const left = rate > 0 ? (this.total - done) / rate : 0;
    const pct = ((100 * done) / this.total).toFixed(0).padStart(3);
    const line = `${this.label}: ${done}/${this.total} (${pct}%) ${fmtRate(rate)}/s, ${fmtTime(s)} elapsed, ${fmtTime(left)} left`;
    this.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  /** Ends the line. */
  done(): void {
    if (this.write && this.tty) this.write('\n');
  }
}

function fmtRate(r: number): string {
  return r >= 1e4 ? `${(r / 1e3).toFixed(1)}k` : r.toFixed(0);
}

function fmtTime(s: number): string {
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - 60 * m)} s`;
}

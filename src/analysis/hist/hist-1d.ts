import { EmissError } from '../../core/index.js';
import { checkBinning } from './check-binning.js';
import { rootAxisJson, rootTH1Base, type RootTH1Json } from './root-json.js';

/**
 * A 1D histogram with regular bins, weights and per-bin Σw² — the object model of ROOT's TH1D
 * (TH1.cxx), stored in two Float64Array of nBins + 2 cells: cell 0 is the underflow, cells
 * 1…nBins the bins, cell nBins + 1 the overflow.
 *
 * Binning follows TAxis::FindBin: bin = 1 + ⌊nBins·(x − lo)/(hi − lo)⌋; x < lo → underflow;
 * x ≥ hi or NaN → overflow. The statistics (fTsumw, fTsumw2, fTsumwx, fTsumwx2) sum in-range
 * fills only, as ROOT does by default; `entries` counts every fill (ROOT's fEntries).
 * A non-finite weight throws, so a histogram never holds NaN/Infinity.
 *
 * @example
 * const h = new Hist1D('e_ecal', 'ECAL energy', 100, 0, 150, 'E_{ECAL} [GeV]');
 * h.fill(42.0); h.fill(100.1, 0.5);
 * JSON.stringify(h.toRootJson()); // a TH1D that ROOT and JSROOT read
 */
export class Hist1D {
  readonly name: string;
  title: string;
  readonly nBins: number;
  readonly lo: number;
  readonly hi: number;
  axisTitle: string;
  yAxisTitle: string;
  /** Σw per cell, under/overflow included (length nBins + 2). */
  readonly contents: Float64Array;
  /** Σw² per cell, under/overflow included (length nBins + 2). */
  readonly sumw2: Float64Array;
  /** Number of fills, under/overflow included (ROOT's fEntries). */
  entries = 0;
  /** Σw over in-range fills (ROOT's fTsumw). */
  sumw = 0;
  /** Σw² over in-range fills (ROOT's fTsumw2). */
  sumw2Total = 0;
  /** Σw·x over in-range fills (ROOT's fTsumwx). */
  sumwx = 0;
  /** Σw·x² over in-range fills (ROOT's fTsumwx2). */
  sumwx2 = 0;
  private readonly scale_: number;

  /**
   * @param name - object name (ROOT's fName), used as a key in files.
   * @param title - plot title (ROOT's fTitle).
   * @param nBins - number of regular bins, ≥ 1.
   * @param lo - lower edge of bin 1, in the units of x.
   * @param hi - upper edge of bin nBins, > lo.
   * @param axisTitle - x-axis title, with units (`E_{ECAL} [GeV]`).
   * @param yAxisTitle - y-axis title (`events / 1.5 GeV`).
   */
  constructor(name: string, title: string, nBins: number, lo: number, hi: number, axisTitle = '', yAxisTitle = '') {
    checkBinning(nBins, lo, hi, `hist '${name}' x axis`);
    this.name = name;
    this.title = title;
    this.nBins = nBins;
    this.lo = lo;
    this.hi = hi;
    this.axisTitle = axisTitle;
    this.yAxisTitle = yAxisTitle;
    this.contents = new Float64Array(nBins + 2);
    this.sumw2 = new Float64Array(nBins + 2);
    this.scale_ = nBins / (hi - lo);
  }

  /** The cell of x: 0 underflow, 1…nBins, nBins + 1 overflow (TAxis::FindBin). */
  findBin(x: number): number {
    if (x < this.lo) return 0;
    if (!(x < this.hi)) return this.nBins + 1;
    const b = 1 + Math.floor((x - this.lo) * this.scale_);
    // Rounding can put x just below hi into nBins + 1; keep it in the last bin.
    return b > this.nBins ? this.nBins : b;
  }

  /** Adds weight w (default 1) at x. Throws `BAD_OPTION` on a non-finite weight. */
  fill(x: number, w = 1): void {
    if (!(w - w === 0)) throw new EmissError('BAD_OPTION', `hist '${this.name}' fill`, `weight ${w} is not finite`, 'a finite weight');
    const b = this.findBin(x);
    this.contents[b] += w;
    this.sumw2[b] += w * w;
    this.entries += 1;
    if (b > 0 && b <= this.nBins) {
      this.sumw += w;
      this.sumw2Total += w * w;
      this.sumwx += w * x;
      this.sumwx2 += w * x * x;
    }
  }

  /**
   * Fills the first n values of xs (default all) with weights ws (default 1). No allocation;
   * the loop runs over the typed arrays. Throws `BAD_OPTION` on a non-finite weight.
   */
  fillArray(xs: Float64Array, ws?: Float64Array, n = xs.length): void {
    if (n > xs.length) throw new EmissError('BAD_OPTION', `hist '${this.name}' fillArray`, `${n} entries asked, ${xs.length} values given`, `at most ${xs.length}`);
    if (ws !== undefined && ws.length < n) {
      throw new EmissError('BAD_OPTION', `hist '${this.name}' fillArray`, `weights hold ${ws.length} values for ${n} entries`, `at least ${n} weights`);
    }
    const { lo, hi, nBins, contents, sumw2 } = this;
    const k = this.scale_;
    let sw = 0, sw2 = 0, swx = 0, swx2 = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      const w = ws === undefined ? 1 : ws[i];
      if (!(w - w === 0)) throw new EmissError('BAD_OPTION', `hist '${this.name}' fillArray`, `weight ${w} at index ${i} is not finite`, 'finite weights');
      let b: number;
      if (x < lo) b = 0;
      else if (!(x < hi)) b = nBins + 1;
      else {
        b = 1 + Math.floor((x - lo) * k);
        if (b > nBins) b = nBins;
        sw += w;
        sw2 += w * w;
        swx += w * x;
        swx2 += w * x * x;
      }
      contents[b] += w;
      sumw2[b] += w * w;
    }
    this.entries += n;
    this.sumw += sw;
    this.sumw2Total += sw2;
    this.sumwx += swx;
    this.sumwx2 += swx2;
  }

  /** Empties the histogram (contents, Σw², statistics, entries). */
  reset(): void {
    this.contents.fill(0);
    this.sumw2.fill(0);
    this.entries = 0;
    this.sumw = 0;
    this.sumw2Total = 0;
    this.sumwx = 0;
    this.sumwx2 = 0;
  }

  /** Σw in cell i (0 underflow … nBins + 1 overflow). */
  binContent(i: number): number {
    return this.contents[i] ?? 0;
  }

  /** Statistical error √Σw² of cell i. */
  binError(i: number): number {
    return Math.sqrt(this.sumw2[i] ?? 0);
  }

  /** Bin width, in the units of x. */
  get binWidth(): number {
    return (this.hi - this.lo) / this.nBins;
  }

  /** Lower edge of bin i (1…nBins). */
  binLowEdge(i: number): number {
    return this.lo + (i - 1) * this.binWidth;
  }

  /** Centre of bin i (1…nBins). */
  binCenter(i: number): number {
    return this.lo + (i - 0.5) * this.binWidth;
  }

  /** Σw over bins first…last (default all in-range bins; pass 0 and nBins + 1 to include under/overflow). */
  integral(first = 1, last = this.nBins): number {
    let s = 0;
    for (let i = Math.max(0, first); i <= Math.min(this.nBins + 1, last); i++) s += this.contents[i];
    return s;
  }

  /** Σw² over bins first…last (the squared statistical error of {@link integral}). */
  integralSumw2(first = 1, last = this.nBins): number {
    let s = 0;
    for (let i = Math.max(0, first); i <= Math.min(this.nBins + 1, last); i++) s += this.sumw2[i];
    return s;
  }

  /** Weighted mean of the in-range fills, Σwx/Σw (TH1::GetMean from the fill statistics); 0 when empty. */
  mean(): number {
    return this.sumw === 0 ? 0 : this.sumwx / this.sumw;
  }

  /** Weighted standard deviation of the in-range fills, √(Σwx²/Σw − mean²) (TH1::GetStdDev); 0 when empty. */
  stdDev(): number {
    if (this.sumw === 0) return 0;
    const m = this.sumwx / this.sumw;
    return Math.sqrt(Math.max(0, this.sumwx2 / this.sumw - m * m));
  }

  /** Multiplies contents by c (Σw² by c²), as TH1::Scale(c); entries unchanged. */
  scale(c: number): this {
    if (!Number.isFinite(c)) throw new EmissError('BAD_OPTION', `hist '${this.name}' scale`, `factor ${c} is not finite`, 'a finite number');
    for (let i = 0; i < this.contents.length; i++) {
      this.contents[i] *= c;
      this.sumw2[i] *= c * c;
    }
    this.sumw *= c;
    this.sumw2Total *= c * c;
    this.sumwx *= c;
    this.sumwx2 *= c;
    return this;
  }

  /** Adds c·other bin by bin (TH1::Add); the binnings must be equal. */
  add(other: Hist1D, c = 1): this {
    if (other.nBins !== this.nBins || other.lo !== this.lo || other.hi !== this.hi) {
      throw new EmissError('BAD_OPTION', `hist '${this.name}' add`, `binning of '${other.name}' (${other.nBins}, ${other.lo}, ${other.hi}) differs`, `${this.nBins} bins on [${this.lo}, ${this.hi}]`);
    }
    if (!Number.isFinite(c)) throw new EmissError('BAD_OPTION', `hist '${this.name}' add`, `factor ${c} is not finite`, 'a finite number');
    for (let i = 0; i < this.contents.length; i++) {
      this.contents[i] += c * other.contents[i];
      this.sumw2[i] += c * c * other.sumw2[i];
    }
    this.entries += other.entries;
    this.sumw += c * other.sumw;
    this.sumw2Total += c * c * other.sumw2Total;
    this.sumwx += c * other.sumwx;
    this.sumwx2 += c * other.sumwx2;
    return this;
  }

  /** A deep copy, optionally renamed. */
  clone(name = this.name): Hist1D {
    const h = new Hist1D(name, this.title, this.nBins, this.lo, this.hi, this.axisTitle, this.yAxisTitle);
    h.add(this);
    return h;
  }

  /** The histogram as ROOT's TBufferJSON writes a TH1D (see {@link RootTH1Json}); JSON.stringify it to get the file. */
  toRootJson(): RootTH1Json {
    return rootTH1Base(
      'TH1D',
      this.name,
      this.title,
      [rootAxisJson('xaxis', this.axisTitle, this.nBins, this.lo, this.hi), rootAxisJson('yaxis', this.yAxisTitle, 1, 0, 1), rootAxisJson('zaxis', '', 1, 0, 1)],
      this.contents,
      this.sumw2,
      { entries: this.entries, tsumw: this.sumw, tsumw2: this.sumw2Total, tsumwx: this.sumwx, tsumwx2: this.sumwx2 },
    );
  }
}

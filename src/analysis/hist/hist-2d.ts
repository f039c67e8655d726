import { EmissError } from '../../core/index.js';
import { checkBinning } from './check-binning.js';
import { rootAxisJson, rootTH1Base, type RootTH2Json } from './root-json.js';

/**
 * A 2D histogram with regular bins, weights and per-cell Σw² — the object model of ROOT's TH2D
 * (TH2.cxx). Contents and Σw² are Float64Array of (nx + 2)·(ny + 2) cells, under/overflow
 * included, cell = ix + (nx + 2)·iy as TH1::GetBin(ix, iy). Binning per axis as TAxis::FindBin
 * (x < lo → 0; x ≥ hi or NaN → n + 1). The statistics (fTsumw, fTsumwx, fTsumwy, fTsumwxy, …)
 * sum fills inside both axis ranges only, as TH2::Fill does; `entries` counts every fill.
 *
 * @example
 * const h = new Hist2D('ecal_hcal', 'E_{ECAL} vs E_{HCAL}', 150, 0, 150, 150, 0, 150, 'E_{ECAL} [GeV]', 'E_{HCAL} [GeV]');
 * h.fill(30, 68, 1.0);
 */
export class Hist2D {
  readonly name: string;
  title: string;
  readonly nx: number;
  readonly xlo: number;
  readonly xhi: number;
  readonly ny: number;
  readonly ylo: number;
  readonly yhi: number;
  xTitle: string;
  yTitle: string;
  zTitle: string;
  /** Σw per cell, (nx + 2)·(ny + 2) cells, cell = ix + (nx + 2)·iy. */
  readonly contents: Float64Array;
  /** Σw² per cell. */
  readonly sumw2: Float64Array;
  /** Number of fills, out-of-range included (ROOT's fEntries). */
  entries = 0;
  /** Σw of in-range fills (fTsumw). */
  sumw = 0;
  /** Σw² of in-range fills (fTsumw2). */
  sumw2Total = 0;
  /** Σw·x (fTsumwx). */
  sumwx = 0;
  /** Σw·x² (fTsumwx2). */
  sumwx2 = 0;
  /** Σw·y (fTsumwy). */
  sumwy = 0;
  /** Σw·y² (fTsumwy2). */
  sumwy2 = 0;
  /** Σw·x·y (fTsumwxy). */
  sumwxy = 0;
  private readonly kx: number;
  private readonly ky: number;

  /**
   * @param name - object name (fName).
   * @param title - plot title (fTitle).
   * @param nx - bins in x, ≥ 1.
   * @param xlo - lower edge of x bin 1, in the units of x.
   * @param xhi - upper edge of x bin nx, > xlo.
   * @param ny - bins in y, ≥ 1.
   * @param ylo - lower edge of y bin 1.
   * @param yhi - upper edge of y bin ny, > ylo.
   * @param xTitle - x-axis title with units (`E_{ECAL} [GeV]`).
   * @param yTitle - y-axis title with units.
   * @param zTitle - z (content) title (`events`).
   */
  constructor(name: string, title: string, nx: number, xlo: number, xhi: number, ny: number, ylo: number, yhi: number, xTitle = '', yTitle = '', zTitle = '') {
    checkBinning(nx, xlo, xhi, `hist '${name}' x axis`);
    checkBinning(ny, ylo, yhi, `hist '${name}' y axis`);
    if ((nx + 2) * (ny + 2) > 1e8) {
      throw new EmissError('BAD_OPTION', `hist '${name}'`, `${nx}×${ny} bins is too many cells`, 'at most 1e8 cells');
    }
    this.name = name;
    this.title = title;
    this.nx = nx;
    this.xlo = xlo;
    this.xhi = xhi;
    this.ny = ny;
    this.ylo = ylo;
    this.yhi = yhi;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.zTitle = zTitle;
    this.contents = new Float64Array((nx + 2) * (ny + 2));
    this.sumw2 = new Float64Array((nx + 2) * (ny + 2));
    this.kx = nx / (xhi - xlo);
    this.ky = ny / (yhi - ylo);
  }

  /** The x bin of x: 0 underflow, 1…nx, nx + 1 overflow. */
  findBinX(x: number): number {
    if (x < this.xlo) return 0;
    if (!(x < this.xhi)) return this.nx + 1;
    const b = 1 + Math.floor((x - this.xlo) * this.kx);
    return b > this.nx ? this.nx : b;
  }

  /** The y bin of y: 0 underflow, 1…ny, ny + 1 overflow. */
  findBinY(y: number): number {
    if (y < this.ylo) return 0;
    if (!(y < this.yhi)) return this.ny + 1;
    const b = 1 + Math.floor((y - this.ylo) * this.ky);
    return b > this.ny ? this.ny : b;
  }

  /** The cell index of (ix, iy) (TH1::GetBin). */
  cell(ix: number, iy: number): number {
    return ix + (this.nx + 2) * iy;
  }

  /** Adds weight w (default 1) at (x, y). Throws `BAD_OPTION` on a non-finite weight. */
  fill(x: number, y: number, w = 1): void {
    if (!(w - w === 0)) throw new EmissError('BAD_OPTION', `hist '${this.name}' fill`, `weight ${w} is not finite`, 'a finite weight');
    const ix = this.findBinX(x);
    const iy = this.findBinY(y);
    const c = ix + (this.nx + 2) * iy;
    this.contents[c] += w;
    this.sumw2[c] += w * w;
    this.entries += 1;
    if (ix > 0 && ix <= this.nx && iy > 0 && iy <= this.ny) {
      this.sumw += w;
      this.sumw2Total += w * w;
      this.sumwx += w * x;
      this.sumwx2 += w * x * x;
      this.sumwy += w * y;
      this.sumwy2 += w * y * y;
      this.sumwxy += w * x * y;
    }
  }

  /** Fills the first n pairs (xs[i], ys[i]) with weights ws (default 1); loops over the typed arrays. */
  fillArrays(xs: Float64Array, ys: Float64Array, ws?: Float64Array, n = xs.length): void {
    if (xs.length < n || ys.length < n || (ws !== undefined && ws.length < n)) {
      throw new EmissError('BAD_OPTION', `hist '${this.name}' fillArrays`, `arrays shorter than ${n} entries (x ${xs.length}, y ${ys.length}, w ${ws?.length ?? '-'})`, `at least ${n} values each`);
    }
    for (let i = 0; i < n; i++) this.fill(xs[i], ys[i], ws === undefined ? 1 : ws[i]);
  }

  /** Empties the histogram. */
  reset(): void {
    this.contents.fill(0);
    this.sumw2.fill(0);
    this.entries = 0;
    this.sumw = this.sumw2Total = this.sumwx = this.sumwx2 = this.sumwy = this.sumwy2 = this.sumwxy = 0;
  }

  /** Σw in bin (ix, iy), 0…n + 1 on each axis. */
  binContent(ix: number, iy: number): number {
    return this.contents[this.cell(ix, iy)] ?? 0;
  }

  /** Statistical error √Σw² of bin (ix, iy). */
  binError(ix: number, iy: number): number {
    return Math.sqrt(this.sumw2[this.cell(ix, iy)] ?? 0);
  }

  /** Centre of x bin ix (1…nx). */
  binCenterX(ix: number): number {
    return this.xlo + ((ix - 0.5) * (this.xhi - this.xlo)) / this.nx;
  }

  /** Centre of y bin iy (1…ny). */
  binCenterY(iy: number): number {
    return this.ylo + ((iy - 0.5) * (this.yhi - this.ylo)) / this.ny;
  }

  /** Σw over bins ix1…ix2 × iy1…iy2 (defaults: all in-range bins). */
  integral(ix1 = 1, ix2 = this.nx, iy1 = 1, iy2 = this.ny): number {
    let s = 0;
    for (let iy = Math.max(0, iy1); iy <= Math.min(this.ny + 1, iy2); iy++) {
      for (let ix = Math.max(0, ix1); ix <= Math.min(this.nx + 1, ix2); ix++) s += this.contents[this.cell(ix, iy)];
    }
    return s;
  }

  /** Multiplies contents by c (Σw² by c²), as TH1::Scale(c). */
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
    this.sumwy *= c;
    this.sumwy2 *= c;
    this.sumwxy *= c;
    return this;
  }

  /** Adds c·other cell by cell (TH1::Add); the binnings must be equal. */
  add(other: Hist2D, c = 1): this {
    if (other.nx !== this.nx || other.ny !== this.ny || other.xlo !== this.xlo || other.xhi !== this.xhi || other.ylo !== this.ylo || other.yhi !== this.yhi) {
      throw new EmissError('BAD_OPTION', `hist '${this.name}' add`, `binning of '${other.name}' differs`, 'equal binning');
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
    this.sumwy += c * other.sumwy;
    this.sumwy2 += c * other.sumwy2;
    this.sumwxy += c * other.sumwxy;
    return this;
  }

  /** A deep copy, optionally renamed. */
  clone(name = this.name): Hist2D {
    const h = new Hist2D(name, this.title, this.nx, this.xlo, this.xhi, this.ny, this.ylo, this.yhi, this.xTitle, this.yTitle, this.zTitle);
    h.add(this);
    return h;
  }

  /** The histogram as ROOT's TBufferJSON writes a TH2D (see {@link RootTH2Json}). */
  toRootJson(): RootTH2Json {
    const base = rootTH1Base(
      'TH2D',
      this.name,
      this.title,
      [
        rootAxisJson('xaxis', this.xTitle, this.nx, this.xlo, this.xhi),
        rootAxisJson('yaxis', this.yTitle, this.ny, this.ylo, this.yhi),
        rootAxisJson('zaxis', this.zTitle, 1, 0, 1),
      ],
      this.contents,
      this.sumw2,
      { entries: this.entries, tsumw: this.sumw, tsumw2: this.sumw2Total, tsumwx: this.sumwx, tsumwx2: this.sumwx2 },
    );
    // Member order as TBufferJSON writes TH2D: TH1 members, then fScalefactor, fTsumwy, fTsumwy2, fTsumwxy, then fArray.
    const { fArray, ...th1 } = base;
    return { ...th1, fScalefactor: 1, fTsumwy: this.sumwy, fTsumwy2: this.sumwy2, fTsumwxy: this.sumwxy, fArray };
  }
}

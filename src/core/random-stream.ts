/**
 * Seeded random streams. A stream is keyed by (seed, event, substream): its numbers depend on
 * nothing else, so an event is simulated identically whatever the thread, shard or order in
 * which it runs. Built on Threefry-2×32 with 13 rounds (the smallest count that passes
 * TestU01 BigCrush, Salmon et al. SC'11 Table 2), counter = (draw index, substream).
 *
 * Distributions: uniform (32- and 53-bit), normal (Box–Muller; and a fast 16-bit
 * inverse-CDF table for electronics noise), exponential, Poisson (inversion below mean 30,
 * Hörmann's PTRS above: W. Hörmann, Insurance Math. Econom. 12 (1993) 39), gamma
 * (Marsaglia & Tsang, ACM TOMS 26 (2000) 363).
 */
import { threefry2x32r13 } from './threefry.js';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

const INV32 = 1 / 4294967296;

// Normal quantiles at the midpoints of 65 536 equal-probability cells: a 16-bit draw → N(0,1).
let NORMAL_TABLE: Float32Array | undefined;
function normalTable(): Float32Array {
  if (!NORMAL_TABLE) {
    NORMAL_TABLE = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) NORMAL_TABLE[i] = normalQuantile((i + 0.5) / 65536, 0, 1);
  }
  return NORMAL_TABLE;
}

/** A random stream for one (seed, event, substream). */
export class RandomStream {
  private readonly k0: number;
  private readonly k1: number;
  private readonly sub: number;
  private counter = 0;
  private readonly out = new Uint32Array(2);
  private buffered = false;
  private spareNormal = Number.NaN;
  private spare16 = -1;
  private readonly table = normalTable();

  /** seed, event and substream are unsigned 32-bit integers (event may be up to 2^53: its high bits are folded in). */
  constructor(seed: number, event: number, substream = 0) {
    this.k0 = seed >>> 0;
    this.k1 = (event >>> 0) ^ Math.floor(event / 4294967296);
    this.sub = substream >>> 0;
  }

  /** Restarts the stream for another event (no allocation; used in hot loops). */
  static reset(s: RandomStream, seed: number, event: number, substream = 0): RandomStream {
    (s as unknown as { k0: number }).k0 = seed >>> 0;
    (s as unknown as { k1: number }).k1 = (event >>> 0) ^ Math.floor(event / 4294967296);
    (s as unknown as { sub: number }).sub = substream >>> 0;
    s.counter = 0;
    s.buffered = false;
    s.spareNormal = Number.NaN;
    s.spare16 = -1;
    return s;
  }

  /** The next raw 32-bit unsigned integer. */
  uint32(): number {
    if (this.buffered) {
      this.buffered = false;
      return this.out[1];
    }
    threefry2x32r13(this.k0, this.k1, this.counter++, this.sub, this.out);
    this.buffered = true;
    return this.out[0];
  }

  /** Uniform in (0, 1), 32-bit resolution (never 0 or 1). */
  uniform(): number {
    return (this.uint32() + 0.5) * INV32;
  }

  /** Uniform in (0, 1) with 53-bit resolution. */
  uniform53(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b + 0.5) / 9007199254740992;
  }

  /** Standard normal (Box–Muller, pairs cached). */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const v = this.spareNormal;
      this.spareNormal = Number.NaN;
      return v;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const phi = 2 * Math.PI * this.uniform();
    this.spareNormal = r * Math.sin(phi);
    return r * Math.cos(phi);
  }

  /** Standard normal from a 16-bit table of quantiles (|error| < 1e-4 within ±4σ, tails cut at ±4.4σ): electronics noise. */
  normalFast(): number {
    if (this.spare16 >= 0) {
      const v = this.table[this.spare16];
      this.spare16 = -1;
      return v;
    }
    const u = this.uint32();
    this.spare16 = u >>> 16;
    return this.table[u & 0xffff];
  }

  /** Exponential with mean 1. */
  exponential(): number {
    return -Math.log(this.uniform());
  }

  /** Poisson with the given mean ≥ 0. */
  poisson(mean: number): number {
    if (!(mean > 0)) return 0;
    if (mean < 30) {
      // Inversion by sequential search.
      let k = 0;
      let p = Math.exp(-mean);
      let s = p;
      const u = this.uniform53();
      while (u > s && k < 1000) {
        k++;
        p *= mean / k;
        s += p;
      }
      return k;
    }
    // PTRS (Hörmann 1993): transformed rejection with squeeze.
    const slam = Math.sqrt(mean);
    const loglam = Math.log(mean);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = this.uniform() - 0.5;
      const V = this.uniform();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor(((2 * a) / us + b) * U + mean + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - lgammaPlus1(k)) return k;
    }
  }

  /** Gamma(shape, 1) for shape > 0 (Marsaglia–Tsang; shape < 1 by the boost u^{1/shape}). */
  gamma(shape: number): number {
    return this.gammaWith(shape, false);
  }

  /** Gamma(shape, 1) drawing its normals from the fast 16-bit table (shower profiles, hot loops). */
  gammaFast(shape: number): number {
    return this.gammaWith(shape, true);
  }

  private gammaWith(shape: number, fast: boolean): number {
    if (shape < 1) return this.gammaWith(shape + 1, fast) * Math.pow(this.uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = fast ? this.normalFast() : this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }
}

// ln(k!) by Stirling's series (exact table below 10), for PTRS.
const LOGFACT = [0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046, 6.579251212010101, 8.525161361065415, 10.60460290274525, 12.801827480081469];
function lgammaPlus1(k: number): number {
  if (k < 10) return LOGFACT[k];
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/**
 * The cluster of strips that a charged track fires in a Micromegas or GEM plane.
 *
 *  - Position: the avalanche charge is centred at c = u + σ_res·z (u the crossing, σ_res the
 *    setup's resolutionCm: primary-ionization and diffusion fluctuations of the charge centre)
 *    and spread over the strips as a Gaussian of width σ_cl = clusterSigmaPitch·pitch (transverse
 *    diffusion in the drift gap and the spread of the induced charge; 1 pitch = 250 µm for
 *    NA64's Micromegas, an estimate, giving clusters of ~5 strips above threshold). Strip i, covering
 *    [i, i + 1) pitches, gets the share Φ((i + 1 − c)/σ_cl) − Φ((i − c)/σ_cl). With σ_cl ≈ pitch
 *    the charge-weighted centroid is unbiased to < 1% of a pitch, so its resolution is ≈ σ_res.
 *  - Charge: Landau-like, approximated by the Moyal distribution (J.E. Moyal, Phil. Mag. 46
 *    (1955) 263), Q = gain·(MPV + ξ·λ) with λ standard Moyal (mode 0), sampled exactly as
 *    λ = −2 ln|z|, z ~ N(0, 1) (if λ is Moyal, e^{−λ} is χ² with one degree of freedom). ξ/MPV =
 *    0.2 gives FWHM/MPV ≈ 0.7 (Moyal FWHM ≈ 3.6ξ): an estimate for a few mm of gas, where the
 *    straggling function is wide (PDG RPP 2024, Passage of particles through matter,
 *    "Fluctuations in energy loss"); the Moyal tail is exponential, lighter than Landau's
 *    power law, and gas gain fluctuations are folded in.
 *  - Read-out: per strip a Gaussian noise, a threshold and a 12-bit range (APV-25-like, an
 *    estimate); one time per cluster.
 */
import type { RandomStream } from '../../core/index.js';

/** Parameters of the strip read-out (all estimates; docs/sim-response.md). */
export interface StripResponse {
  /** Width σ_cl of the charge spread, in strip pitches (1.0). */
  clusterSigmaPitch: number;
  /** Most probable cluster charge [ADC counts] at gain 1 (600). */
  mpvAdc: number;
  /** Moyal scale ξ as a fraction of the MPV (0.2). */
  landauScaleFraction: number;
  /** Noise per strip [ADC counts, RMS] (4). */
  noiseAdc: number;
  /** Strip threshold [ADC counts] (12 = 3σ of the noise). */
  thresholdAdc: number;
  /** Largest strip charge [ADC counts] (4095, 12 bits). */
  adcMax: number;
  /** Time window of the strip read-out, centred on the trigger [ns] (150): noise hits are uniform in it. */
  windowNs: number;
}

/** Default strip read-out parameters. */
export const STRIP_RESPONSE: Readonly<StripResponse> = Object.freeze({
  clusterSigmaPitch: 1.0,
  mpvAdc: 600,
  landauScaleFraction: 0.2,
  noiseAdc: 4,
  thresholdAdc: 12,
  adcMax: 4095,
  windowNs: 150,
});

/** A standard Moyal variate λ = −2 ln|z| (mode 0, mean γ_E + ln 2 ≈ 1.27, variance π²/2). */
export function moyal(rng: RandomStream): number {
  const z = rng.normal();
  return -2 * Math.log(Math.abs(z) + 1e-300);
}

/**
 * Standard normal CDF Φ(x) = erfc(−x/√2)/2, erfc by the Chebyshev fit of Numerical Recipes in
 * C, 2nd ed. (1992) §6.2 (erfcc), fractional error < 1.2e-7 everywhere.
 */
export function normalCdf(x: number): number {
  const v = -x * Math.SQRT1_2;
  const z = Math.abs(v);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return 0.5 * (v >= 0 ? r : 2 - r);
}

/** Half-width of the cluster span in σ_cl: beyond ±3σ a strip gets < 0.14% of the charge (< 1 ADC count at the MPV, far below the threshold). */
const SPAN_SIGMAS = 3;

/** Largest number of strips a cluster can fire for a width σ (in pitches): the ±3σ span. */
export function maxClusterStrips(sigmaPitch: number): number {
  return 2 * Math.ceil(SPAN_SIGMAS * sigmaPitch) + 2;
}

// Φ tabulated on [−6, 6] with step 1/128 for the event loop: linear interpolation error
// h²·max|φ'|/8 < 2e-6 (an exp per strip costs more than the rest of the cluster).
const PHI_LIMIT = 6;
const PHI_PER_UNIT = 128;
const PHI_TABLE = new Float64Array(2 * PHI_LIMIT * PHI_PER_UNIT + 2);
for (let i = 0; i < PHI_TABLE.length; i++) PHI_TABLE[i] = normalCdf(i / PHI_PER_UNIT - PHI_LIMIT);

/** Φ(x) from the table (|error| < 2e-6). */
function fastNormalCdf(x: number): number {
  if (x <= -PHI_LIMIT) return 0;
  if (x >= PHI_LIMIT) return 1;
  const u = (x + PHI_LIMIT) * PHI_PER_UNIT;
  const i = u | 0;
  return PHI_TABLE[i] + (u - i) * (PHI_TABLE[i + 1] - PHI_TABLE[i]);
}

/**
 * Spreads a charge chargeAdc [ADC counts] centred at centerPitch (in pitches from the edge of
 * strip 0) over the strips of a plane of nStrips, adds noise, applies the threshold and the
 * range of p; writes the strips that pass (index and integer charge) to outStrip/outCharge
 * (length ≥ maxClusterStrips) and returns their number. Strips within ±3σ_cl of the centre
 * are considered; one normalFast per strip (none if p.noiseAdc = 0).
 */
export function spreadCluster(centerPitch: number, chargeAdc: number, nStrips: number, p: StripResponse, rng: RandomStream, outStrip: Int32Array, outCharge: Uint16Array): number {
  const sigma = p.clusterSigmaPitch;
  let first = Math.floor(centerPitch - SPAN_SIGMAS * sigma);
  let last = Math.floor(centerPitch + SPAN_SIGMAS * sigma);
  if (first < 0) first = 0;
  if (last > nStrips - 1) last = nStrips - 1;
  const inv = 1 / sigma;
  let n = 0;
  let lower = fastNormalCdf((first - centerPitch) * inv);
  for (let i = first; i <= last; i++) {
    const upper = fastNormalCdf((i + 1 - centerPitch) * inv);
    let q = chargeAdc * (upper - lower);
    lower = upper;
    if (p.noiseAdc > 0) q += p.noiseAdc * rng.normalFast();
    // Round half up (negative charges to 0: a strip below the pedestal reads 0).
    const r = q <= 0 ? 0 : q >= p.adcMax ? p.adcMax : (q + 0.5) | 0;
    if (r < p.thresholdAdc) continue;
    outStrip[n] = i;
    outCharge[n] = r;
    n++;
  }
  return n;
}

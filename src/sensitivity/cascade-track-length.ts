/**
 * Track lengths of electrons, positrons and photons in an electromagnetic cascade, from the
 * one-dimensional cascade equations of shower theory in Rossi's approximation B: complete-
 * screening bremsstrahlung and pair production, a constant ionization loss ε (the critical
 * energy) per radiation length, no Compton scattering (B. Rossi, High-Energy Particles, 1952,
 * §5.5; B. Rossi, K. Greisen, Rev. Mod. Phys. 13 (1941) 240). Cross sections per X0 (PDG RPP
 * 2024 §34.4.2 eqs. (34.29), (34.31), leading terms):
 *   bremsstrahlung  φ(v) = (1/v)(4/3 − 4v/3 + v²),  v = k/E
 *   pair production ψ(u) = 1 − (4/3)u(1 − u),       u = E_e/k,  σ₀ = ∫ψ = 7/9
 *
 * Rossi solved these equations with Mellin transforms for E ≪ E0; we solve them numerically on
 * a logarithmic energy grid (hand-written: no library solves cascade equations), which is exact
 * for the spectrum near E0 where NA64's signal lies. Particles only lose energy, so in bin order
 * the equations are triangular: bin k depends on higher bins and, within the bin, on the
 * e± ↔ γ exchange of nearly all the energy, a 3 × 3 system solved exactly.
 * Soft photons that do not change the electron's bin are a continuous loss (a drift to the next
 * bin at the rate (∫₀^{v_s} vφ dv + ε/E)/h per X0, h the bin width in ln E).
 *  - Infinite thickness: the depth-integrated equations −A Λ = source are solved directly.
 *  - Finite thickness: dπ/dt = A π is integrated with the Crank–Nicolson scheme and the track
 *    length summed by the trapezoid rule (whose thick limit is again exactly −A⁻¹ source).
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import { EmissError } from '../core/index.js';

/** Options of {@link cascadeTrackLength}. */
export interface CascadeOptions {
  /** Energy of the incident particle E0 [GeV]. */
  beamEnergyGeV: number;
  /** Lowest energy of the spectrum [GeV] (particles below are not followed). */
  minEnergyGeV: number;
  /** Target thickness [X0] (default Infinity: the whole shower). */
  thicknessX0?: number;
  /** Ionization loss per X0, the critical energy ε [GeV] (default 0: approximation A). */
  criticalEnergyGeV?: number;
  /** The incident particle (default 'electron'). */
  primary?: 'electron' | 'positron' | 'photon';
  /** Follow pair production (default true); false keeps only the primary e± (its energy degradation). */
  pairProduction?: boolean;
  /** Bin width in ln E (default 0.004). */
  logStep?: number;
}

/** Track lengths [X0] per bin, bins in increasing energy. */
export interface CascadeSpectrum {
  readonly edgesGeV: Float64Array;
  readonly electronX0: Float64Array;
  readonly positronX0: Float64Array;
  readonly photonX0: Float64Array;
}

// Integrals of the spectra (leading complete-screening terms).
const phiInt = (a: number, b: number): number => (4 / 3) * Math.log(b / a) - (4 / 3) * (b - a) + 0.5 * (b * b - a * a);
const vPhiInt = (b: number): number => (4 / 3) * b - (2 / 3) * b * b + (b * b * b) / 3; // ∫₀^b vφ(v) dv
const psiInt = (a: number, b: number): number => b - a - (2 / 3) * (b * b - a * a) + (4 / 9) * (b * b * b - a * a * a);
const SIGMA0 = 7 / 9;

interface Transfer {
  /** Electron (or positron) bin offset after the emission (0: stays, handled as drift). */
  d: number;
  /** Photon bin offset (relative to the parent's bin), or −1 when below the grid. */
  l: number;
  /** Rate per X0. */
  rate: number;
}

/**
 * Transfers of a radiating e± from one bin: the v axis is cut at the electron-side boundaries
 * v = 1 − e^{−(d − ½)h} and the photon-side boundaries v = e^{−(l + ½)h}; each piece moves the
 * lepton by d bins and creates a photon l bins below.
 */
function bremsTransfers(h: number, nBins: number): { list: Transfer[]; softLoss: number } {
  const cuts = new Set<number>();
  for (let d = 1; d <= nBins + 1; d++) cuts.add(1 - Math.exp(-(d - 0.5) * h));
  for (let l = 0; l <= nBins + 1; l++) cuts.add(Math.exp(-(l + 0.5) * h));
  // Photons with v below e^{−(n+½)h} fall below the grid; below v_s the lepton keeps its bin
  // (soft emission, a drift), so pieces under both bounds matter to nobody.
  const vs = 1 - Math.exp(-0.5 * h);
  const vLow = Math.min(vs, Math.exp(-(nBins + 0.5) * h));
  cuts.add(vLow);
  cuts.add(1);
  const sorted = [...cuts].filter((v) => v >= vLow && v <= 1).sort((a, b) => a - b);
  const list: Transfer[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    const mid = 0.5 * (a + b);
    const d = Math.round(-Math.log(1 - mid) / h); // centre moves from c to c(1 − v)
    const l = Math.round(-Math.log(mid) / h);
    const rate = phiInt(a, b);
    if (rate > 0) list.push({ d, l: l <= nBins ? l : -1, rate });
  }
  return { list, softLoss: vPhiInt(vs) };
}

/** Pair-production transfers from a photon bin: e− (and, symmetrically, e+) offset d with its rate. */
function pairTransfers(h: number, nBins: number): Float64Array {
  const rates = new Float64Array(nBins + 1);
  for (let d = 0; d <= nBins; d++) {
    const hi = Math.min(1, Math.exp(-(d - 0.5) * h));
    const lo = Math.exp(-(d + 0.5) * h);
    rates[d] = psiInt(lo, hi);
  }
  return rates;
}

/** Solves the cascade equations; see the module comment. Track lengths in X0 per incident particle. */
export function cascadeTrackLength(o: CascadeOptions): CascadeSpectrum {
  const E0 = o.beamEnergyGeV;
  const Emin = o.minEnergyGeV;
  const T = o.thicknessX0 ?? Number.POSITIVE_INFINITY;
  const eps = o.criticalEnergyGeV ?? 0;
  const h = o.logStep ?? 0.004;
  const withPairs = o.pairProduction ?? true;
  if (!(E0 > 0 && Number.isFinite(E0))) throw new EmissError('BAD_OPTION', 'beamEnergyGeV', `${E0} must be a positive energy`, '> 0');
  if (!(Emin > 0 && Emin < E0)) throw new EmissError('BAD_OPTION', 'minEnergyGeV', `${Emin} must lie between 0 and the beam energy ${E0}`, `0 < E < ${E0}`);
  if (!(T > 0)) throw new EmissError('BAD_OPTION', 'thicknessX0', `${T} must be > 0`, '> 0');
  if (!(h > 0 && h <= 0.1)) throw new EmissError('BAD_OPTION', 'logStep', `${h} must be in (0, 0.1]`, '(0, 0.1]');
  const n = Math.ceil(Math.log(E0 / Emin) / h);
  // Internal index i = 0 is the top bin [E0 e^{−h}, E0]; centre c_i = E0 e^{−(i+½)h}.
  const centre = new Float64Array(n);
  for (let i = 0; i < n; i++) centre[i] = E0 * Math.exp(-(i + 0.5) * h);
  const { list: brems, softLoss } = bremsTransfers(h, n);
  const pair = pairTransfers(h, n);
  const p0 = withPairs ? pair[0] : 0; // γ → e± staying in the same bin
  let b0 = 0; // e± → γ in the same bin (v ≈ 1)
  let hardOut = 0; // e± leaving the bin by a hard emission
  for (const t of brems) {
    if (t.l === 0) b0 += t.rate;
    if (t.d >= 1) hardOut += t.rate;
  }
  const drift = new Float64Array(n);
  for (let i = 0; i < n; i++) drift[i] = (softLoss + eps / centre[i]) / h;
  const sigma0 = withPairs ? SIGMA0 : 0;

  // x = [e−, e+, γ] per bin. applyA: out = A x (gains − losses); solve: (s I − A) x = rhs.
  const size = 3 * n;
  function applyA(x: Float64Array, out: Float64Array): void {
    out.fill(0);
    for (let i = 0; i < n; i++) {
      for (let sp = 0; sp < 2; sp++) {
        const v = x[3 * i + sp];
        if (v === 0) continue;
        out[3 * i + sp] -= v * (hardOut + drift[i]);
        if (i + 1 < n) out[3 * (i + 1) + sp] += v * drift[i];
        for (const t of brems) {
          if (t.d >= 1 && i + t.d < n) out[3 * (i + t.d) + sp] += v * t.rate;
          if (withPairs && t.l >= 0 && i + t.l < n) out[3 * (i + t.l) + 2] += v * t.rate;
        }
      }
      const g = x[3 * i + 2];
      if (g !== 0 && withPairs) {
        out[3 * i + 2] -= g * sigma0;
        for (let d = 0; d < n - i; d++) {
          out[3 * (i + d)] += g * pair[d];
          out[3 * (i + d) + 1] += g * pair[d];
        }
      }
    }
  }
  const inflow = new Float64Array(size);
  function solve(s: number, rhs: Float64Array, x: Float64Array): void {
    inflow.set(rhs);
    const re = s + hardOut;
    for (let i = 0; i < n; i++) {
      const ree = re + drift[i];
      const inE = inflow[3 * i];
      const inP = inflow[3 * i + 1];
      const inG = inflow[3 * i + 2];
      // (s + R_e) x_e = In_e + p0 x_γ;  (s + σ0) x_γ = In_γ + b0 (x_e− + x_e+)
      const g = withPairs ? (inG + (b0 * (inE + inP)) / ree) / (s + sigma0 - (2 * p0 * b0) / ree) : 0;
      const xe = (inE + p0 * g) / ree;
      const xp = (inP + p0 * g) / ree;
      x[3 * i] = xe;
      x[3 * i + 1] = xp;
      x[3 * i + 2] = g;
      // Distribute the outflow of this bin to the lower bins.
      const lep = xe + xp;
      if (i + 1 < n) {
        inflow[3 * (i + 1)] += xe * drift[i];
        inflow[3 * (i + 1) + 1] += xp * drift[i];
      }
      for (const t of brems) {
        if (t.d >= 1 && i + t.d < n) {
          inflow[3 * (i + t.d)] += xe * t.rate;
          inflow[3 * (i + t.d) + 1] += xp * t.rate;
        }
        if (withPairs && t.l >= 1 && i + t.l < n) inflow[3 * (i + t.l) + 2] += lep * t.rate;
      }
      if (withPairs && g !== 0) {
        for (let d = 1; d < n - i; d++) {
          inflow[3 * (i + d)] += g * pair[d];
          inflow[3 * (i + d) + 1] += g * pair[d];
        }
      }
    }
  }

  const source = new Float64Array(size);
  source[o.primary === 'positron' ? 1 : o.primary === 'photon' ? 2 : 0] = 1;
  const lengths = new Float64Array(size);
  // Beyond the depth where a primary electron has surely fallen below E_min (Bethe–Heitler
  // survival probability P(bT, ln(E0/E_min)) < 1e-12, see tsai-primary-track-length.ts), the
  // finite target is the infinite one.
  const survival = Number.isFinite(T) ? gammainc(Math.log(E0 / Emin), (4 / 3) * T) : 0;
  if (!Number.isFinite(T) || (survival < 1e-12 && o.primary !== 'photon')) {
    solve(0, source, lengths);
  } else {
    // Crank–Nicolson in depth: (2/Δt − A) π' = (2/Δt + A) π; the track length is Σ (π + π')Δt/2.
    // The primary starts as 1 particle spread over the top bin.
    const dt = Math.min(0.05, T / 200);
    let pi: Float64Array = new Float64Array(size);
    // Entering the top bin at t = 0: its population density is the source itself.
    pi.set(source);
    const Api = new Float64Array(size);
    const rhs = new Float64Array(size);
    let next: Float64Array = new Float64Array(size);
    let depth = 0;
    while (depth < T) {
      const step = Math.min(dt, T - depth);
      applyA(pi, Api);
      for (let k = 0; k < size; k++) rhs[k] = (2 / step) * pi[k] + Api[k];
      solve(2 / step, rhs, next);
      let alive = 0;
      for (let k = 0; k < size; k++) {
        lengths[k] += 0.5 * step * (pi[k] + next[k]);
        alive += next[k];
      }
      [pi, next] = [next, pi];
      depth += step;
      if (alive < 1e-12) break;
    }
  }
  // Reorder to increasing energy.
  const edgesGeV = new Float64Array(n + 1);
  const electronX0 = new Float64Array(n);
  const positronX0 = new Float64Array(n);
  const photonX0 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = n - 1 - i;
    electronX0[k] = lengths[3 * i];
    positronX0[k] = lengths[3 * i + 1];
    photonX0[k] = lengths[3 * i + 2];
  }
  for (let k = 0; k <= n; k++) edgesGeV[k] = E0 * Math.exp(-(n - k) * h);
  edgesGeV[n] = E0;
  return { edgesGeV, electronX0, positronX0, photonX0 };
}

/**
 * The number of bosons X produced by bremsstrahlung per beam particle in a thick target,
 *   N_X/EOT = Σ_j n_j ∫ dE (dL/dE)(E) σ_j(E; E_X > E_cut),
 * summed over the target's elements j (atom densities n_j [1/cm³]) and over e− and e+ track
 * length (BEST arXiv:0906.0580 eq. (9); Gninenko et al. arXiv:1604.08432 eq. (2)).
 * The track length may come from analytic shower theory or from the simulation's tally.
 *
 * σ_j(E) is computed at a few electron energies, spaced logarithmically in E − E_cut (where it
 * rises from zero at the threshold), and interpolated linearly in ln(E − E_cut) onto the bins.
 */
import { EmissError } from '../core/index.js';
import { atomDensities, bremsKernel } from '../physics/index.js';
import type { BremsMethod, BremsPrecision, Material, MediatorKind } from '../physics/index.js';
import type { TrackLengthSpectrum } from './track-length-spectrum.js';

/** Options of {@link bremsYield}. */
export interface BremsYieldOptions {
  /** e± track length in the target, per beam particle. */
  spectrum: TrackLengthSpectrum;
  /** Target material (its elements and density give the atom densities). */
  material: Material;
  /** Boson mass [GeV]. */
  massGeV: number;
  /** Signal threshold on the boson energy E_X [GeV] (NA64: E0 − 50 GeV). */
  minEnergyGeV: number;
  /** Coupling ε (default 1; the yield scales as ε²). */
  epsilon?: number;
  mediator?: MediatorKind;
  method?: BremsMethod;
  /** Quadrature preset of the cross sections (default 'fast', ~2e-3). */
  precision?: BremsPrecision;
  /** Beam-lepton mass [GeV] (default electron). */
  leptonMassGeV?: number;
  /** Number of electron energies where σ(E) is computed (default 10). */
  energyNodes?: number;
  /**
   * Elements whose share of Σ_j n_j Z_j² (the coherent-production weight) is below this are
   * skipped (default 1e-3: hydrogen in scintillator, 0.07% of the NA64 ECAL's yield).
   */
  minElementShare?: number;
}

/** The yield and its parts. */
export interface BremsYield {
  /** Bosons per beam particle with E_X > minEnergyGeV. */
  perParticle: number;
  /** Contribution of each element. */
  byElement: { symbol: string; perParticle: number }[];
}

const PB_TO_CM2 = 1e-36;

/** N_X per beam particle; see the module comment. */
export function bremsYield(o: BremsYieldOptions): BremsYield {
  const { spectrum, minEnergyGeV: Ecut } = o;
  const n = spectrum.electronCm.length;
  const Etop = spectrum.edgesGeV[n];
  if (!(Ecut > 0) || !(Ecut < Etop)) throw new EmissError('BAD_OPTION', 'minEnergyGeV', `the signal threshold ${Ecut} GeV is not below the highest spectrum energy ${Etop} GeV`, `0 < E_cut < ${Etop}`);
  const nodes = o.energyNodes ?? 10;
  // Energies E_m = E_cut + Δ·10^{−4 + 4m/(nodes−1)}, Δ = E_top − E_cut.
  const delta = Etop - Ecut;
  const lnOffsets = new Float64Array(nodes);
  const energies = new Float64Array(nodes);
  for (let m = 0; m < nodes; m++) {
    lnOffsets[m] = Math.log(delta) + Math.log(1e-4) * (1 - m / (nodes - 1));
    energies[m] = Ecut + Math.exp(lnOffsets[m]);
  }
  const byElement: { symbol: string; perParticle: number }[] = [];
  let total = 0;
  const atoms = atomDensities(o.material);
  const weight = atoms.reduce((w, a) => w + a.atomsPerCm3 * a.element.Z * a.element.Z, 0);
  const minShare = o.minElementShare ?? 1e-3;
  for (const { element, atomsPerCm3 } of atoms) {
    if ((atomsPerCm3 * element.Z * element.Z) / weight < minShare) {
      byElement.push({ symbol: element.symbol, perParticle: 0 });
      continue;
    }
    const sigma = new Float64Array(nodes);
    for (let m = 0; m < nodes; m++) {
      if (!(energies[m] > o.massGeV + (o.leptonMassGeV ?? 0.51099895e-3))) continue;
      sigma[m] = bremsKernel({
        method: o.method,
        beamEnergyGeV: energies[m],
        massGeV: o.massGeV,
        target: element,
        minEnergyGeV: Ecut,
        epsilon: o.epsilon ?? 1,
        mediator: o.mediator,
        precision: o.precision ?? 'fast',
        leptonMassGeV: o.leptonMassGeV,
      }).total();
    }
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const lo = Math.max(spectrum.edgesGeV[k], Ecut);
      const hi = spectrum.edgesGeV[k + 1];
      if (!(hi > lo)) continue;
      const frac = (hi - lo) / (hi - spectrum.edgesGeV[k]);
      const L = frac * (spectrum.electronCm[k] + spectrum.positronCm[k]);
      if (L === 0) continue;
      sum += L * interpolateSigma(0.5 * (lo + hi) - Ecut, lnOffsets, sigma);
    }
    const part = atomsPerCm3 * sum * PB_TO_CM2;
    byElement.push({ symbol: element.symbol, perParticle: part });
    total += part;
  }
  return { perParticle: total, byElement };
}

/** σ at E − E_cut = offset, linear in ln(offset) between the nodes, → 0 linearly below the first. */
function interpolateSigma(offset: number, lnOffsets: Float64Array, sigma: Float64Array): number {
  const n = sigma.length;
  const t = Math.log(offset);
  if (t <= lnOffsets[0]) return (sigma[0] * offset) / Math.exp(lnOffsets[0]);
  if (t >= lnOffsets[n - 1]) return sigma[n - 1];
  let k = 0;
  while (t > lnOffsets[k + 1]) k++;
  const f = (t - lnOffsets[k]) / (lnOffsets[k + 1] - lnOffsets[k]);
  return sigma[k] + f * (sigma[k + 1] - sigma[k]);
}

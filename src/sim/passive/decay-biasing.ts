/**
 * Biasing of decays in flight, for the rare "decay in flight" backgrounds of NA64 (π → eν,
 * K → eν upstream of the ECAL produce a lone electron; their probability per beam hadron is
 * ~10⁻⁶–10⁻⁸). Two independent importance-sampling schemes, each exact in expectation:
 *
 * 1. Channel biasing (factor f_k on channel k of a species): channel k is chosen with
 *    B′_k = f_k B_k / Σ_j f_j B_j instead of B_k, and the event weight is multiplied by
 *    B_k/B′_k = Σ_j f_j B_j / f_k. Example: π → eν with f = 10⁴ is chosen 55% of the time with
 *    weight (0.99988 + 1.230)/10⁴ = 2.23×10⁻⁴, π → μν the other 45% with weight 2.23.
 * 2. Decay-length biasing (factor f on a species): the decay path is drawn with the mean
 *    λ′ = λ/f (λ = βγcτ); a decay at path s multiplies the event weight by
 *    (λ′/λ) exp(−s/λ + s/λ′), a survival over a path L by exp(−L/λ + L/λ′) (the ratio of the true
 *    to the biased probability densities; H. Kahn, "Use of different Monte Carlo sampling
 *    techniques", RAND P-766 (1955) — the exponential transform).
 *
 * The weights multiply ctx.truth.weight (the event weight, product of the likelihood ratios of
 * all biased choices in the event). Factors apply to every particle of the species.
 */
import { EmissError } from '../../core/index.js';
import { SPECIES_COUNT, SPECIES_NAMES } from '../species.js';
import { DECAY_MODES } from './decay-table.js';

/** Per-species biasing state; one per passive transport. */
export class DecayBiasing {
  /** Decay-length factor per species (1: unbiased). */
  readonly lengthFactor = new Float64Array(SPECIES_COUNT).fill(1);
  /** Per species: cumulative biased channel probabilities (null: unbiased, use the table). */
  readonly cumulative: (Float64Array | null)[] = new Array<Float64Array | null>(SPECIES_COUNT).fill(null);
  /** Per species: the weight factor B_k/B′_k of each channel. */
  readonly channelWeight: (Float64Array | null)[] = new Array<Float64Array | null>(SPECIES_COUNT).fill(null);
  private readonly factors: (Float64Array | null)[] = new Array<Float64Array | null>(SPECIES_COUNT).fill(null);

  /**
   * Multiplies the probability of decay channel `channel` (a name of DECAY_MODES, e.g. 'e nu')
   * of `species` by `factor` > 0, renormalizing the others (scheme 1 above). factor = 1 undoes it.
   */
  setChannelFactor(species: number, channel: string, factor: number): void {
    const m = DECAY_MODES[species];
    if (!m) throw new EmissError('BAD_OPTION', 'setDecayBiasing: species', `'${SPECIES_NAMES[species] ?? species}' does not decay in flight`, 'mu-, mu+, pi-, pi+, K-, K+, K0L');
    const k = m.channels.findIndex((c) => c.name === channel);
    if (k < 0) throw new EmissError('UNKNOWN_NAME', 'setDecayBiasing: channel', `no channel '${channel}' for ${SPECIES_NAMES[species]}`, m.channels.map((c) => `'${c.name}'`).join(', '));
    if (!(factor > 0) || !Number.isFinite(factor)) throw new EmissError('BAD_OPTION', 'setDecayBiasing: factor', `${factor}`, '> 0');
    const f = this.factors[species] ?? new Float64Array(m.channels.length).fill(1);
    f[k] = factor;
    this.factors[species] = f;
    if (f.every((v) => v === 1)) {
      this.cumulative[species] = null;
      this.channelWeight[species] = null;
      return;
    }
    let norm = 0;
    for (let j = 0; j < f.length; j++) norm += f[j] * m.channels[j].branching;
    const cum = new Float64Array(f.length);
    const w = new Float64Array(f.length);
    let s = 0;
    for (let j = 0; j < f.length; j++) {
      s += (f[j] * m.channels[j].branching) / norm;
      cum[j] = s;
      w[j] = norm / f[j];
    }
    cum[f.length - 1] = 1;
    this.cumulative[species] = cum;
    this.channelWeight[species] = w;
  }

  /** Shortens the mean decay path of `species` by `factor` > 0 (scheme 2 above); 1 undoes it. */
  setLengthFactor(species: number, factor: number): void {
    if (!DECAY_MODES[species]) throw new EmissError('BAD_OPTION', 'setDecayLengthBiasing: species', `'${SPECIES_NAMES[species] ?? species}' does not decay in flight`, 'mu-, mu+, pi-, pi+, K-, K+, K0L');
    if (!(factor > 0) || !Number.isFinite(factor)) throw new EmissError('BAD_OPTION', 'setDecayLengthBiasing: factor', `${factor}`, '> 0');
    this.lengthFactor[species] = factor;
  }

  /** Removes all biasing. */
  clear(): void {
    this.lengthFactor.fill(1);
    this.cumulative.fill(null);
    this.channelWeight.fill(null);
    this.factors.fill(null);
  }
}

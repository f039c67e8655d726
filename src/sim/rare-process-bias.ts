/**
 * Importance sampling of rare interactions (μ⁺μ⁻ pair production by photons, photo-nuclear
 * reactions, A′ emission): the rate of the rare channel is multiplied by B along every step
 * until it first happens, after which the bias is off. The event weight is the likelihood ratio
 * of the true to the biased history (path-wise importance sampling, e.g. I. Lux, L. Koblinger,
 * Monte Carlo Particle Transport Methods, CRC 1991, ch. 6):
 *   every step of length s with natural rate r:  w ← w · exp((B − 1) r s)
 *   the biased interaction itself:               w ← w / B.
 * Estimates of "events with the rare interaction, per beam particle" are then Σ w / N.
 *
 * For the new boson, whose rate is ∝ ε² and reported per ε² (at ε = 1), the weights are those
 * of the limit ε → 0 (`linear`): the natural probability of the step is ε² r s → 0 and B → B/ε²,
 * so exp((B/ε² − 1) ε² r s) → exp(B r s). Then Σ w·[emitted] / N is the first-order yield
 * Σ ∫ r ds, the quantity the physics core computes, and not the probability of at least one
 * emission at ε = 1 (which saturates: 1 − e^{−0.29} instead of 0.29 for a 1 MeV A′ in NA64).
 */

/** The bias of one rare channel during one event. */
export class RareBias {
  /** Rate multiplier B ≥ 1 (1 = unbiased). */
  factor = 1;
  /** Whether the channel already happened in this event (bias then off). */
  happened = false;
  /** First order in a coupling → 0 (see above): survival weight exp(B r s) instead of exp((B − 1) r s). */
  linear = false;

  /** The effective multiplier now (B before the first occurrence, 1 after). */
  current(): number {
    return this.happened ? 1 : this.factor;
  }

  /** Weight factor for a step with natural probability rate·length = p (no interaction on it). */
  survivalWeight(p: number): number {
    const b = this.current();
    if (this.linear) return this.happened ? 1 : Math.exp(b * p);
    return b === 1 ? 1 : Math.exp((b - 1) * p);
  }

  /** Weight factor when the (biased) interaction happens; switches the bias off. */
  interactionWeight(): number {
    const b = this.current();
    this.happened = true;
    return 1 / b;
  }

  /** Resets for a new event. */
  reset(): void {
    this.happened = false;
  }
}

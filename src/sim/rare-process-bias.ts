/**
 * Importance sampling of rare interactions (μ⁺μ⁻ pair production by photons, photo-nuclear
 * reactions, A′ emission): the rate of the rare channel is multiplied by B along every step
 * until it first happens, after which the bias is off. The event weight is the likelihood ratio
 * of the true to the biased history (path-wise importance sampling, e.g. I. Lux, L. Koblinger,
 * Monte Carlo Particle Transport Methods, CRC 1991, ch. 6):
 *   every step of length s with natural rate r:  w ← w · exp((B − 1) r s)
 *   the biased interaction itself:               w ← w / B.
 * Estimates of "events with the rare interaction, per beam particle" are then Σ w / N.
 */

/** The bias of one rare channel during one event. */
export class RareBias {
  /** Rate multiplier B ≥ 1 (1 = unbiased). */
  factor = 1;
  /** Whether the channel already happened in this event (bias then off). */
  happened = false;

  /** The effective multiplier now (B before the first occurrence, 1 after). */
  current(): number {
    return this.happened ? 1 : this.factor;
  }

  /** Weight factor for a step with natural probability rate·length = p (no interaction on it). */
  survivalWeight(p: number): number {
    const b = this.current();
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

/** Expected background events from one simulated source. */
export interface SourceExpectation {
  /** Expected events in the signal box for the exposure. */
  expected: number;
  /** Statistical error (simulation statistics). */
  statErr: number;
  /** When no simulated event passes: the 68% CL upper bound, 1.14 events of the given mean weight scaled to the exposure (Poisson, −ln 0.32 = 1.14); else 0. */
  upper68: number;
}

/**
 * Scales a simulated source to the exposure: each simulated event stands for 1/N beam
 * particles, and its weight w is the number of such events per beam particle it represents
 * (docs/sim.md "Weights and yields": Σw/N = events of the process per beam particle). So the
 * expected events in the box are N_POT · f · Σ_box w / N, with √(Σ_box w²) as the statistical
 * error, where f is an extra fraction (beam composition) for samples whose weights do not
 * include it (default 1).
 * @param swBox - Σw of simulated events passing the selection and in the box; @param sw2Box - their Σw².
 * @param meanWeight - the weight an event in the box would have, for the zero-count bound: the
 *   mean weight of the events where the process happened (or of all events);
 * @param nSimulated - N, events simulated (run.json).
 * @param particlesOnTarget - N_POT; @param fraction - f.
 */
export function sourceExpectation(swBox: number, sw2Box: number, meanWeight: number, nSimulated: number, particlesOnTarget: number, fraction = 1): SourceExpectation {
  const scale = (particlesOnTarget * fraction) / nSimulated;
  return {
    expected: scale * swBox,
    statErr: scale * Math.sqrt(sw2Box),
    // Poisson: P(0 | μ) = 0.32 at μ = −ln 0.32 = 1.139 events of mean weight.
    upper68: swBox > 0 ? 0 : scale * meanWeight * -Math.log(0.32),
  };
}

/** An efficiency with its statistical error. */
export interface Efficiency {
  value: number;
  statErr: number;
}

/**
 * Efficiency of weighted events, ε = P/(P + F) with P = Σw of the events that pass and
 * F = Σw of those that fail, and its error by propagation with independent P and F
 * (σ_P² = Σ_pass w², σ_F² = Σ_fail w²): σ_ε² = (F²σ_P² + P²σ_F²)/(P + F)⁴. For unit weights
 * this is the binomial √(ε(1 − ε)/N). (E.g. ROOT TEfficiency, "weighted events", normal
 * approximation; Cowan, Statistical Data Analysis §1.6.) Returns {0, 0} for no events.
 * @param swPass - Σw of passing events; @param sw2Pass - their Σw²;
 * @param swAll - Σw of all events; @param sw2All - their Σw².
 */
export function weightedEfficiency(swPass: number, sw2Pass: number, swAll: number, sw2All: number): Efficiency {
  if (!(swAll > 0)) return { value: 0, statErr: 0 };
  const P = swPass;
  const F = swAll - swPass;
  const s2F = Math.max(0, sw2All - sw2Pass);
  const value = P / swAll;
  const statErr = Math.sqrt(F * F * sw2Pass + P * P * s2F) / (swAll * swAll);
  return { value, statErr };
}

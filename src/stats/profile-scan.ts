/**
 * The profile likelihood ratio −2 ln λ(μ) = 2[−ln L(μ, θ̂̂(μ)) + ln L(μ̂, θ̂)] over a grid of POI
 * values (arXiv:1007.1727 eq. (7)), with μ̂ fitted within the POI bounds. Its crossing of 1
 * (2.71) gives the 68% (90%) two-sided likelihood interval in the asymptotic regime (Wilks).
 */
import type { HistFactoryModel } from './build-model.js';
import { ModelFitter, observedData } from './fit-model.js';
import type { ModelData } from './fit-model.js';

/** A profile scan: POI values, −2 ln λ at each, and the best fit. */
export interface ProfileScan {
  mu: number[];
  /** −2 ln λ(μ) (≥ 0). */
  t: number[];
  mu_hat: number;
}

/** −2 ln λ(μ) at each of `mus` for the model's observed data (or `data`). */
export function profileScan(model: HistFactoryModel, mus: readonly number[], data: ModelData = observedData(model)): ProfileScan {
  const fitter = new ModelFitter(model);
  const nllHat = fitter.minimize(data);
  const best = Float64Array.from(fitter.best);
  const t = mus.map((mu) => Math.max(0, 2 * (fitter.minimize(data, mu, best) - nllHat)));
  return { mu: [...mus], t, mu_hat: best[model.poi] };
}

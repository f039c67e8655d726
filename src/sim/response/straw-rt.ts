/**
 * The space–drift-time relation r(t) of a straw tube: the distance from the wire of the
 * track's closest approach as a function of the drift time of the first ionization cluster.
 *
 *   r(t) = R · g(t/T),  g(s) = (1 + κ)·s − κ·s²  for 0 ≤ s ≤ 1,
 *
 * with R the tube radius, T the maximum drift time (a track at the wall) and κ ∈ [0, 1) the
 * non-linearity: the drift velocity is (1 + κ)·R/T at the wire and (1 − κ)·R/T at the wall.
 * This is the brief's r = v·t·(1 + c·t) with v = (1 + κ)R/T and c = −κ/((1 + κ)T): in an
 * unsaturated gas such as Ar/CO₂ 70/30 the velocity grows with the field E ∝ 1/r, so electrons
 * are fast near the wire and slow near the wall (W. Blum, W. Riegler, L. Rolandi, Particle
 * Detection with Drift Chambers, 2nd ed., Springer 2008, §2.2 and §4.2; r(t) of Ar/CO₂ tubes,
 * e.g. the ATLAS MDT, are concave). κ = 0.4 is an estimate (docs/sim-response.md).
 * The mean velocity R/T is the setup's driftVelocityCmPerNs.
 */

/**
 * Drift radius r [cm] for a drift time tNs [ns] (time since the track crossed, t0 removed):
 * 0 for t ≤ 0, the radius R for t ≥ T. maxDriftTimeNs = T [ns], radiusCm = R [cm].
 */
export function strawDriftRadius(tNs: number, maxDriftTimeNs: number, nonLinearity: number, radiusCm: number): number {
  if (!(tNs > 0)) return 0;
  const s = tNs / maxDriftTimeNs;
  if (s >= 1) return radiusCm;
  return radiusCm * s * (1 + nonLinearity * (1 - s));
}

/**
 * Drift time t [ns] of a track passing at rCm [cm] from the wire, the inverse of
 * {@link strawDriftRadius}: s = 2ρ/((1 + κ) + √((1 + κ)² − 4κρ)), ρ = r/R (the form without
 * cancellation, exact also for κ = 0). r is clipped to [0, R].
 */
export function strawDriftTime(rCm: number, maxDriftTimeNs: number, nonLinearity: number, radiusCm: number): number {
  let rho = rCm / radiusCm;
  if (!(rho > 0)) return 0;
  if (rho > 1) rho = 1;
  const b = 1 + nonLinearity;
  return (maxDriftTimeNs * 2 * rho) / (b + Math.sqrt(b * b - 4 * nonLinearity * rho));
}

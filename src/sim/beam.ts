/**
 * The beam: one particle per call, drawn from the setup's beam description — species from the
 * composition (the nominal particle and its contaminations), momentum with its spread or from
 * the low-energy tail, a Gaussian spot and divergence, and a time within the spill.
 */
import type { RandomStream } from '../core/index.js';
import type { Setup } from '../setup/index.js';
import { SPECIES_MASS, speciesCode } from './species.js';
import type { ParticleState } from './particle-stack.js';

/** A beam description in numbers. */
export interface BeamModel {
  /** Species codes and cumulative probabilities (last = 1). */
  species: Int32Array;
  cumulative: Float64Array;
  /** Fraction of the nominal species that is contamination (all others). */
  contaminationFraction: number;
  energyGeV: number;
  momentumSpread: number;
  tailFraction: number;
  tailMinFraction: number;
  spotX: number;
  spotY: number;
  divX: number;
  divY: number;
  startZ: number;
  spillNs: number;
  particlesPerSpill: number;
}

/** Builds the beam model of a setup. */
export function beamModel(setup: Setup): BeamModel {
  const b = setup.beam;
  const list: [number, number][] = [];
  let contamination = 0;
  for (const c of b.contamination) {
    list.push([speciesCode(c.particle === 'K-' ? 'K-' : c.particle), c.fraction]);
    contamination += c.fraction;
  }
  const nominal = speciesCode(b.particle === 'K-' ? 'K-' : b.particle);
  list.unshift([nominal, 1 - contamination]);
  const species = Int32Array.from(list.map(([s]) => s));
  const cumulative = new Float64Array(list.length);
  let c = 0;
  list.forEach(([, f], i) => {
    c += f;
    cumulative[i] = c;
  });
  cumulative[list.length - 1] = 1;
  return {
    species,
    cumulative,
    contaminationFraction: contamination,
    energyGeV: b.energyGeV,
    momentumSpread: b.momentumSpread,
    tailFraction: b.lowEnergyTailFraction,
    tailMinFraction: b.lowTailMinFraction,
    spotX: b.spotSigmaXCm,
    spotY: b.spotSigmaYCm,
    divX: b.divergenceXMrad * 1e-3,
    divY: b.divergenceYMrad * 1e-3,
    startZ: b.startZCm,
    spillNs: b.spillSeconds * 1e9,
    particlesPerSpill: b.particlesPerSpill,
  };
}

/** What to draw: the whole beam, only the nominal species, only contaminations, or only the tail. */
export type BeamPart = 'all' | 'nominal' | 'contamination' | 'tail';

/**
 * Draws a beam particle into p (at the start plane, total energy in GeV). `part` restricts the
 * draw (the caller weights the event by that part's fraction). Returns the species code.
 */
export function drawBeamParticle(m: BeamModel, rng: RandomStream, p: ParticleState, part: BeamPart = 'all'): number {
  let s: number;
  if (part === 'nominal' || part === 'tail') s = m.species[0];
  else if (part === 'contamination') {
    // Among the contaminations only, with their relative fractions.
    const u = m.cumulative[0] + rng.uniform() * (1 - m.cumulative[0]);
    let i = 1;
    while (i < m.species.length - 1 && u > m.cumulative[i]) i++;
    s = m.species[i];
  } else {
    const u = rng.uniform();
    let i = 0;
    while (i < m.species.length - 1 && u > m.cumulative[i]) i++;
    s = m.species[i];
  }
  const inTail = part === 'tail' || (part === 'all' && s === m.species[0] && rng.uniform() < m.tailFraction);
  let pMom: number;
  if (inTail) pMom = m.energyGeV * (m.tailMinFraction + (1 - m.tailMinFraction) * rng.uniform());
  else pMom = m.energyGeV * (1 + m.momentumSpread * rng.normal());
  const mass = SPECIES_MASS[s];
  p.species = s;
  p.e = Math.sqrt(pMom * pMom + mass * mass);
  p.x = m.spotX * rng.normal();
  p.y = m.spotY * rng.normal();
  p.z = m.startZ;
  const ax = m.divX * rng.normal();
  const ay = m.divY * rng.normal();
  const n = 1 / Math.sqrt(1 + ax * ax + ay * ay);
  p.ux = ax * n;
  p.uy = ay * n;
  p.uz = n;
  p.t = 0;
  p.generation = 0;
  p.weight = 1;
  return s;
}

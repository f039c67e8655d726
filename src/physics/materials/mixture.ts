/**
 * Homogenised mixtures: compounds of tabulated materials by mass, and sampling calorimeters by
 * the thicknesses of their layers.
 *
 * Rules (PDG RPP 2024, "Passage of particles through matter", S. Navas et al., PRD 110 (2024)
 * 030001): with w_i the mass fractions of the parts,
 *   1/X0 = Σ w_i / X_i                         (X in g/cm², Eq. 34.27),
 *   1/R_M = (1/E_s) Σ w_i E_c,i / X_i          (R_M in g/cm², Eq. 34.38), then R_M[cm] = R_M/ρ,
 *   E_c = E_s X0 / R_M                         (Eq. 34.37 read the other way, so the three agree),
 *   1/λ_I = Σ w_i / λ_I,i                      (λ in g/cm²; the same additivity of the
 *                                                inverse mean free paths per unit mass).
 * For a layer stack, w_i = ρ_i t_i / Σ ρ_k t_k and ρ = Σ ρ_i t_i / Σ t_i (mass per volume of the
 * stack); for mass fractions, ρ = 1 / Σ (w_i/ρ_i) (volumes add). Valid for showers much wider
 * and longer than one layer (the homogeneous-medium approximation of a sampling calorimeter).
 */
import { EmissError } from '../../core/index.js';
import type { Material, MaterialComponent } from './material-types.js';
import { MOLIERE_SCALE_ENERGY } from './moliere-scale-energy.js';

/** One part of a {@link mixture}: a material and either its mass fraction or its layer thickness. */
export interface MixturePart {
  readonly material: Material;
  /** Fraction by mass (0 < w ≤ 1; the parts' fractions sum to 1). */
  readonly massFraction?: number;
  /** Thickness of this material's layer in one period of a layer stack [cm]. */
  readonly thicknessCm?: number;
}

/** Input of {@link mixture}. */
export interface MixtureSpec {
  /** Table key of the new material. */
  readonly name: string;
  readonly description: string;
  /** Parts, all by mass fraction or all by layer thickness. */
  readonly parts: readonly MixturePart[];
  /** Extra or overriding entries of the result's `sources` (quantity → source). */
  readonly sources?: Readonly<Record<string, string>>;
}

const RULES = 'PDG RPP 2024 "Passage of particles through matter"';

/**
 * The homogenised material of `spec.parts`, either by mass fractions or by layer thicknesses
 * (one period of a sampling calorimeter: e.g. 0.15 cm Pb + 0.15 cm scintillator); see the
 * rules above. Result: density [g/cm³], X0 and λ_I [g/cm² and cm], E_c [GeV], R_M [cm], and the
 * elements merged over the parts by mass fraction.
 *
 * Throws `EmissError('BAD_OPTION')` for no parts, a part with both or neither of massFraction and
 * thicknessCm, parts of both kinds, a fraction or thickness that is not > 0 and finite, or mass
 * fractions not summing to 1 within 1e-6 (they are then renormalised exactly).
 */
export function mixture(spec: MixtureSpec): Material {
  const parts = spec.parts;
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new EmissError('BAD_OPTION', 'mixture.parts', 'no part given', 'at least one { material, massFraction } or { material, thicknessCm }');
  }
  const byThickness = parts[0].thicknessCm !== undefined;
  const amounts = parts.map((p, i) => {
    const where = `mixture.parts[${i}]`;
    if ((p.massFraction === undefined) === (p.thicknessCm === undefined)) {
      throw new EmissError('BAD_OPTION', where, 'give exactly one of massFraction and thicknessCm', 'massFraction (0 < w ≤ 1) or thicknessCm (> 0)');
    }
    if ((p.thicknessCm !== undefined) !== byThickness) {
      throw new EmissError('BAD_OPTION', where, 'parts mix mass fractions and thicknesses', 'all parts by massFraction, or all by thicknessCm');
    }
    const v = (byThickness ? p.thicknessCm : p.massFraction) ?? Number.NaN;
    const key = byThickness ? 'thicknessCm' : 'massFraction';
    if (!(v > 0) || !Number.isFinite(v) || (!byThickness && v > 1)) {
      throw new EmissError('BAD_OPTION', `${where}.${key}`, `${v} is outside its domain`, byThickness ? '> 0' : '0 < w ≤ 1');
    }
    return v;
  });

  // Mass per unit area of each part (layer stack) or its mass fraction, normalised to w_i.
  const masses = byThickness ? amounts.map((t, i) => t * parts[i].material.density) : amounts;
  const totalMass = masses.reduce((a, b) => a + b, 0);
  if (!byThickness && Math.abs(totalMass - 1) > 1e-6) {
    throw new EmissError('BAD_OPTION', 'mixture.parts', `mass fractions sum to ${totalMass}`, 'a sum of 1 within 1e-6');
  }
  const w = masses.map((m) => m / totalMass);
  const density = byThickness
    ? totalMass / amounts.reduce((a, b) => a + b, 0)
    : 1 / parts.reduce((s, p, i) => s + w[i] / p.material.density, 0);

  let invX0 = 0;
  let invLambda = 0;
  let EcOverX = 0;
  for (let i = 0; i < parts.length; i++) {
    const m = parts[i].material;
    invX0 += w[i] / m.radiationLength;
    invLambda += w[i] / m.nuclearInteractionLength;
    EcOverX += (w[i] * m.criticalEnergy) / m.radiationLength;
  }
  const X0 = 1 / invX0;
  const lambdaI = 1 / invLambda;
  const RMgcm2 = MOLIERE_SCALE_ENERGY / EcOverX;
  const Ec = (MOLIERE_SCALE_ENERGY * X0) / RMgcm2;

  const components = mergeComponents(parts.map((p) => p.material), w);
  const recipe = parts
    .map((p, i) => `${p.material.name} ${byThickness ? `${amounts[i]} cm` : `w = ${amounts[i]}`}`)
    .join(' + ');
  const sources: Record<string, string> = {
    parts: `${byThickness ? 'layer stack' : 'mass fractions'}: ${recipe}; part values from their own sources`,
    components: 'elements of the parts weighted by the parts\' mass fractions',
    density: byThickness ? 'mass per volume of the layer stack, Σ ρ_i t_i / Σ t_i' : 'volumes add: 1/ρ = Σ w_i/ρ_i',
    radiationLength: `${RULES}, Eq. 34.27: 1/X0 = Σ w_i/X_i`,
    radiationLengthCm: 'X0 [g/cm²] / density',
    criticalEnergy: `${RULES}, Eqs. 34.37–34.38: E_c = E_s X0/R_M = X0 Σ w_i E_c,i/X_i`,
    nuclearInteractionLength: '1/λ_I = Σ w_i/λ_I,i (additive inverse mean free paths per unit mass)',
    nuclearInteractionLengthCm: 'λ_I [g/cm²] / density',
    moliereRadius: `${RULES}, Eq. 34.38: 1/R_M = (1/E_s) Σ w_i E_c,i/X_i, E_s = 21.2052 MeV, then / density`,
    ...spec.sources,
  };
  return Object.freeze({
    name: spec.name,
    description: spec.description,
    density,
    components,
    radiationLength: X0,
    radiationLengthCm: X0 / density,
    criticalEnergy: Ec,
    nuclearInteractionLength: lambdaI,
    nuclearInteractionLengthCm: lambdaI / density,
    moliereRadius: RMgcm2 / density,
    sources: Object.freeze(sources),
  });
}

/** Elements of the materials weighted by w, merged by symbol in order of first appearance. */
function mergeComponents(materials: readonly Material[], w: readonly number[]): readonly MaterialComponent[] {
  const merged = new Map<string, { element: MaterialComponent['element']; massFraction: number }>();
  materials.forEach((m, i) => {
    for (const c of m.components) {
      const entry = merged.get(c.element.symbol);
      if (entry) entry.massFraction += w[i] * c.massFraction;
      else merged.set(c.element.symbol, { element: c.element, massFraction: w[i] * c.massFraction });
    }
  });
  return Object.freeze([...merged.values()].map((c) => Object.freeze(c)));
}

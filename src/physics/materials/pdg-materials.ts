/**
 * The tabulated materials: elements and compounds with their PDG properties.
 *
 * Source of every number: PDG RPP 2024 (S. Navas et al., Phys. Rev. D 110 (2024) 030001),
 * "Atomic and nuclear properties of materials", pdg.lbl.gov/AtomicNuclearProperties (one page per
 * material: density, radiation length X0, critical energy E_c for e− (Rossi's definition, §34.4.4),
 * nuclear interaction length λ_I, Molière radius R_M). Each material's `sources` says, per
 * quantity, which page and whether the value could be checked against a second copy: the search
 * tool of this project holds no copy of the PDG pages themselves, so values are as recalled from
 * the pages and marked "confirmed" only where an independent document quotes the same number.
 * The cm values are the PDG ones (computed there with unrounded g/cm² values), not X/ρ.
 */
import type { MaterialComponent, Material } from './material-types.js';
import { compositionByFormula, compositionByMass } from './composition.js';

const PDG = 'PDG RPP 2024 "Atomic and nuclear properties of materials" (pdg.lbl.gov/AtomicNuclearProperties)';
/** Copies of PDG numbers found with the search tool (independent of the PDG pages). */
const CH34 = 'PDG RPP 2024 ch. 34 "Passage of particles through matter" (Groom & Klein, rev. 2023)';
const ALT = 'independent code quoting the PDG table (a TypeScript detector-physics course library, PDG 2024 values)';
const PHX = 'independent code quoting the PDG values (phydrax Geant4 oracle tests: lead 5.612 mm, 7.43 MeV; copper 14.36 mm, 19.42 MeV)';
const RECALLED = 'value as recalled from the PDG page; not confirmed with the search tool';

interface PdgEntry {
  readonly name: string;
  readonly description: string;
  /** Name of the PDG page. */
  readonly page: string;
  readonly components: readonly MaterialComponent[];
  /** Density [g/cm³]. */
  readonly density: number;
  /** X0 [g/cm²] and [cm]. */
  readonly X0: number;
  readonly X0cm: number;
  /** E_c for e− [MeV]. */
  readonly EcMeV: number;
  /** λ_I [g/cm²] and [cm]. */
  readonly lambdaI: number;
  readonly lambdaIcm: number;
  /** R_M [cm]. */
  readonly RMcm: number;
  /** Per-quantity notes (confirmation status), appended to the page citation. */
  readonly notes: Readonly<Record<string, string>>;
}

function tabulated(e: PdgEntry): Material {
  const cite = (q: string): string => `${PDG}, page "${e.page}"; ${e.notes[q] ?? RECALLED}`;
  const sources: Record<string, string> = {
    components: e.notes.components ?? `${PDG}, page "${e.page}" (composition)`,
    density: cite('density'),
    radiationLength: cite('radiationLength'),
    radiationLengthCm: cite('radiationLengthCm'),
    criticalEnergy: cite('criticalEnergy'),
    nuclearInteractionLength: cite('nuclearInteractionLength'),
    nuclearInteractionLengthCm: cite('nuclearInteractionLengthCm'),
    moliereRadius: cite('moliereRadius'),
  };
  return Object.freeze({
    name: e.name,
    description: e.description,
    density: e.density,
    components: Object.freeze([...e.components]),
    radiationLength: e.X0,
    radiationLengthCm: e.X0cm,
    criticalEnergy: e.EcMeV * 1e-3,
    nuclearInteractionLength: e.lambdaI,
    nuclearInteractionLengthCm: e.lambdaIcm,
    moliereRadius: e.RMcm,
    sources: Object.freeze(sources),
  });
}

const TS_CONFIRMED = `confirmed: same number in ${ALT}`;

/** Lead (Z = 82). PDG page "lead (Pb)". */
const Pb = tabulated({
  name: 'Pb', description: 'Lead (Z = 82, A = 207.2 g/mol)', page: 'lead (Pb)',
  components: compositionByFormula({ Pb: 1 }),
  density: 11.35, X0: 6.37, X0cm: 0.5612, EcMeV: 7.43, lambdaI: 199.6, lambdaIcm: 17.59, RMcm: 1.602,
  notes: {
    density: TS_CONFIRMED,
    radiationLength: `confirmed: ${CH34}, Fig. 34.11 caption "X0(Pb) = 6.37 g/cm²"`,
    radiationLengthCm: `confirmed: ${PHX}`,
    criticalEnergy: `confirmed: ${PHX}, and the ${ALT}`,
    nuclearInteractionLength: TS_CONFIRMED,
    moliereRadius: `${RECALLED}; equals E_s X0/(E_c ρ) = 1.6018 cm (PDG Eq. 34.37) to the printed digits`,
  },
});

/** Tungsten (Z = 74). PDG page "tungsten (W)". */
const W = tabulated({
  name: 'W', description: 'Tungsten (Z = 74, A = 183.84 g/mol)', page: 'tungsten (W)',
  components: compositionByFormula({ W: 1 }),
  density: 19.3, X0: 6.76, X0cm: 0.3504, EcMeV: 7.97, lambdaI: 191.9, lambdaIcm: 9.946, RMcm: 0.9327,
  notes: {
    density: TS_CONFIRMED,
    radiationLength: TS_CONFIRMED,
    criticalEnergy: TS_CONFIRMED,
    nuclearInteractionLength: TS_CONFIRMED,
  },
});

/** Iron (Z = 26). PDG page "iron (Fe)". */
const Fe = tabulated({
  name: 'Fe', description: 'Iron (Z = 26, A = 55.845 g/mol)', page: 'iron (Fe)',
  components: compositionByFormula({ Fe: 1 }),
  density: 7.874, X0: 13.84, X0cm: 1.757, EcMeV: 21.68, lambdaI: 132.1, lambdaIcm: 16.77, RMcm: 1.719,
  notes: {
    density: TS_CONFIRMED,
    radiationLength: TS_CONFIRMED,
    criticalEnergy: TS_CONFIRMED,
    nuclearInteractionLength: TS_CONFIRMED,
  },
});

/** Copper (Z = 29). PDG page "copper (Cu)". */
const Cu = tabulated({
  name: 'Cu', description: 'Copper (Z = 29, A = 63.546 g/mol)', page: 'copper (Cu)',
  components: compositionByFormula({ Cu: 1 }),
  density: 8.96, X0: 12.86, X0cm: 1.436, EcMeV: 19.42, lambdaI: 137.3, lambdaIcm: 15.32, RMcm: 1.568,
  notes: {
    density: TS_CONFIRMED,
    radiationLength: `confirmed: ${CH34}, Fig. 34.13 caption "X0 = 12.86 g/cm²"`,
    radiationLengthCm: `confirmed: ${PHX}`,
    criticalEnergy: `confirmed: ${PHX}, and the ${ALT}. Note: the caption of ${CH34} Fig. 34.13 quotes an older E_c = 19.63 MeV; the table value 19.42 MeV is the one consistent with R_M = 1.568 cm`,
    nuclearInteractionLength: TS_CONFIRMED,
  },
});

/** Aluminum (Z = 13). PDG page "aluminum (Al)". */
const Al = tabulated({
  name: 'Al', description: 'Aluminum (Z = 13, A = 26.98 g/mol)', page: 'aluminum (Al)',
  components: compositionByFormula({ Al: 1 }),
  density: 2.699, X0: 24.01, X0cm: 8.897, EcMeV: 42.7, lambdaI: 107.2, lambdaIcm: 39.7, RMcm: 4.419,
  notes: {
    density: TS_CONFIRMED,
    radiationLength: TS_CONFIRMED,
    criticalEnergy: TS_CONFIRMED,
    nuclearInteractionLength: TS_CONFIRMED,
  },
});

/**
 * Polystyrene, (C6H5CHCH2)n = (C8H8)n: the PDG "polystyrene" page, not "plastic scintillator
 * (vinyltoluene based)". The NA64 calorimeters use polystyrene-based scintillator (IHEP Protvino,
 * polystyrene + PTP + POPOP), whose dopants (~1.5 % by mass) change none of these numbers beyond
 * their printed digits.
 */
const polystyrene = tabulated({
  name: 'polystyrene', description: 'Polystyrene (C8H8)n, the base of the NA64 plastic scintillator (PDG "polystyrene")', page: 'polystyrene',
  components: compositionByFormula({ C: 8, H: 8 }),
  density: 1.06, X0: 43.79, X0cm: 41.31, EcMeV: 93.11, lambdaI: 81.7, lambdaIcm: 77.07, RMcm: 9.408,
  notes: {
    components: 'computed from the formula (C8H8)n with the A of ELEMENTS: w(H) = 0.0774, w(C) = 0.9226 (PDG page: 0.077421, 0.922579)',
    radiationLength: 'confirmed: same number in independent code quoting PDG polystyrene (X0 = 43.79 g/cm², 41.31 cm, E_c = 93.11 MeV)',
    radiationLengthCm: 'confirmed: same number in independent code quoting PDG polystyrene (41.31 cm)',
    criticalEnergy: 'confirmed: same number in independent code quoting PDG polystyrene (93.11 MeV)',
    moliereRadius: 'computed here as E_s X0/(E_c ρ) (PDG Eq. 34.37) = 9.408 cm; the PDG page value could not be confirmed',
  },
});

/**
 * Bismuth germanate, Bi4Ge3O12 (BGO). PDG page "bismuth germanate (BGO)".
 * X0 agrees with the element mixture rule (PDG Eq. 34.27 with X0(Bi) = 6.29, X0(Ge) = 12.25,
 * X0(O) = 34.24 g/cm² gives 7.97 g/cm²).
 */
const BGO = tabulated({
  name: 'BGO', description: 'Bismuth germanate Bi4Ge3O12 (BGO) scintillating crystal', page: 'bismuth germanate (BGO)',
  components: compositionByFormula({ Bi: 4, Ge: 3, O: 12 }),
  density: 7.13, X0: 7.97, X0cm: 1.118, EcMeV: 10.49, lambdaI: 159.1, lambdaIcm: 22.31, RMcm: 2.259,
  notes: {
    components: 'computed from the formula Bi4Ge3O12 with the A of ELEMENTS',
    radiationLength: `${RECALLED}; checked against the element mixture rule (PDG Eq. 34.27): 7.97 g/cm²`,
    criticalEnergy: 'NOT CONFIRMED: the PDG page value was not recalled with confidence; 10.49 MeV is derived as E_c = E_s X0/R_M (PDG Eq. 34.37) from the X0 and R_M given here',
    nuclearInteractionLength: `${RECALLED}; the element rule 1/λ = Σ w_j/λ_j gives ≈ 159.5 g/cm². (The PDG crystal-scintillator table quotes λ_I = 22.8 cm from a different calculation.)`,
    moliereRadius: `${RECALLED}. (The PDG crystal-scintillator table quotes R_M = 2.23 cm from a different calculation.)`,
  },
});

/** Dry air at sea level (20 °C, 1 atm). PDG page "air (dry, 1 atm)". */
const air = tabulated({
  name: 'air', description: 'Air, dry, at sea level (1 atm, 20 °C)', page: 'air (dry, 1 atm)',
  components: compositionByMass([['C', 0.000124], ['N', 0.755267], ['O', 0.231781], ['Ar', 0.012827]]),
  density: 1.205e-3, X0: 36.62, X0cm: 3.039e4, EcMeV: 87.92, lambdaI: 90.1, lambdaIcm: 7.477e4, RMcm: 7330,
  notes: {
    components: `${PDG}, page "air (dry, 1 atm)": C 0.000124, N 0.755267, O 0.231781, Ar 0.012827 (renormalised to sum 1); confirmed: the same fractions in EUTelescope code citing the PDG page`,
    density: TS_CONFIRMED,
    radiationLength: `confirmed: same number in EUTelescope code citing the PDG page (36.62 g/cm²) and in the ${ALT}`,
    criticalEnergy: TS_CONFIRMED,
    nuclearInteractionLength: `${RECALLED} (an independent table rounds it to 90.0)`,
    moliereRadius: `${RECALLED}; equals E_s X0/(E_c ρ) = 7330 cm (PDG Eq. 34.37)`,
  },
});

/** The PDG-tabulated materials, keyed by table name (Pb, W, Fe, Cu, Al, polystyrene, BGO, air). */
export const PDG_MATERIALS: Readonly<Record<string, Material>> = Object.freeze({ Pb, W, Fe, Cu, Al, polystyrene, BGO, air });

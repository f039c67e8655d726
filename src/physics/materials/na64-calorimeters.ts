/**
 * The sampling structure of the NA64 calorimeters (ECAL, HCAL, WCAL) and the homogenised
 * materials built from it with {@link mixture}.
 *
 * Sources: NA64, PRD 97 (2018) 072002, arXiv:1710.00971 (setup: ECAL, HCAL); NA64, PRL 120 (2018)
 * 231802, arXiv:1803.07748 and PRD 101 (2020) 071101, arXiv:1912.11389 (visible mode, WCAL); the
 * 2023 NA64 PAC talk (seed/). The search tool of this project holds only the first page of
 * these papers, so the plate thicknesses could not be read there: each `sources` entry says
 * which numbers are published facts and which are best-supported values or assumptions.
 */
import type { Material } from './material-types.js';
import { mixture } from './mixture.js';
import { PDG_MATERIALS } from './pdg-materials.js';

/** The layer structure of a sampling calorimeter (absorber plates interleaved with scintillator). */
export interface SamplingLayers {
  /** Table name of the absorber material (see `material()`). */
  readonly absorber: string;
  /** Thickness of one absorber plate [cm]. */
  readonly absorberCm: number;
  /** Table name of the active (scintillator) material. */
  readonly active: string;
  /** Thickness of one scintillator plate [cm]. */
  readonly activeCm: number;
  /** Absorber + scintillator layers in one module, along the beam. */
  readonly layersPerModule: number;
  /** Cells across the beam, in x and y. */
  readonly cellsX: number;
  readonly cellsY: number;
  /** Modules one behind the other along the beam. */
  readonly modulesAlongBeam: number;
  /** Published depth of one module in radiation lengths X0, when the papers give it. */
  readonly nominalDepthX0?: number;
  /** Published depth of one module in nuclear interaction lengths λ_I, when the papers give it. */
  readonly nominalDepthLambdaI?: number;
  /** Quantity → where it comes from and how sure it is. */
  readonly sources: Readonly<Record<string, string>>;
}

/** The NA64 ECAL: also the first layers read out apart as a preshower. */
export interface EcalLayers extends SamplingLayers {
  /** Layers of the preshower part at the front of each cell. */
  readonly preshowerLayers: number;
  /** Published depth of the preshower [X0]. */
  readonly preshowerDepthX0: number;
}

const PRD97 = 'NA64, PRD 97 (2018) 072002, arXiv:1710.00971';

/**
 * NA64 ECAL: a 6 × 6 matrix of Shashlik cells of Pb and scintillator plates with WLS-fibre
 * read-out, ≈ 40 X0 deep, the first ≈ 4 X0 read out apart as a preshower (PRD 97 072002).
 * Plates 1.5 mm Pb + 1.5 mm scintillator (best-supported value, see `sources`); 150 layers then
 * give 40.6 X0, and 15 preshower layers 4.1 X0.
 */
export const NA64_ECAL_LAYERS: EcalLayers = Object.freeze({
  absorber: 'Pb', absorberCm: 0.15,
  active: 'polystyrene', activeCm: 0.15,
  layersPerModule: 150,
  cellsX: 6, cellsY: 6, modulesAlongBeam: 1,
  nominalDepthX0: 40,
  preshowerLayers: 15, preshowerDepthX0: 4,
  sources: Object.freeze({
    cells: `${PRD97}: "a matrix of 6 × 6 Shashlik-type modules assembled from Pb and Sc plates"`,
    nominalDepthX0: `${PRD97}: each module ≈ 40 X0, of which the first ≈ 4 X0 serve as a preshower`,
    absorberCm: 'NOT CONFIRMED: 1.5 mm Pb plates, the best-supported value (NA64 Shashlik module design as recalled; consistent with ≈ 40 X0 for 150 layers); the plate thickness could not be read in the searchable copies of the NA64 papers',
    activeCm: 'NOT CONFIRMED: 1.5 mm polystyrene-based scintillator plates, as for absorberCm',
    layersPerModule: 'derived: the number of 1.5 + 1.5 mm layers that makes ≈ 40 X0 (150 → 40.6 X0)',
    preshowerLayers: 'derived: the number of layers that makes ≈ 4 X0 (15 → 4.1 X0)',
  }),
});

/**
 * NA64 HCAL: four modules one behind the other, each 3 × 3 cells of 48 layers of 25 mm iron and
 * 4 mm scintillator, ≈ 7 λ_I per module (PRD 97 072002).
 */
export const NA64_HCAL_LAYERS: SamplingLayers = Object.freeze({
  absorber: 'Fe', absorberCm: 2.5,
  active: 'polystyrene', activeCm: 0.4,
  layersPerModule: 48,
  cellsX: 3, cellsY: 3, modulesAlongBeam: 4,
  nominalDepthLambdaI: 7,
  sources: Object.freeze({
    layers: `${PRD97}: four HCAL modules of 3 × 3 cells, each an assembly of 48 layers of 25 mm Fe and 4 mm Sc, ≈ 7 λ_I per module — as recalled and as in the task brief; not re-read in the searchable copies of the paper`,
    active: 'the scintillator is taken as PDG polystyrene (polystyrene-based plastic scintillator)',
  }),
});

/**
 * NA64 WCAL (visible mode): a compact tungsten–scintillator sampling calorimeter of 30–40 X0
 * (40 X0 in 2017, shortened to ≈ 30 X0 for 2018; seed talk "WCAL: 30–40 X0, sandwich W-Sc").
 * The plate thicknesses here (3 mm W + 2 mm scintillator, 35 layers ≈ 30 X0) are an ASSUMPTION.
 */
export const NA64_WCAL_LAYERS: SamplingLayers = Object.freeze({
  absorber: 'W', absorberCm: 0.3,
  active: 'polystyrene', activeCm: 0.2,
  layersPerModule: 35,
  cellsX: 1, cellsY: 1, modulesAlongBeam: 1,
  nominalDepthX0: 30,
  sources: Object.freeze({
    structure: 'NA64, PRL 120 (2018) 231802, arXiv:1803.07748; PRD 101 (2020) 071101, arXiv:1912.11389; seed talk (2023): "WCAL: 30-40 X0, sandwich W-Sc", "optimization of WCAL: 20 % shorter keeping 30 X0"',
    absorberCm: 'ASSUMED, NOT CONFIRMED: 3 mm W plates; the plate thicknesses could not be found in the searchable sources — replace when read in arXiv:1803.07748 / 1912.11389',
    activeCm: 'ASSUMED, NOT CONFIRMED: 2 mm scintillator plates (as absorberCm)',
    layersPerModule: 'derived from the assumed plates: 35 layers ≈ 30 X0 (the 2018 depth)',
    cells: 'ASSUMED: read out as one cell',
  }),
});

/**
 * NA64 SRD (synchrotron-radiation detector): a Pb/scintillator sandwich of 200 layers of
 * 0.08 mm Pb + 1 mm scintillator (seed talk, 2023: "SRD: PbSc, 200 layers, 0.08 mm Pb + 1 mm
 * Sc, π rejection ~10⁴"), ≈ 3.3 X0, read out in three modules across the SR fan (as recalled).
 */
export const NA64_SRD_LAYERS: SamplingLayers = Object.freeze({
  absorber: 'Pb', absorberCm: 0.008,
  active: 'polystyrene', activeCm: 0.1,
  layersPerModule: 200,
  cellsX: 3, cellsY: 1, modulesAlongBeam: 1,
  nominalDepthX0: 3.3,
  sources: Object.freeze({
    layers: 'seed talk (NA64 at the 58th SPSC/PAC, June 2023): "SRD: PbSc, 200 layers, 0.08 mm Pb + 1 mm Sc"',
    cells: 'three modules across the synchrotron-radiation fan: as recalled, not confirmed',
  }),
});

/**
 * NA64 VHCAL (2021–2023, "veto HCAL" against large-angle neutral hadrons from upstream
 * interactions; seed talk: installed in 2023): taken as the HCAL's Fe/Sc stack (ASSUMED; the
 * VHCAL's own composition could not be found in the sources available here).
 */
export const NA64_VHCAL_LAYERS: SamplingLayers = Object.freeze({
  ...NA64_HCAL_LAYERS,
  layersPerModule: 16,
  cellsX: 4, cellsY: 4, modulesAlongBeam: 1,
  sources: Object.freeze({
    layers: 'ASSUMED: the HCAL Fe/Sc layer stack (2.5 cm Fe + 0.4 cm Sc), 16 layers ≈ 46 cm; 4 × 4 cells with the central 2 × 2 left open for the beam',
  }),
});

function samplingMixture(name: string, description: string, layers: SamplingLayers): Material {
  return mixture({
    name,
    description,
    parts: [
      { material: PDG_MATERIALS[layers.absorber], thicknessCm: layers.absorberCm },
      { material: PDG_MATERIALS[layers.active], thicknessCm: layers.activeCm },
    ],
    sources: { layers: `${name.replace('NA64-', 'NA64_')}_LAYERS: ${layers.absorberCm} cm ${layers.absorber} + ${layers.activeCm} cm ${layers.active}; ${Object.values(layers.sources).join(' | ')}` },
  });
}

/**
 * The homogenised NA64 calorimeter media 'NA64-ECAL' (Pb/Sc), 'NA64-HCAL' (Fe/Sc),
 * 'NA64-WCAL' (W/Sc) and 'NA64-SRD' (Pb/Sc), built with {@link mixture} from the layer thicknesses above.
 */
export const NA64_MATERIALS: Readonly<Record<string, Material>> = Object.freeze({
  'NA64-ECAL': samplingMixture('NA64-ECAL', 'NA64 Shashlik ECAL, homogenised Pb/scintillator layer stack (see NA64_ECAL_LAYERS)', NA64_ECAL_LAYERS),
  'NA64-HCAL': samplingMixture('NA64-HCAL', 'NA64 HCAL, homogenised Fe/scintillator layer stack (see NA64_HCAL_LAYERS)', NA64_HCAL_LAYERS),
  'NA64-WCAL': samplingMixture('NA64-WCAL', 'NA64 visible-mode WCAL, homogenised W/scintillator layer stack (see NA64_WCAL_LAYERS; plate thicknesses assumed)', NA64_WCAL_LAYERS),
  'NA64-SRD': samplingMixture('NA64-SRD', 'NA64 synchrotron-radiation detector, homogenised Pb/scintillator stack (see NA64_SRD_LAYERS)', NA64_SRD_LAYERS),
});

/** emiss materials: elements, the PDG materials table, mixtures and the NA64 calorimeter media. */
export { atomDensities } from './atom-densities.js';
export { compositionByFormula, compositionByMass } from './composition.js';
export { ELEMENTS, element } from './element.js';
export type { ElementData } from './element.js';
export { MATERIAL_NAMES, material } from './material.js';
export type { Material, MaterialComponent } from './material-types.js';
export { mixture } from './mixture.js';
export type { MixturePart, MixtureSpec } from './mixture.js';
export { MOLIERE_SCALE_ENERGY } from './moliere-scale-energy.js';
export { NA64_ECAL_LAYERS, NA64_HCAL_LAYERS, NA64_MATERIALS, NA64_SRD_LAYERS, NA64_VHCAL_LAYERS, NA64_WCAL_LAYERS } from './na64-calorimeters.js';
export type { EcalLayers, SamplingLayers } from './na64-calorimeters.js';
export { PDG_MATERIALS } from './pdg-materials.js';

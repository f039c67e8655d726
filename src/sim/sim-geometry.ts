/**
 * The runtime geometry of the simulation: the setup's detector list turned into flat,
 * precomputed elements along z, with global cell indices for every calorimeter cell and
 * counter (the ADC channels) and every tracker strip or tube (the digital channels).
 * Built once per run; read-only in the event loop.
 */
import { AVOGADRO, EmissError } from '../core/index.js';
import { material as lookupMaterial } from '../physics/index.js';
import type { Material } from '../physics/index.js';
import type { DetectorSpec, Setup } from '../setup/index.js';

/** Element kinds. */
export const ElementKind = { Calorimeter: 0, Counter: 1, Tracker: 2, Magnet: 3, Volume: 4 } as const;

/** Electronics response of an ADC element (from the setup). */
export interface ElementResponse {
  samplingFraction: number;
  photoelectronsPerGeV: number;
  samplingStochastic: number;
  adcPerGeV: number;
  gainSpread: number;
  pedestalAdc: number;
  noiseAdc: number;
  zeroSuppressionGeV: number;
}

/** Bulk matter of an element (null material = vacuum). */
export interface ElementMatter {
  material: Material | null;
  /** Radiation length [cm] (Infinity for vacuum). */
  radiationLengthCm: number;
  /** Nuclear interaction length [cm]. */
  interactionLengthCm: number;
  density: number;
  criticalEnergyGeV: number;
  moliereRadiusCm: number;
  /** ⟨Z/A⟩ [mol/g] and mean excitation energy I [GeV] for ionization (Bethe). */
  zOverA: number;
  meanExcitationGeV: number;
  /** Electrons per cm³. */
  electronDensity: number;
  /** Effective atomic number Σ w_j Z_j (mass fractions; Grindhammer–Peters eq. 2.17). */
  zEff: number;
}

/** One beam-line element. */
export interface SimElement extends ElementMatter {
  index: number;
  name: string;
  kind: number;
  /** Calorimeter role ('ecal', 'hcal', …) or the tracker technology, '' otherwise. */
  role: string;
  z0: number;
  z1: number;
  x0: number;
  y0: number;
  halfX: number;
  halfY: number;
  response: ElementResponse | null;
  // Calorimeter segmentation.
  nx: number;
  ny: number;
  pitchX: number;
  pitchY: number;
  /** 1 where a cell is missing (hole). */
  hole: Uint8Array;
  /** z of the end of each read-out section (all modules, in order) [cm]. */
  sectionZ1: Float64Array;
  /** z of the start of each section [cm] (gaps between modules are passive air). */
  sectionZ0: Float64Array;
  /** Section names (module-qualified for several modules: 'HCAL1'...). */
  sectionNames: string[];
  /** First global cell index and number of cells (sections × nx × ny; counters: 1). */
  firstCell: number;
  nCells: number;
  holeRadiusCm: number;
  // Trackers.
  planeZ: Float64Array;
  /** 0 = measures x, 1 = measures y. */
  planeView: Uint8Array;
  pitch: number;
  stripsPerPlane: number;
  firstChannel: number;
  resolutionCm: number;
  efficiency: number;
  thicknessX0: number;
  driftVelocityCmPerNs: number;
  timeResolutionNs: number;
  noiseHitsPerPlane: number;
  // Magnets.
  fieldIntegralTm: number;
}

/** The whole geometry. */
export interface SimGeometry {
  elements: SimElement[];
  /** Number of ADC channels (calorimeter cells + counters). */
  nCells: number;
  /** ADC channel → element index, section index and cell ix, iy. */
  cellElement: Int32Array;
  cellSection: Int32Array;
  cellIx: Int32Array;
  cellIy: Int32Array;
  /** Number of digital tracker channels. */
  nTrackerChannels: number;
  /** Element indices sorted by z0 (elements do not overlap). */
  zMin: number;
  zMax: number;
}

const VACUUM: ElementMatter = {
  material: null,
  radiationLengthCm: Number.POSITIVE_INFINITY,
  interactionLengthCm: Number.POSITIVE_INFINITY,
  density: 0,
  criticalEnergyGeV: 0,
  moliereRadiusCm: 0,
  zOverA: 0,
  meanExcitationGeV: 0,
  electronDensity: 0,
  zEff: 0,
};

/** Bulk properties of a named material (or vacuum). I from the PDG approximation I ≈ 16 Z^0.9 eV. */
export function elementMatter(name: string, where: string): ElementMatter {
  if (name === 'vacuum') return VACUUM;
  let m: Material;
  try {
    m = lookupMaterial(name);
  } catch (e) {
    if (e instanceof EmissError) throw new EmissError('BAD_FILE', where, e.message.replace(/^material: /, ''), e.allowed);
    throw e;
  }
  let zOverA = 0;
  let lnI = 0;
  let zEff = 0;
  for (const c of m.components) {
    zEff += c.massFraction * c.element.Z;
    const zA = c.element.Z / c.element.A;
    zOverA += c.massFraction * zA;
    // Bragg additivity of ln I weighted by electrons (PDG §34.2.4).
    lnI += c.massFraction * zA * Math.log(16e-9 * Math.pow(c.element.Z, 0.9));
  }
  lnI /= zOverA;
  return {
    material: m,
    radiationLengthCm: m.radiationLengthCm,
    interactionLengthCm: m.nuclearInteractionLengthCm,
    density: m.density,
    criticalEnergyGeV: m.criticalEnergy,
    moliereRadiusCm: m.moliereRadius,
    zOverA,
    meanExcitationGeV: Math.exp(lnI),
    electronDensity: AVOGADRO * m.density * zOverA,
    zEff,
  };
}

/**
 * An element as a class instance: every field is created in the constructor in one order, so
 * all elements share one hidden class with fast properties (an object literal with a spread of
 * ~50 keys fell back to V8's dictionary mode, slowing every read in the transport loops).
 */
class ElementRecord implements SimElement {
  material: Material | null;
  radiationLengthCm: number;
  interactionLengthCm: number;
  density: number;
  criticalEnergyGeV: number;
  moliereRadiusCm: number;
  zOverA: number;
  meanExcitationGeV: number;
  electronDensity: number;
  zEff: number;
  x0 = 0.5;
  y0 = 0.5;
  halfX = 0.5;
  halfY = 0.5;
  response: ElementResponse | null = null;
  nx = 0;
  ny = 0;
  pitchX = 0.5;
  pitchY = 0.5;
  hole = new Uint8Array(0);
  sectionZ1 = new Float64Array(0);
  sectionZ0 = new Float64Array(0);
  sectionNames: string[] = [];
  firstCell = -1;
  nCells = 0;
  holeRadiusCm = 0.5;
  planeZ = new Float64Array(0);
  planeView = new Uint8Array(0);
  pitch = 0.5;
  stripsPerPlane = 0;
  firstChannel = -1;
  resolutionCm = 0.5;
  efficiency = 0.5;
  thicknessX0 = 0.5;
  driftVelocityCmPerNs = 0.5;
  timeResolutionNs = 0.5;
  noiseHitsPerPlane = 0.5;
  fieldIntegralTm = 0.5;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly kind: number,
    readonly role: string,
    public z0: number,
    public z1: number,
    matter: ElementMatter,
  ) {
    this.material = matter.material;
    this.radiationLengthCm = matter.radiationLengthCm;
    this.interactionLengthCm = matter.interactionLengthCm;
    this.density = matter.density;
    this.criticalEnergyGeV = matter.criticalEnergyGeV;
    this.moliereRadiusCm = matter.moliereRadiusCm;
    this.zOverA = matter.zOverA;
    this.meanExcitationGeV = matter.meanExcitationGeV;
    this.electronDensity = matter.electronDensity;
    this.zEff = matter.zEff;
  }
}

function blank(index: number, name: string, kind: number, role: string, z0: number, z1: number, matter: ElementMatter): SimElement {
  const el = new ElementRecord(index, name, kind, role, z0, z1, matter);
  // Doubles were stored above (0.5) so that the fields are double fields from the start;
  // now the neutral values.
  el.x0 = 0;
  el.y0 = 0;
  el.halfX = 0;
  el.halfY = 0;
  el.pitchX = 0;
  el.pitchY = 0;
  el.holeRadiusCm = 0;
  el.pitch = 0;
  el.resolutionCm = 0;
  el.efficiency = 1;
  el.thicknessX0 = 0;
  el.driftVelocityCmPerNs = 0;
  el.timeResolutionNs = 0;
  el.noiseHitsPerPlane = 0;
  el.fieldIntegralTm = 0;
  return el;
}

/** Builds the runtime geometry; throws BAD_FILE naming the element for an invalid layout. */
export function buildGeometry(setup: Setup, fileName = 'setup'): SimGeometry {
  // Along z (a variant that `extends` a setup appends new elements at the end of the list).
  const specs: DetectorSpec[] = [...(setup.detectors ?? [])].sort((a, b) => a.zCm - b.zCm);
  if (specs.length === 0) throw new EmissError('BAD_FILE', `${fileName}: detectors`, 'the simulation needs the detector list of the setup', 'see docs/setup.md');
  const names = new Set<string>();
  const elements: SimElement[] = [];
  let nCells = 0;
  let nTracker = 0;
  const cellElement: number[] = [];
  const cellSection: number[] = [];
  const cellIx: number[] = [];
  const cellIy: number[] = [];
  specs.forEach((d, i) => {
    const where = `${fileName}: detectors (${d.name})`;
    if (names.has(d.name)) throw new EmissError('BAD_FILE', where, `duplicate detector name '${d.name}'`, 'unique names');
    names.add(d.name);
    let el: SimElement;
    switch (d.type) {
      case 'calorimeter': {
        const matter = elementMatter(d.material, `${where}.material`);
        const depth = d.sections.reduce((s, x) => s + x.depthCm, 0);
        const length = d.modules * depth + (d.modules - 1) * d.moduleGapCm;
        el = blank(i, d.name, ElementKind.Calorimeter, d.role, d.zCm, d.zCm + length, matter);
        el.x0 = d.xCm;
        el.y0 = d.yCm;
        el.nx = d.cells.nx;
        el.ny = d.cells.ny;
        el.pitchX = d.cells.pitchXCm;
        el.pitchY = d.cells.pitchYCm;
        el.halfX = 0.5 * el.nx * el.pitchX;
        el.halfY = 0.5 * el.ny * el.pitchY;
        el.hole = new Uint8Array(el.nx * el.ny);
        for (const [ix, iy] of d.holes ?? []) {
          if (ix >= el.nx || iy >= el.ny) throw new EmissError('BAD_FILE', `${where}.holes`, `cell [${ix}, ${iy}] is outside the ${el.nx}×${el.ny} matrix`, `ix < ${el.nx}, iy < ${el.ny}`);
          el.hole[iy * el.nx + ix] = 1;
        }
        const nSec = d.modules * d.sections.length;
        el.sectionZ0 = new Float64Array(nSec);
        el.sectionZ1 = new Float64Array(nSec);
        let z = d.zCm;
        for (let m = 0; m < d.modules; m++) {
          for (let s = 0; s < d.sections.length; s++) {
            const k = m * d.sections.length + s;
            el.sectionZ0[k] = z;
            z += d.sections[s].depthCm;
            el.sectionZ1[k] = z;
            el.sectionNames.push(d.modules > 1 ? `${d.name}${m + 1}${d.sections.length > 1 ? `.${d.sections[s].name}` : ''}` : `${d.name}.${d.sections[s].name}`);
          }
          z += d.moduleGapCm;
        }
        el.response = { ...d.response };
        el.firstCell = nCells;
        el.nCells = nSec * el.nx * el.ny;
        for (let s = 0; s < nSec; s++)
          for (let iy = 0; iy < el.ny; iy++)
            for (let ix = 0; ix < el.nx; ix++) {
              cellElement.push(i);
              cellSection.push(s);
              cellIx.push(ix);
              cellIy.push(iy);
            }
        nCells += el.nCells;
        break;
      }
      case 'counter': {
        el = blank(i, d.name, ElementKind.Counter, 'counter', d.zCm, d.zCm + d.thicknessCm, elementMatter(d.material, `${where}.material`));
        el.x0 = d.xCm;
        el.y0 = d.yCm;
        el.halfX = 0.5 * d.sizeXCm;
        el.halfY = 0.5 * d.sizeYCm;
        el.holeRadiusCm = d.holeRadiusCm;
        el.response = { ...d.response };
        el.nx = 1;
        el.ny = 1;
        el.sectionZ0 = Float64Array.of(d.zCm);
        el.sectionZ1 = Float64Array.of(d.zCm + d.thicknessCm);
        el.sectionNames = [d.name];
        el.hole = new Uint8Array(1);
        el.firstCell = nCells;
        el.nCells = 1;
        cellElement.push(i);
        cellSection.push(0);
        cellIx.push(0);
        cellIy.push(0);
        nCells += 1;
        break;
      }
      case 'tracker': {
        const n = d.planes.length;
        // A tracker plane is thin matter (thicknessX0 of its own); the element is vacuum otherwise.
        el = blank(i, d.name, ElementKind.Tracker, d.technology, d.zCm, d.zCm + Math.max(n - 1, 0) * d.planeSpacingCm + 0.1, VACUUM);
        el.x0 = d.xCm;
        el.y0 = d.yCm;
        el.halfX = 0.5 * d.sizeXCm;
        el.halfY = 0.5 * d.sizeYCm;
        el.planeZ = Float64Array.from(d.planes, (_, k) => d.zCm + k * d.planeSpacingCm);
        el.planeView = Uint8Array.from(d.planes, (v) => (v === 'x' ? 0 : 1));
        el.pitch = d.pitchCm;
        el.stripsPerPlane = Math.ceil(Math.max(d.sizeXCm, d.sizeYCm) / d.pitchCm);
        el.firstChannel = nTracker;
        nTracker += n * el.stripsPerPlane;
        el.resolutionCm = d.resolutionCm;
        el.efficiency = d.efficiency;
        el.thicknessX0 = d.thicknessX0;
        el.driftVelocityCmPerNs = d.driftVelocityCmPerNs ?? (d.technology === 'straw' ? 0.005 : 0);
        el.timeResolutionNs = d.timeResolutionNs;
        el.noiseHitsPerPlane = d.noiseHitsPerPlane;
        break;
      }
      case 'magnet': {
        el = blank(i, d.name, ElementKind.Magnet, 'magnet', d.zCm, d.zCm + d.lengthCm, VACUUM);
        el.x0 = d.xCm;
        el.y0 = d.yCm;
        el.halfX = 0.5 * d.apertureXCm;
        el.halfY = 0.5 * d.apertureYCm;
        el.fieldIntegralTm = d.fieldIntegralTm;
        break;
      }
      case 'volume': {
        el = blank(i, d.name, ElementKind.Volume, 'volume', d.zCm, d.zCm + d.lengthCm, elementMatter(d.material, `${where}.material`));
        el.x0 = d.xCm;
        el.y0 = d.yCm;
        el.halfX = 0.5 * d.sizeXCm;
        el.halfY = 0.5 * d.sizeYCm;
        break;
      }
    }
    elements.push(el);
  });
  // Elements must be ordered along z and must not overlap.
  for (let i = 1; i < elements.length; i++) {
    const a = elements[i - 1];
    const b = elements[i];
    if (b.z0 < a.z1 - 1e-9) {
      throw new EmissError('BAD_FILE', `${fileName}: detectors (${b.name})`, `starts at z = ${b.z0} cm, inside ${a.name} (${a.z0}–${a.z1} cm)`, `zCm ≥ ${a.z1}`);
    }
  }
  return {
    elements,
    nCells,
    cellElement: Int32Array.from(cellElement),
    cellSection: Int32Array.from(cellSection),
    cellIx: Int32Array.from(cellIx),
    cellIy: Int32Array.from(cellIy),
    nTrackerChannels: nTracker,
    zMin: elements[0].z0,
    zMax: elements[elements.length - 1].z1,
  };
}

/** Index of the element containing z (binary search), or −1 in a gap or outside. */
export function elementAtZ(g: SimGeometry, z: number): number {
  const els = g.elements;
  let lo = 0;
  let hi = els.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = els[mid];
    if (z < e.z0) hi = mid - 1;
    else if (z >= e.z1) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first element starting at or after z, or elements.length. */
export function nextElementAfter(g: SimGeometry, z: number): number {
  const els = g.elements;
  let lo = 0;
  let hi = els.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid].z0 <= z) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ADC channel (global cell index) of a point inside a calorimeter or counter element, or −1
 * (outside the transverse area, in a hole, or in a gap between modules).
 */
export function cellAt(el: SimElement, x: number, y: number, z: number): number {
  const dx = x - el.x0;
  const dy = y - el.y0;
  if (Math.abs(dx) >= el.halfX || Math.abs(dy) >= el.halfY) return -1;
  if (el.kind === ElementKind.Counter) {
    if (el.holeRadiusCm > 0 && dx * dx + dy * dy < el.holeRadiusCm * el.holeRadiusCm) return -1;
    return el.firstCell;
  }
  const ix = Math.floor((dx + el.halfX) / el.pitchX);
  const iy = Math.floor((dy + el.halfY) / el.pitchY);
  if (el.hole[iy * el.nx + ix]) return -1;
  const nSec = el.sectionZ1.length;
  let s = 0;
  while (s < nSec && z >= el.sectionZ1[s]) s++;
  if (s === nSec || z < el.sectionZ0[s]) return -1;
  return el.firstCell + (s * el.ny + iy) * el.nx + ix;
}

/**
 * Whether (x, y) is in an opening of element el (a missing calorimeter cell, or the hole of a
 * veto counter), where particles pass without meeting matter.
 */
export function inHole(el: SimElement, x: number, y: number): boolean {
  const dx = x - el.x0;
  const dy = y - el.y0;
  if (el.kind === ElementKind.Counter) return el.holeRadiusCm > 0 && dx * dx + dy * dy < el.holeRadiusCm * el.holeRadiusCm;
  if (el.kind !== ElementKind.Calorimeter || el.hole.length === 0) return false;
  const ix = Math.floor((dx + el.halfX) / el.pitchX);
  const iy = Math.floor((dy + el.halfY) / el.pitchY);
  if (ix < 0 || iy < 0 || ix >= el.nx || iy >= el.ny) return false;
  return el.hole[iy * el.nx + ix] === 1;
}

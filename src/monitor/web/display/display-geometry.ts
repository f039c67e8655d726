/**
 * The geometry the event display draws, reduced from the simulation's runtime geometry
 * (sim/sim-geometry.ts, built from the setup file): every element as a box in the lab frame
 * [cm] (z along the beam), calorimeter sections and cell matrices, tracker planes with their
 * view, pitch, tube stagger and channel ranges, ADC channel → cell. Plain JSON (no typed
 * arrays), so the server can send it and the page can build it from the setup alike.
 */
import { ElementKind } from '../../../sim/index.js';
import type { SimGeometry } from '../../../sim/index.js';
import { strawStagger } from '../../../sim/response/index.js';

/** Element kinds by name. */
export type DisplayKind = 'calorimeter' | 'counter' | 'tracker' | 'magnet' | 'volume';

/** One tracker plane. */
export interface DisplayPlane {
  /** z of the plane [cm]. */
  z: number;
  /** 0: measures x (tubes/strips along y), 1: measures y. */
  view: 0 | 1;
  /** Tube shift in pitches (staggered straw double layers: 0 or ½). */
  stagger: number;
}

/** One element of the beam line. */
export interface DisplayElement {
  name: string;
  kind: DisplayKind;
  /** Calorimeter role, tracker technology ('straw', 'micromegas', …), '' otherwise. */
  role: string;
  /** Centre in x, y and half sizes [cm]; z range [cm]. */
  x0: number;
  y0: number;
  halfX: number;
  halfY: number;
  z0: number;
  z1: number;
  /** Calorimeter cells per row/column and pitches [cm] (1 × 1 for counters). */
  nx: number;
  ny: number;
  pitchX: number;
  pitchY: number;
  /** Read-out sections along z [cm] (calorimeters: modules × sections; counters: one). */
  sections: { name: string; z0: number; z1: number }[];
  /** First ADC channel and number of ADC channels (sections × nx × ny). */
  firstCell: number;
  nCells: number;
  /** Trackers: planes, pitch [cm], tubes or strips per plane, first digital channel. */
  planes: DisplayPlane[];
  pitch: number;
  stripsPerPlane: number;
  firstChannel: number;
  /** Magnets: ∫B·dl [T·m]. */
  fieldIntegralTm: number;
}

/** The display's geometry. */
export interface DisplayGeometry {
  elements: DisplayElement[];
  zMin: number;
  zMax: number;
  nCells: number;
  nTrackerChannels: number;
}

const KIND_NAMES: Record<number, DisplayKind> = {
  [ElementKind.Calorimeter]: 'calorimeter',
  [ElementKind.Counter]: 'counter',
  [ElementKind.Tracker]: 'tracker',
  [ElementKind.Magnet]: 'magnet',
  [ElementKind.Volume]: 'volume',
};

/** Reduces a {@link SimGeometry} to a {@link DisplayGeometry}. */
export function displayGeometry(g: SimGeometry): DisplayGeometry {
  const elements = g.elements.map((el): DisplayElement => {
    const kind = KIND_NAMES[el.kind] ?? 'volume';
    const stagger = kind === 'tracker' && el.role === 'straw' ? strawStagger(el.planeView) : new Float64Array(el.planeZ.length);
    return {
      name: el.name,
      kind,
      role: el.role,
      x0: el.x0,
      y0: el.y0,
      halfX: el.halfX,
      halfY: el.halfY,
      z0: el.z0,
      z1: el.z1,
      nx: el.nx,
      ny: el.ny,
      pitchX: el.pitchX,
      pitchY: el.pitchY,
      sections: Array.from(el.sectionZ0, (z0, k) => ({ name: el.sectionNames[k] ?? el.name, z0, z1: el.sectionZ1[k] })),
      firstCell: el.firstCell,
      nCells: el.nCells,
      planes: Array.from(el.planeZ, (z, k) => ({ z, view: el.planeView[k] === 0 ? 0 : 1, stagger: stagger[k] })),
      pitch: el.pitch,
      stripsPerPlane: el.stripsPerPlane,
      firstChannel: el.firstChannel,
      fieldIntegralTm: el.fieldIntegralTm,
    };
  });
  return { elements, zMin: g.zMin, zMax: g.zMax, nCells: g.nCells, nTrackerChannels: g.nTrackerChannels };
}

/** The fields of a runtime-geometry element that {@link displayGeometry} reads. */
type GeometryJsonElement = Pick<SimGeometry['elements'][number], 'name' | 'kind' | 'role' | 'x0' | 'y0' | 'halfX' | 'halfY' | 'z0' | 'z1' | 'nx' | 'ny' | 'pitchX' | 'pitchY' | 'sectionNames' | 'firstCell' | 'nCells' | 'pitch' | 'stripsPerPlane' | 'firstChannel' | 'fieldIntegralTm'> & {
  sectionZ0: ArrayLike<number>;
  sectionZ1: ArrayLike<number>;
  planeZ: ArrayLike<number>;
  planeView: ArrayLike<number>;
};

/**
 * The display geometry from the server's JSON form of the runtime geometry
 * (src/monitor/server/geometry-json.ts: typed arrays as arrays), or null when `json` does not
 * have that shape (the page then builds the geometry from the setup).
 */
export function fromGeometryJson(json: unknown): DisplayGeometry | null {
  const g = json as { elements?: unknown; zMin?: unknown; zMax?: unknown; nCells?: unknown; nTrackerChannels?: unknown } | null;
  if (!g || !Array.isArray(g.elements) || typeof g.zMin !== 'number' || typeof g.zMax !== 'number') return null;
  const ok = (g.elements as Record<string, unknown>[]).every(
    (e) => typeof e.kind === 'number' && typeof e.name === 'string' && Array.isArray(e.planeZ) && Array.isArray(e.planeView) && Array.isArray(e.sectionZ0) && Array.isArray(e.sectionZ1) && Array.isArray(e.sectionNames),
  );
  if (!ok) return null;
  const elements = g.elements as GeometryJsonElement[];
  return displayGeometry({ elements, zMin: g.zMin, zMax: g.zMax, nCells: Number(g.nCells ?? 0), nTrackerChannels: Number(g.nTrackerChannels ?? 0) } as unknown as SimGeometry);
}

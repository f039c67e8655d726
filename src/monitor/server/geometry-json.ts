/**
 * The runtime geometry (src/sim/sim-geometry.ts buildGeometry) as plain JSON for the event
 * display: per element its position, size, segmentation, tracker planes and channel ranges
 * (typed arrays become arrays, the material its name, infinite lengths null).
 */
import type { SimGeometry } from '../../sim/sim-geometry.js';

/** JSON form of the geometry (lengths in cm). */
export function geometryJson(g: SimGeometry): Record<string, unknown> {
  return {
    nCells: g.nCells,
    nTrackerChannels: g.nTrackerChannels,
    zMin: g.zMin,
    zMax: g.zMax,
    cellElement: Array.from(g.cellElement),
    cellSection: Array.from(g.cellSection),
    cellIx: Array.from(g.cellIx),
    cellIy: Array.from(g.cellIy),
    elements: g.elements.map((e) => ({
      index: e.index,
      name: e.name,
      kind: e.kind,
      role: e.role,
      material: e.material?.name ?? null,
      z0: e.z0,
      z1: e.z1,
      x0: e.x0,
      y0: e.y0,
      halfX: e.halfX,
      halfY: e.halfY,
      nx: e.nx,
      ny: e.ny,
      pitchX: e.pitchX,
      pitchY: e.pitchY,
      hole: Array.from(e.hole ?? []),
      holeRadiusCm: e.holeRadiusCm,
      sectionZ0: Array.from(e.sectionZ0 ?? []),
      sectionZ1: Array.from(e.sectionZ1 ?? []),
      sectionNames: e.sectionNames,
      firstCell: e.firstCell,
      nCells: e.nCells,
      planeZ: Array.from(e.planeZ ?? []),
      planeView: Array.from(e.planeView ?? []),
      pitch: e.pitch,
      stripsPerPlane: e.stripsPerPlane,
      firstChannel: e.firstChannel,
      fieldIntegralTm: e.fieldIntegralTm,
    })),
  };
}

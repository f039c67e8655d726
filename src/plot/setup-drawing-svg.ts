/**
 * The setup drawn to scale: a top view (beam direction z to the right, horizontal x up) of every
 * beam-line element as its true z extent and x extent, with the nominal beam trajectory bent by
 * the dipoles. A beam line is ~25 m long and ~1 m wide, so the two axes have separate scales,
 * each with its own labelled ruler (z in m, x in cm) and the vertical exaggeration printed on
 * the drawing; within an axis every length is true.
 *
 * The trajectory: straight lines between the magnets, bent at each magnet's centre by
 * θ = 0.2998 ∫B·dl [T·m] / p [GeV] (the bending angle of a charge-1 particle in a thin dipole,
 * PDG Review of Particle Physics (2024), §34.13 "Magnetic field"; sign: negative particles bend
 * towards +x, as the setups place the downstream detectors). No Node-only API.
 */
import { EmissError } from '../core/index.js';
import { escapeXml } from './escape-xml.js';
import { OKABE_ITO } from './okabe-ito.js';
import { FONT_FAMILY } from './render-plot.js';
import { roundPx } from './round-px.js';

/** What kind of element (sets its colour). */
export type DrawingKind = 'calorimeter' | 'counter' | 'tracker' | 'magnet' | 'volume';

/** One element as the drawing needs it (lengths in cm). */
export interface DrawingElement {
  name: string;
  kind: DrawingKind;
  /** Front and back face along the beam [cm]. */
  z0: number;
  z1: number;
  /** Centre and half width in x [cm]. */
  x0: number;
  halfX: number;
  /** ∫B·dl [T·m] of a magnet (0 otherwise). */
  fieldIntegralTm?: number;
}

/** Options of {@link setupDrawingSvg}. */
export interface SetupDrawingOptions {
  /** Drawing size [px] (900 × 300). */
  widthPx?: number;
  heightPx?: number;
  /** Beam momentum [GeV/c] and charge sign, for the trajectory; omit to draw no trajectory. */
  beamMomentumGeV?: number;
  beamCharge?: number;
  /** z where the beam starts [cm] (the smallest z0). */
  beamStartZCm?: number;
  /** Title above the drawing. */
  title?: string;
}

const FILL: Record<DrawingKind, string> = {
  calorimeter: OKABE_ITO.orange,
  counter: OKABE_ITO.bluishGreen,
  tracker: OKABE_ITO.blue,
  magnet: OKABE_ITO.reddishPurple,
  volume: '#dddddd',
};

/** Bending constant: p [GeV/c] = 0.2998 · B [T] · ρ [m] (PDG §34.13). */
const BEND_GEV_PER_TM = 0.299792458;

/**
 * An SVG document of the setup to scale (see the module comment). Throws BAD_OPTION for an
 * empty list or a non-finite dimension. Deterministic; never writes NaN.
 */
export function setupDrawingSvg(elements: readonly DrawingElement[], options: SetupDrawingOptions = {}): string {
  if (elements.length === 0) throw new EmissError('BAD_OPTION', 'setup drawing', 'the setup has no elements to draw', 'a setup with detectors');
  for (const e of elements) {
    for (const v of [e.z0, e.z1, e.x0, e.halfX]) {
      if (!Number.isFinite(v)) throw new EmissError('BAD_OPTION', `setup drawing: ${e.name}`, `a non-finite dimension (${v})`);
    }
  }
  const W = options.widthPx ?? 900;
  const H = options.heightPx ?? 300;
  const left = 50;
  const right = 20;
  const top = options.title ? 34 : 14;
  const bottom = 46;
  const zMin = Math.min(options.beamStartZCm ?? Infinity, ...elements.map((e) => e.z0));
  const zMax = Math.max(...elements.map((e) => e.z1));
  const xMin = Math.min(0, ...elements.map((e) => e.x0 - e.halfX));
  const xMax = Math.max(0, ...elements.map((e) => e.x0 + e.halfX));
  const zPad = 0.02 * (zMax - zMin || 1);
  const xPad = 0.08 * (xMax - xMin || 1);
  const z0 = zMin - zPad;
  const z1 = zMax + zPad;
  const xa = xMin - xPad;
  const xb = xMax + xPad;
  const sz = (W - left - right) / (z1 - z0); // px per cm along z
  const sx = (H - top - bottom) / (xb - xa); // px per cm along x
  const px = (z: number): number => roundPx(left + (z - z0) * sz);
  const py = (x: number): number => roundPx(H - bottom - (x - xa) * sx);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT_FAMILY)}" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  if (options.title) out.push(`<text x="${left}" y="20" font-size="13">${escapeXml(options.title)}</text>`);
  // Elements, volumes first so that detectors sit on top.
  const order = [...elements].sort((a, b) => (a.kind === 'volume' ? 0 : 1) - (b.kind === 'volume' ? 0 : 1) || a.z0 - b.z0);
  for (const e of order) {
    const xL = px(e.z0);
    const w = Math.max(1, roundPx(px(e.z1) - xL));
    const yT = py(e.x0 + e.halfX);
    const h = Math.max(1, roundPx(py(e.x0 - e.halfX) - yT));
    out.push(`<rect x="${xL}" y="${yT}" width="${w}" height="${h}" fill="${FILL[e.kind]}" fill-opacity="${e.kind === 'volume' ? 0.5 : 0.8}" stroke="#333" stroke-width="0.5"><title>${escapeXml(`${e.name} (${e.kind}): z ${e.z0}–${e.z1} cm, x ${e.x0 - e.halfX}–${e.x0 + e.halfX} cm`)}</title></rect>`);
  }
  // Names, alternating above and below to limit overlaps.
  const named = elements.filter((e) => e.kind !== 'volume').sort((a, b) => a.z0 - b.z0);
  named.forEach((e, i) => {
    const xc = roundPx((px(e.z0) + px(e.z1)) / 2);
    const y = i % 2 === 0 ? py(e.x0 + e.halfX) - 3 : py(e.x0 - e.halfX) + 11;
    out.push(`<text x="${xc}" y="${roundPx(y)}" text-anchor="middle" font-size="9">${escapeXml(e.name)}</text>`);
  });
  // The nominal trajectory.
  if (options.beamMomentumGeV !== undefined && options.beamMomentumGeV > 0) {
    const q = options.beamCharge ?? -1;
    const magnets = elements.filter((e) => e.kind === 'magnet' && (e.fieldIntegralTm ?? 0) !== 0).sort((a, b) => a.z0 - b.z0);
    let z = zMin;
    let x = 0;
    let slope = 0;
    const pts: string[] = [`${px(z)},${py(x)}`];
    for (const m of magnets) {
      const zc = (m.z0 + m.z1) / 2;
      x += slope * (zc - z);
      z = zc;
      pts.push(`${px(z)},${py(x)}`);
      slope += (-q * BEND_GEV_PER_TM * (m.fieldIntegralTm ?? 0)) / options.beamMomentumGeV;
    }
    x += slope * (zMax - z);
    pts.push(`${px(zMax)},${py(x)}`);
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${OKABE_ITO.vermillion}" stroke-width="1.2" stroke-dasharray="4 2"><title>nominal beam trajectory</title></polyline>`);
  }
  // Rulers: z in m along the bottom, x in cm along the left.
  const yAxis = H - bottom + 8;
  out.push(`<line x1="${left}" y1="${yAxis}" x2="${W - right}" y2="${yAxis}" stroke="#000" stroke-width="0.8"/>`);
  const zStepM = niceStep((z1 - z0) / 100 / 8);
  for (let zm = Math.ceil(z0 / 100 / zStepM) * zStepM; zm * 100 <= z1; zm += zStepM) {
    const xx = px(zm * 100);
    out.push(`<line x1="${xx}" y1="${yAxis}" x2="${xx}" y2="${yAxis + 4}" stroke="#000" stroke-width="0.8"/><text x="${xx}" y="${yAxis + 15}" text-anchor="middle">${fmt(zm)}</text>`);
  }
  out.push(`<text x="${W - right}" y="${yAxis + 30}" text-anchor="end">z [m] (beam direction)</text>`);
  out.push(`<line x1="${left - 8}" y1="${py(xa)}" x2="${left - 8}" y2="${py(xb)}" stroke="#000" stroke-width="0.8"/>`);
  const xStep = niceStep((xb - xa) / 5);
  for (let xc = Math.ceil(xa / xStep) * xStep; xc <= xb; xc += xStep) {
    const yy = py(xc);
    out.push(`<line x1="${left - 12}" y1="${yy}" x2="${left - 8}" y2="${yy}" stroke="#000" stroke-width="0.8"/><text x="${left - 14}" y="${roundPx(yy + 4)}" text-anchor="end">${fmt(xc)}</text>`);
  }
  out.push(`<text x="${left - 40}" y="${top - 4}">x [cm]</text>`);
  const exaggeration = sx / sz;
  out.push(`<text x="${left}" y="${yAxis + 30}">top view, to scale along each axis; x exaggerated ×${fmt(Math.round(exaggeration))}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** 1, 2 or 5 × 10ⁿ, the smallest not below `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** A number without floating-point noise (1e-9 relative). */
function fmt(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

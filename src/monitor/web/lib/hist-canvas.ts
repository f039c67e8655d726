/**
 * A light canvas renderer for the dashboard's live histograms: 1D as a step line with filled
 * area, 2D as a colour map (linear scale, viridis-like ramp), both with min/max axis labels.
 * The dashboard redraws ~30 histograms per update at ≥ 1 Hz; JSROOT's SVG painter takes tens of
 * ms per 2D histogram (measured 70 ms for a 10×10 TH2D in Node), a canvas draw well under one,
 * so this draws the live view, and JSROOT the PNG export (server side) and the view a click on a
 * panel opens (jsroot-view.ts). Browser only.
 */
import type { HistPayload } from '../../server/hist-payload.js';

/** A histogram as pushed by the server (src/monitor/server/hist-payload.ts; a type, erased from the bundle). */
export type HistView = HistPayload;

/** Extra drawing on a histogram, in its axis units (e.g. the signal box). */
export interface Overlay {
  rects?: { x0: number; x1: number; y0: number; y1: number; label?: string; fill?: string }[];
  lines?: { x0: number; y0: number; x1: number; y1: number; label?: string }[];
  /** Bin labels along x (1D), e.g. counter names. */
  xLabels?: string[];
}

const M = { l: 44, r: 8, t: 6, b: 30 };

// Viridis anchors (matplotlib's colormap, S. van der Walt & N. Smith 2015), interpolated linearly.
const RAMP = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

function ramp(f: number): string {
  const x = Math.min(1, Math.max(0, f)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const t = x - i;
  const c = RAMP[i].map((v, k) => Math.round(v + t * (RAMP[i + 1][k] - v)));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function fmt(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e4 || a < 1e-2 ? v.toExponential(1) : Number(v.toPrecision(3)).toString();
}

/** Draws `h` on `canvas` (sized by its CSS box × devicePixelRatio). */
export function drawHist(canvas: HTMLCanvasElement, h: HistView, overlay: Overlay = {}): void {
  const dpr = window.devicePixelRatio || 1;
  const W = canvas.clientWidth || 320;
  const H = canvas.clientHeight || 200;
  if (canvas.width !== Math.round(W * dpr)) canvas.width = Math.round(W * dpr);
  if (canvas.height !== Math.round(H * dpr)) canvas.height = Math.round(H * dpr);
  const g = canvas.getContext('2d');
  if (!g) return;
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, W, H);
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;
  const X = (x: number): number => M.l + ((x - h.xlo) / (h.xhi - h.xlo)) * pw;
  let Y: (y: number) => number;
  g.font = '10px sans-serif';
  g.fillStyle = '#333';
  if (h.kind === 2) {
    Y = (y: number) => M.t + ph - ((y - h.ylo) / (h.yhi - h.ylo)) * ph;
    let max = 0;
    for (const v of h.contents) if (v > max) max = v;
    const cw = pw / h.nx;
    const chh = ph / h.ny;
    g.fillStyle = '#f4f4f4';
    g.fillRect(M.l, M.t, pw, ph);
    for (let iy = 0; iy < h.ny; iy++) {
      for (let ix = 0; ix < h.nx; ix++) {
        const v = h.contents[iy * h.nx + ix];
        if (!(v > 0)) continue;
        g.fillStyle = ramp(max > 0 ? v / max : 0);
        g.fillRect(M.l + ix * cw, M.t + ph - (iy + 1) * chh, Math.ceil(cw), Math.ceil(chh));
      }
    }
    g.fillStyle = '#333';
    g.fillText(`max ${fmt(max)}`, W - M.r - 70, M.t + 10);
    g.textAlign = 'right';
    g.fillText(fmt(h.ylo), M.l - 3, M.t + ph);
    g.fillText(fmt(h.yhi), M.l - 3, M.t + 9);
  } else {
    let max = 0;
    for (const v of h.contents) if (v > max) max = v;
    const top = max > 0 ? max * 1.1 : 1;
    Y = (y: number) => M.t + ph - (y / top) * ph;
    g.beginPath();
    g.moveTo(X(h.xlo), Y(0));
    const bw = (h.xhi - h.xlo) / h.nx;
    for (let i = 0; i < h.nx; i++) {
      const y = Y(Math.max(0, h.contents[i]));
      g.lineTo(X(h.xlo + i * bw), y);
      g.lineTo(X(h.xlo + (i + 1) * bw), y);
    }
    g.lineTo(X(h.xhi), Y(0));
    g.closePath();
    g.fillStyle = 'rgba(0,114,178,0.25)';
    g.fill();
    g.strokeStyle = '#0072b2';
    g.stroke();
    g.fillStyle = '#333';
    g.textAlign = 'right';
    g.fillText(fmt(top), M.l - 3, M.t + 9);
    g.fillText('0', M.l - 3, M.t + ph);
    if (overlay.xLabels) {
      g.textAlign = 'center';
      overlay.xLabels.forEach((s, i) => g.fillText(s, X(h.xlo + (i + 0.5) * bw), M.t + ph + 11));
    }
  }
  for (const r of overlay.rects ?? []) {
    const x0 = X(Math.max(h.xlo, r.x0));
    const x1 = X(Math.min(h.xhi, r.x1));
    const y0 = Y(Math.max(h.ylo, r.y0));
    const y1 = Y(Math.min(h.yhi, r.y1));
    if (r.fill) {
      g.fillStyle = r.fill;
      g.fillRect(x0, y1, x1 - x0, y0 - y1);
    }
    g.strokeStyle = '#d55e00';
    g.lineWidth = 1.5;
    g.strokeRect(x0, y1, Math.max(2, x1 - x0), Math.max(2, y0 - y1));
    g.lineWidth = 1;
    if (r.label) {
      g.fillStyle = '#d55e00';
      g.textAlign = 'left';
      g.fillText(r.label, x0 + 3, y1 - 3 > M.t + 8 ? y1 - 3 : y1 + 11);
    }
  }
  for (const l of overlay.lines ?? []) {
    g.strokeStyle = 'rgba(213,94,0,0.6)';
    g.setLineDash([4, 3]);
    g.beginPath();
    g.moveTo(X(l.x0), Y(l.y0));
    g.lineTo(X(l.x1), Y(l.y1));
    g.stroke();
    g.setLineDash([]);
    if (l.label) {
      g.fillStyle = 'rgba(213,94,0,0.9)';
      g.textAlign = 'left';
      g.fillText(l.label, X(l.x0 + 0.55 * (l.x1 - l.x0)) + 4, Y(l.y0 + 0.55 * (l.y1 - l.y0)) - 4);
    }
  }
  g.strokeStyle = '#999';
  g.strokeRect(M.l, M.t, pw, ph);
  g.fillStyle = '#333';
  g.textAlign = 'left';
  if (!overlay.xLabels) g.fillText(fmt(h.xlo), M.l, M.t + ph + 11);
  g.textAlign = 'right';
  if (!overlay.xLabels) g.fillText(fmt(h.xhi), M.l + pw, M.t + ph + 11);
  g.textAlign = 'center';
  g.fillText(h.xTitle.replace(/[{}]/g, ''), M.l + pw / 2, H - 4);
}

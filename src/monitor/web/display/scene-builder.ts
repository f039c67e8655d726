/**
 * three.js objects of the event display: the setup drawn to scale (cm, z along the beam) and
 * one event's hits, tracks and cells. No renderer here: the page (display.ts) owns the WebGL
 * context, camera and controls.
 *
 * Why three.js and not HSF's phoenix-event-display: Phoenix is an Angular application built for
 * collider detectors (cylindrical geometry, η/φ objects), is not installed in this project and
 * would bring a large dependency tree for one page; three.js is what Phoenix renders with, is
 * installed, and draws NA64's boxes along z directly. Interoperability with Phoenix goes
 * through its event JSON format (phoenix-event.ts).
 */
import * as THREE from 'three';
import type { CaloCell } from './calo-cells.js';
import type { DisplayGeometry, DisplayKind } from './display-geometry.js';
import type { DisplayTrack } from './display-event.js';
import { energyColor } from './energy-color.js';
import type { TrackerHits } from './tracker-hits.js';

const KIND_COLOR: Record<DisplayKind, number> = {
  calorimeter: 0x0072b2,
  counter: 0x009e73,
  tracker: 0x888888,
  magnet: 0x3b3b98,
  volume: 0xbbbbbb,
};

function edgesBox(cx: number, cy: number, cz: number, dx: number, dy: number, dz: number, color: number, opacity = 1): THREE.LineSegments {
  const geo = new THREE.EdgesGeometry(new THREE.BoxGeometry(dx, dy, dz));
  const m = new THREE.LineSegments(geo, new THREE.LineBasicMaterial({ color, transparent: opacity < 1, opacity }));
  m.position.set(cx, cy, cz);
  return m;
}

/** The setup: element outlines, calorimeter section and cell grids, tracker planes, magnet apertures. */
export function geometryGroup(g: DisplayGeometry): THREE.Group {
  const group = new THREE.Group();
  group.name = 'geometry';
  for (const e of g.elements) {
    const color = KIND_COLOR[e.kind];
    if (e.kind === 'tracker') {
      for (const p of e.planes) group.add(edgesBox(e.x0, e.y0, p.z, 2 * e.halfX, 2 * e.halfY, 0.01, color, 0.8));
      continue;
    }
    const dz = Math.max(e.z1 - e.z0, 0.1);
    group.add(edgesBox(e.x0, e.y0, 0.5 * (e.z0 + e.z1), 2 * e.halfX, 2 * e.halfY, dz, color));
    if (e.kind === 'calorimeter') {
      const fill = new THREE.Mesh(new THREE.BoxGeometry(2 * e.halfX, 2 * e.halfY, dz), new THREE.MeshBasicMaterial({ color, transparent: true, opacity: 0.06, depthWrite: false }));
      fill.position.set(e.x0, e.y0, 0.5 * (e.z0 + e.z1));
      group.add(fill);
      // Cell grid on the front face of every section.
      const pts: number[] = [];
      for (const s of e.sections) {
        for (let ix = 1; ix < e.nx; ix++) {
          const x = e.x0 - e.halfX + ix * e.pitchX;
          pts.push(x, e.y0 - e.halfY, s.z0, x, e.y0 + e.halfY, s.z0);
        }
        for (let iy = 1; iy < e.ny; iy++) {
          const y = e.y0 - e.halfY + iy * e.pitchY;
          pts.push(e.x0 - e.halfX, y, s.z0, e.x0 + e.halfX, y, s.z0);
        }
        pts.push(e.x0 - e.halfX, e.y0 - e.halfY, s.z0, e.x0 + e.halfX, e.y0 - e.halfY, s.z0);
      }
      const geo = new THREE.BufferGeometry();
      geo.setAttribute('position', new THREE.Float32BufferAttribute(pts, 3));
      group.add(new THREE.LineSegments(geo, new THREE.LineBasicMaterial({ color, transparent: true, opacity: 0.35 })));
    }
  }
  return group;
}

/** The event: hit lines with a dot at their middle (straws orange, strips purple), tracks (red), cells (viridis by energy, side ∝ √E). */
export function eventGroup(hits: TrackerHits, tracks: readonly DisplayTrack[], cells: readonly CaloCell[]): THREE.Group {
  const group = new THREE.Group();
  group.name = 'event';
  for (const straw of [1, 0]) {
    const pts: number[] = [];
    for (let k = 0; k < hits.z.length; k++) if (hits.straw[k] === straw) for (let j = 0; j < 6; j++) pts.push(hits.segments[6 * k + j]);
    if (pts.length === 0) continue;
    const geo = new THREE.BufferGeometry();
    geo.setAttribute('position', new THREE.Float32BufferAttribute(pts, 3));
    group.add(new THREE.LineSegments(geo, new THREE.LineBasicMaterial({ color: straw ? 0xe69f00 : 0xcc79a7 })));
    // The line's midpoint as a dot of fixed screen size, so hits stay visible in the overview.
    const mid: number[] = [];
    for (let k = 0; k < pts.length; k += 6) mid.push(0.5 * (pts[k] + pts[k + 3]), 0.5 * (pts[k + 1] + pts[k + 4]), pts[k + 2]);
    const dots = new THREE.BufferGeometry();
    dots.setAttribute('position', new THREE.Float32BufferAttribute(mid, 3));
    group.add(new THREE.Points(dots, new THREE.PointsMaterial({ color: straw ? 0xe69f00 : 0xcc79a7, size: 4, sizeAttenuation: false })));
  }
  for (const t of tracks) {
    const geo = new THREE.BufferGeometry().setFromPoints(t.points.map((p) => new THREE.Vector3(p[0], p[1], p[2])));
    group.add(new THREE.Line(geo, new THREE.LineBasicMaterial({ color: t.origin === 'straight-line fit' ? 0xd55e00 : 0xff0000 })));
  }
  const eMax = cells.reduce((m, c) => Math.max(m, c.energyGeV), 0);
  for (const c of cells) {
    const f = eMax > 0 ? Math.max(0.25, Math.sqrt(c.energyGeV / eMax)) : 1;
    const box = new THREE.Mesh(
      new THREE.BoxGeometry(c.dx * f * 0.95, c.dy * f * 0.95, c.dz * 0.95),
      new THREE.MeshBasicMaterial({ color: energyColor(c.energyGeV, Math.max(eMax * 1e-4, 1e-4), Math.max(eMax, 1e-3)), transparent: true, opacity: 0.85 }),
    );
    box.position.set(c.x, c.y, c.z);
    box.userData = { channel: c.channel, energyGeV: c.energyGeV };
    group.add(box);
  }
  return group;
}

/** Frees the GPU buffers of a group's children. */
export function disposeGroup(group: THREE.Object3D): void {
  group.traverse((o) => {
    const m = o as THREE.Mesh;
    m.geometry?.dispose();
    const mat = m.material as THREE.Material | THREE.Material[] | undefined;
    if (Array.isArray(mat)) mat.forEach((x) => x.dispose());
    else mat?.dispose();
  });
}

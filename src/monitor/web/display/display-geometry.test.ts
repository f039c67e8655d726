import { describe, expect, it } from 'vitest';
import { geometryJson } from '../../server/geometry-json.js';
import { testGeometry } from '../../../../test/support/display-geometry.js';
import { displayGeometry, fromGeometryJson } from './display-geometry.js';

const { sim, display } = testGeometry();

describe('displayGeometry(simGeometry)', () => {
  it('keeps every element with its z range, sections and planes', () => {
    expect(display.elements.map((e) => e.name)).toEqual(sim.elements.map((e) => e.name));
    for (const [k, e] of display.elements.entries()) {
      expect(e.z0).toBe(sim.elements[k].z0);
      expect(e.sections.length).toBe(sim.elements[k].sectionZ0.length);
      expect(e.planes.map((p) => p.z)).toEqual(Array.from(sim.elements[k].planeZ));
    }
  });
  it('staggers the second straw layer of a double layer by half a tube', () => {
    const st = display.elements.find((e) => e.role === 'straw')!;
    expect(st.planes.map((p) => p.stagger)).toContain(0.5);
  });
});

describe('fromGeometryJson(json)', () => {
  it('gives the same display geometry from the server’s JSON as from the runtime geometry', () => {
    const wire = JSON.parse(JSON.stringify(geometryJson(sim)));
    expect(fromGeometryJson(wire)).toEqual(displayGeometry(sim));
  });
  it('returns null for another shape', () => {
    expect(fromGeometryJson({ elements: [{ name: 'x' }], zMin: 0, zMax: 1 })).toBeNull();
    expect(fromGeometryJson(undefined)).toBeNull();
  });
});

/** Test helper: the display geometry of a setup file of configs/ (Node only: reads the file). */
import { loadSetup } from '../../src/store/load-setup.js';
import { buildGeometry } from '../../src/sim/index.js';
import type { SimGeometry } from '../../src/sim/index.js';
import { displayGeometry } from '../../src/monitor/web/display/display-geometry.js';
import type { DisplayGeometry } from '../../src/monitor/web/display/display-geometry.js';

/** The simulation and display geometries of `configs/<name>.yaml`. */
export function testGeometry(name = 'na64e-2021-2023'): { sim: SimGeometry; display: DisplayGeometry } {
  const sim = buildGeometry(loadSetup(`configs/${name}.yaml`), name);
  return { sim, display: displayGeometry(sim) };
}

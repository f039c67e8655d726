/**
 * Small transport contexts for the tests of the passive and muon transports: a geometry from a
 * list of detector specs or a setup, a stand-in EM transport that absorbs e± and γ where they
 * are (their showers are another module's), optional muon and hadron transports.
 */
import type { Setup } from '../../setup/index.js';
import { setupSchema } from '../../setup/index.js';
import { createTransportContext } from '../create-context.js';
import type { ParticleState } from '../particle-stack.js';
import { buildGeometry } from '../sim-geometry.js';
import type { SimElement } from '../sim-geometry.js';
import type { MatterTransport, PassiveTransport, TransportContext } from '../transport-context.js';

/** An EM stand-in: the particle stops and its energy is counted as escaped (nothing deposited). */
export const absorbEm: MatterTransport = {
  inMatter(ctx: TransportContext, p: ParticleState, _el: SimElement): boolean {
    ctx.truth.eEscaped += p.e;
    return false;
  },
};

/** A setup with the given detectors (other keys at their defaults). */
export function testSetup(detectors: unknown[]): Setup {
  return setupSchema.parse({
    schema: 'emiss-setup/1',
    name: 'test',
    description: 'test',
    beam: { particle: 'mu-', energyGeV: 100 },
    target: { material: 'Fe', thicknessX0: 10 },
    exposure: { particlesOnTarget: 1 },
    detectors,
  });
}

/** A context over `setup` with the given passive and muon transports. */
export function testContext(setup: Setup, passive: PassiveTransport, muon: MatterTransport | null = null, hadronCutGeV = 0.01): TransportContext {
  return createTransportContext(buildGeometry(setup), { trackingCutGeV: 1, hadronCutGeV }, { em: absorbEm, muon, hadron: null, passive });
}


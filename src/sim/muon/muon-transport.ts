/**
 * Matter transport of muons (μ±): the heavy-particle stepping (charged-heavy-in-matter.ts) with
 * the radiative processes of muons above and below v_cut (muon-radiative-tables.ts), the signal
 * hook on every step, and tables built lazily per material of the geometry.
 */
import type { Material } from '../../physics/index.js';
import type { MatterTransport } from '../transport-context.js';
import { HeavyOutcome, chargedHeavyInMatter, heavyTrackOptions } from './charged-heavy-in-matter.js';
import type { MuonPhotonuclearHook } from './charged-heavy-in-matter.js';
import { buildMuonRadiativeTables } from './muon-radiative-tables.js';
import type { MuonRadiativeTables } from './muon-radiative-tables.js';

/** Options of {@link createMuonTransport}. */
export interface MuonTransportOptions {
  /** Energy fraction above which losses are discrete: knock-on electrons, bremsstrahlung photons, pairs, photonuclear (default 0.01). */
  vcut?: number;
  /**
   * Maximum step [cm] (default 50; steps also end at every section, cell and hole boundary, and
   * lose at most 20% of the kinetic energy). Scattering is applied with the correlated
   * displacement and the signal hook places its emission inside the step, so long steps are
   * exact in the mean; 50 cm keeps the energy used for the rates within ~1% for muons.
   */
  maxStepCm?: number;
  /** Radiative processes (default true; false: ionization and scattering only). */
  radiative?: boolean;
  /** Hadronic final state of photonuclear interactions (default: one π± carrying the transfer). */
  photonuclear?: MuonPhotonuclearHook;
}

/**
 * Creates the muon matter transport (one per worker: it caches per-material tables and a
 * reusable options register). Example: `matter[Species.MuMinus] = createMuonTransport()`.
 */
export function createMuonTransport(options: MuonTransportOptions = {}): MatterTransport & { tablesFor(m: Material): MuonRadiativeTables } {
  const opts = heavyTrackOptions();
  opts.vcut = options.vcut ?? 0.01;
  opts.maxStepCm = options.maxStepCm ?? 50;
  opts.leptonSignal = true;
  opts.photonuclear = options.photonuclear ?? null;
  const radiative = options.radiative ?? true;
  const tables = new Map<Material, MuonRadiativeTables>();
  const tablesFor = (m: Material): MuonRadiativeTables => {
    let t = tables.get(m);
    if (!t) {
      t = buildMuonRadiativeTables(m, opts.vcut);
      tables.set(m, t);
    }
    return t;
  };
  return {
    inMatter(ctx, p, el) {
      opts.radiative = radiative && el.material ? tablesFor(el.material) : null;
      return chargedHeavyInMatter(ctx, p, el, opts) !== HeavyOutcome.Stopped;
    },
    tablesFor,
  };
}

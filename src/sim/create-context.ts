/**
 * Assembles a transport context for one worker: geometry, reusable deposits, stack, truth and
 * random stream, with the matter transport of each species and the passive transport.
 */
import { RandomStream } from '../core/index.js';
import { EventDeposits } from './event-deposits.js';
import { EventTruth } from './event-truth.js';
import { ParticleStack } from './particle-stack.js';
import { RareBias } from './rare-process-bias.js';
import { SPECIES_COUNT, Species } from './species.js';
import type { SimGeometry } from './sim-geometry.js';
import type { MatterTransport, PassiveTransport, TransportContext, TransportSettings } from './transport-context.js';

/** The modules that make up the transport. */
export interface TransportModules {
  em: MatterTransport;
  muon: MatterTransport | null;
  hadron: MatterTransport | null;
  passive: PassiveTransport;
}

/** A fresh context (random stream set per event by the caller with RandomStream.reset). */
export function createTransportContext(geometry: SimGeometry, settings: TransportSettings, modules: TransportModules): TransportContext {
  const matter: (MatterTransport | null)[] = new Array(SPECIES_COUNT).fill(null);
  matter[Species.Electron] = modules.em;
  matter[Species.Positron] = modules.em;
  matter[Species.Photon] = modules.em;
  matter[Species.MuMinus] = modules.muon;
  matter[Species.MuPlus] = modules.muon;
  for (const s of [Species.PiMinus, Species.PiPlus, Species.KMinus, Species.KPlus, Species.Proton, Species.Neutron, Species.K0L, Species.Pi0]) matter[s] = modules.hadron;
  return {
    geometry,
    deposits: new EventDeposits(geometry),
    stack: new ParticleStack(),
    rng: new RandomStream(0, 0),
    truth: new EventTruth(),
    settings,
    matter,
    passive: modules.passive,
    signal: null,
    tally: null,
    bias: { muonPairs: new RareBias(), photoNuclear: new RareBias() },
  };
}

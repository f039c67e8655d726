/** `emiss yield`: A′ produced per particle on target in a setup's thick target. */
import type { Command } from 'commander';
import { BREMS_METHODS, MEDIATOR_KINDS, material } from '../../physics/index.js';
import type { BremsMethod, MediatorKind } from '../../physics/index.js';
import { analyticTrackLength, bremsYield, leptonTrackLengthAbove } from '../../sensitivity/index.js';
import { EmissError } from '../../core/index.js';
import { loadSetup } from '../../store/load-setup.js';
import { readTrackLength } from '../read-track-length.js';
import { requireSignal } from '../../setup/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseChoice, parseMasses, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';

interface YieldFlags {
  masses: string;
  epsilon: string;
  method?: string;
  mediator: string;
  cut?: string;
  trackLength?: string;
  json?: boolean;
}

/** Registers `yield` on the program. */
export function registerYield(program: Command, io: CommandIo): void {
  program
    .command('yield')
    .description('bosons produced per particle on target with E_X above the signal cut (thick target, analytic shower)')
    .argument('<setup>', 'setup file, e.g. configs/na64e-2016-2018.yaml')
    .option('--masses <list>', 'masses [GeV]: lo:hi:n, a,b,c or one value', '0.001:1:7')
    .option('--epsilon <eps>', 'coupling ε (yields ∝ ε²)', '1')
    .option('--method <name>', `cross section: ${BREMS_METHODS.join(', ')} (default: the setup's)`)
    .option('--mediator <kind>', `boson: ${MEDIATOR_KINDS.join(', ')}`, 'vector')
    .option('--cut <GeV>', "lower bound on E_X [GeV] (default: E0 minus the setup's E_ECAL,max)")
    .option('--track-length <file>', 'e± track lengths from a simulation (the tracklength.json of emiss sim) instead of the analytic shower')
    .option('--json', 'print one JSON object (keys in docs/cli.md)')
    .action((setupPath: string, flags: YieldFlags) => {
      const setup = requireSignal(loadSetup(setupPath), setupPath);
      if (setup.beam.particle !== 'e-' && setup.beam.particle !== 'e+') {
        throw new EmissError('BAD_OPTION', `${setupPath}: beam.particle`, `yields are computed for e± beams, not '${setup.beam.particle}'`, 'e-, e+');
      }
      const masses = parseMasses(flags.masses);
      const epsilon = parseNumber(flags.epsilon, '--epsilon', { positive: true });
      const method = (flags.method === undefined ? setup.signal.crossSection : parseChoice(flags.method, '--method', BREMS_METHODS)) as BremsMethod;
      const mediator = parseChoice(flags.mediator, '--mediator', MEDIATOR_KINDS) as MediatorKind;
      const E0 = setup.beam.energyGeV;
      const cut = flags.cut === undefined ? E0 - setup.signal.maxEcalEnergyGeV : parseNumber(flags.cut, '--cut', { positive: true });
      if (!(cut < E0)) throw new EmissError('BAD_OPTION', '--cut', `the energy cut ${cut} GeV is not below the beam energy ${E0} GeV`, `< ${E0}`);
      const target = material(setup.target.material);
      const spectrum = flags.trackLength !== undefined ? readTrackLength(flags.trackLength, cut) : analyticTrackLength({
        beamEnergyGeV: E0,
        minEnergyGeV: cut,
        radiationLengthCm: target.radiationLengthCm,
        criticalEnergyGeV: target.criticalEnergy,
        thicknessX0: setup.target.thicknessX0,
        beam: setup.beam.particle === 'e+' ? 'positron' : 'electron',
      });
      const points = masses.map((m) => {
        const y = bremsYield({ spectrum, material: target, massGeV: m, minEnergyGeV: cut, epsilon, method, mediator });
        return {
          mass_GeV: m,
          yield_per_eot: y.perParticle,
          expected_events: y.perParticle * setup.exposure.particlesOnTarget,
          by_element: Object.fromEntries(y.byElement.map((e) => [e.symbol, e.perParticle])),
        };
      });
      const out = {
        setup: setup.name,
        target: target.name,
        energy_GeV: E0,
        energy_cut_GeV: cut,
        epsilon,
        method,
        mediator,
        particles_on_target: setup.exposure.particlesOnTarget,
        lepton_track_length_above_cut_cm: leptonTrackLengthAbove(spectrum, cut),
        spectrum: spectrum.origin,
        points,
      };
      assertAllFinite(out);
      if (flags.json) {
        io.out(toJson(out));
        return;
      }
      io.out(`${setup.name}: ${mediator} boson with E_X > ${cut} GeV in ${target.name} (${setup.target.thicknessX0} X0), ε = ${epsilon}, ${method.toUpperCase()}`);
      io.out(`  e± track length above ${cut} GeV: ${out.lepton_track_length_above_cut_cm.toFixed(3)} cm per ${setup.beam.particle}`);
      io.out('  m [GeV]      per EOT      events for the setup\'s exposure');
      for (const p of points) io.out(`  ${p.mass_GeV.toExponential(3).padEnd(12)} ${p.yield_per_eot.toExponential(3).padEnd(12)} ${p.expected_events.toExponential(3)}`);
    });
}

/** `emiss xsec`: the bremsstrahlung cross section of a new boson off one atom. */
import type { Command } from 'commander';
import { ELECTRON_MASS, EmissError, MUON_MASS } from '../../core/index.js';
import { BREMS_METHODS, FORM_FACTOR_MODELS, MEDIATOR_KINDS, bremsKernel, element } from '../../physics/index.js';
import type { BremsMethod, BremsPrecision, FormFactorModel, MediatorKind } from '../../physics/index.js';
import { assertAllFinite, toJson } from '../json-output.js';
import { parseChoice, parseNumber } from '../option-parsers.js';
import type { CommandIo } from '../command-io.js';
import { renameOptions } from '../rename-options.js';

const XSEC_OPTIONS = { massGeV: '--mass', beamEnergyGeV: '--energy', minEnergyGeV: '--threshold', maxEnergyGeV: '--energy', epsilon: '--epsilon' };

const BEAMS = ['e-', 'e+', 'mu-', 'mu+'] as const;

interface XsecFlags {
  beam: string;
  energy: string;
  mass: string;
  target: string;
  method: string;
  epsilon?: string;
  threshold?: string;
  mediator: string;
  formFactor: string;
  precision: string;
  x?: string;
  theta?: string;
  json?: boolean;
}

/** Registers `xsec` on the program. */
export function registerXsec(program: Command, io: CommandIo): void {
  program
    .command('xsec')
    .description('cross section of ℓ Z → ℓ Z X (dark photon or other boson) off one atom, in pb')
    .option('--beam <particle>', `beam lepton: ${BEAMS.join(', ')}`, 'e-')
    .requiredOption('--energy <GeV>', 'beam energy E0 [GeV]')
    .requiredOption('--mass <GeV>', 'boson mass [GeV] (0.001–3)')
    .option('--target <element>', 'target element symbol (Pb, W, Fe, Cu, Al, C, …)', 'Pb')
    .option('--method <name>', `approximation: ${BREMS_METHODS.join(', ')}`, 'etl')
    .option('--epsilon <eps>', 'coupling ε (σ ∝ ε²); default 1')
    .option('--threshold <GeV>', 'lower bound on the boson energy [GeV]; default max(0.01, 2m)')
    .option('--mediator <kind>', `boson: ${MEDIATOR_KINDS.join(', ')}`, 'vector')
    .option('--form-factor <model>', `target form factor: ${FORM_FACTOR_MODELS.join(', ')}`, 'elastic+inelastic')
    .option('--precision <preset>', 'quadrature: fast, standard, high', 'standard')
    .option('--x <fraction>', 'also give dσ/dx at this x = E_X/E0')
    .option('--theta <rad>', 'with --x: also give dσ/(dx dcosθ) at this angle [rad]')
    .option('--json', 'print one JSON object (keys in docs/cli.md)')
    .action((flags: XsecFlags) => {
      const beam = parseChoice(flags.beam, '--beam', BEAMS);
      const method = parseChoice(flags.method, '--method', BREMS_METHODS) as BremsMethod;
      const mediator = parseChoice(flags.mediator, '--mediator', MEDIATOR_KINDS) as MediatorKind;
      const formFactor = parseChoice(flags.formFactor, '--form-factor', FORM_FACTOR_MODELS) as FormFactorModel;
      const precision = parseChoice(flags.precision, '--precision', ['fast', 'standard', 'high'] as const) as BremsPrecision;
      const energy = parseNumber(flags.energy, '--energy', { positive: true });
      const mass = parseNumber(flags.mass, '--mass', { positive: true });
      const epsilon = flags.epsilon === undefined ? 1 : parseNumber(flags.epsilon, '--epsilon');
      const threshold = flags.threshold === undefined ? Math.max(0.01, 2 * mass) : parseNumber(flags.threshold, '--threshold');
      if (threshold >= energy) throw new EmissError('BAD_OPTION', '--threshold', `${threshold} GeV is not below the beam energy ${energy} GeV`, `< ${energy}`);
      const target = elementOption(flags.target);
      const leptonMassGeV = beam.startsWith('mu') ? MUON_MASS : ELECTRON_MASS;
      const kernel = renameOptions(XSEC_OPTIONS, () => bremsKernel({
        method,
        beamEnergyGeV: energy,
        massGeV: mass,
        target,
        leptonMassGeV,
        mediator,
        epsilon,
        formFactor,
        minEnergyGeV: threshold,
        precision,
      }));
      const t0 = performance.now();
      const sigma = kernel.total();
      const ms = performance.now() - t0;
      const out: Record<string, unknown> = {
        sigma_pb: sigma,
        beam,
        energy_GeV: energy,
        mass_GeV: mass,
        target: target.symbol,
        Z: target.Z,
        A: target.A,
        method,
        mediator,
        epsilon,
        threshold_GeV: threshold,
        form_factor: formFactor,
        precision,
        compute_ms: ms,
      };
      if (flags.x !== undefined) {
        const x = parseNumber(flags.x, '--x');
        if (!(x > 0 && x < 1)) throw new EmissError('BAD_OPTION', '--x', `${x} must lie in (0, 1)`, '0 < x < 1');
        out.x = x;
        out.dsigma_dx_pb = kernel.dsigmaDx(x);
        if (flags.theta !== undefined) {
          const theta = parseNumber(flags.theta, '--theta');
          if (!(theta >= 0 && theta <= Math.PI)) throw new EmissError('BAD_OPTION', '--theta', `${theta} must lie in [0, π]`, '0 ≤ θ ≤ π');
          out.theta_rad = theta;
          out.dsigma_dx_dcos_pb = kernel.dsigmaDxDcos(x, theta);
        }
      } else if (flags.theta !== undefined) throw new EmissError('BAD_OPTION', '--theta', 'needs --x as well', '--x <fraction> --theta <rad>');
      assertAllFinite(out);
      if (flags.json) io.out(toJson(out));
      else {
        io.out(`σ(${beam} ${target.symbol} → ${beam} ${target.symbol} X) = ${fmt(sigma)} pb`);
        io.out(`  ${mediator} boson, m = ${mass} GeV, E0 = ${energy} GeV, ε = ${epsilon}, E_X > ${threshold} GeV, method ${method.toUpperCase()}, ${formFactor} form factor`);
        if (out.dsigma_dx_pb !== undefined) io.out(`  dσ/dx at x = ${out.x}: ${fmt(out.dsigma_dx_pb as number)} pb`);
        if (out.dsigma_dx_dcos_pb !== undefined) io.out(`  dσ/(dx dcosθ) at θ = ${out.theta_rad} rad: ${fmt(out.dsigma_dx_dcos_pb as number)} pb`);
      }
    });
}

function elementOption(name: string): ReturnType<typeof element> {
  try {
    return element(name);
  } catch (e) {
    if (e instanceof EmissError) throw new EmissError('UNKNOWN_NAME', '--target', `unknown target '${name}' (the cross section is per atom: give an element)`, e.allowed);
    throw e;
  }
}

/** Four significant digits, exponent when needed. */
export function fmt(v: number): string {
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6 ? Number(v.toPrecision(4)).toString() : v.toExponential(3);
}

/**
 * Options of the lepton-bremsstrahlung cross sections ℓ Z → ℓ Z X, shared by the exact
 * tree-level (ETL), Weizsäcker–Williams (WW) and improved WW (IWW) calculations, and their
 * validation into a resolved, numbers-only form for the integrators.
 */
import { ATOMIC_MASS_UNIT, ELECTRON_MASS, EmissError } from '../../core/index.js';
import { FORM_FACTOR_MODELS } from './form-factor.js';
import type { FormFactorModel, NuclearTarget } from './form-factor.js';
import { MEDIATOR_KINDS } from './mediator.js';
import type { MediatorKind } from './mediator.js';

/** Approximation used for the cross section. */
export type BremsMethod = 'etl' | 'ww' | 'iww';

/** All methods, for validation and help texts. */
export const BREMS_METHODS: readonly BremsMethod[] = ['etl', 'iww', 'ww'];

/** Numerical precision presets: quadrature nodes (x, θ, ln T per panel). */
export type BremsPrecision = 'fast' | 'standard' | 'high';

/** Options of a bremsstrahlung cross section. */
export interface BremsOptions {
  /** Energy of the incoming lepton E0 [GeV]; validated range 1–1000 (the ETL reference checks cover 10–300). */
  beamEnergyGeV: number;
  /** Mass of the emitted boson M [GeV]; 1 MeV – 3 GeV. */
  massGeV: number;
  /** Target nucleus (Z, A [g/mol]); the nucleus mass is taken as A·u. */
  target: NuclearTarget;
  /** Mass of the beam lepton [GeV] (default: electron; a muon beam sets MUON_MASS). */
  leptonMassGeV?: number;
  /** Kind of boson (default 'vector', the dark photon). */
  mediator?: MediatorKind;
  /** Coupling ε (g = εe); cross sections scale as ε² (default 1). */
  epsilon?: number;
  /** Form factor of the target (default 'elastic+inelastic', as BEST arXiv:0906.0580 App. A). */
  formFactor?: FormFactorModel;
  /** Lower bound on the boson energy E_X [GeV] for totals (default max(10 MeV, 2M)). */
  minEnergyGeV?: number;
  /** Upper bound on E_X [GeV] for totals (default E0 − m_ℓ, the kinematic limit). */
  maxEnergyGeV?: number;
  /** Quadrature preset (default 'standard', ~3e-4 relative precision; 'fast' ~2e-3; 'high' ~1e-5). */
  precision?: BremsPrecision;
}

/** Options after validation: plain numbers, ready for the integrators. */
export interface ResolvedBrems {
  readonly E0: number;
  readonly M: number;
  readonly m: number;
  readonly target: NuclearTarget;
  /** Nucleus mass [GeV]. */
  readonly MN: number;
  readonly kind: MediatorKind;
  readonly eps2: number;
  readonly formFactor: FormFactorModel;
  /** x = E_X/E0 bounds for totals. */
  readonly xMin: number;
  readonly xMax: number;
  readonly nx: number;
  readonly nTheta: number;
  readonly nT: number;
}

const NODES: Record<BremsPrecision, [number, number, number]> = {
  fast: [16, 12, 8],
  standard: [24, 16, 10],
  high: [64, 40, 24],
};

/** Mass domain [GeV] of the bremsstrahlung calculations. */
export const BREMS_MASS_RANGE: readonly [number, number] = [1e-3, 3];
/** Beam-energy domain [GeV]. */
export const BREMS_ENERGY_RANGE: readonly [number, number] = [1, 1000];

/** Validates {@link BremsOptions}; throws an EmissError naming the bad field and what is allowed. */
export function resolveBremsOptions(o: BremsOptions): ResolvedBrems {
  const E0 = o.beamEnergyGeV;
  const M = o.massGeV;
  const m = o.leptonMassGeV ?? ELECTRON_MASS;
  const kind = o.mediator ?? 'vector';
  const eps = o.epsilon ?? 1;
  const formFactor = o.formFactor ?? 'elastic+inelastic';
  const precision = o.precision ?? 'standard';
  if (!(E0 >= BREMS_ENERGY_RANGE[0] && E0 <= BREMS_ENERGY_RANGE[1])) {
    throw new EmissError('OUT_OF_DOMAIN', 'beamEnergyGeV', `${E0} GeV is outside the domain of the calculation`, `${BREMS_ENERGY_RANGE[0]} to ${BREMS_ENERGY_RANGE[1]} GeV`);
  }
  if (!(M >= BREMS_MASS_RANGE[0] && M <= BREMS_MASS_RANGE[1])) {
    throw new EmissError('OUT_OF_DOMAIN', 'massGeV', `${M} GeV is outside the domain of the calculation`, `${BREMS_MASS_RANGE[0]} to ${BREMS_MASS_RANGE[1]} GeV`);
  }
  if (!(m > 0 && m < 10)) throw new EmissError('BAD_OPTION', 'leptonMassGeV', `${m} is not a lepton mass`, 'a positive mass in GeV');
  if (!MEDIATOR_KINDS.includes(kind)) throw new EmissError('UNKNOWN_NAME', 'mediator', `unknown mediator '${kind}'`, MEDIATOR_KINDS.join(', '));
  if (!FORM_FACTOR_MODELS.includes(formFactor)) throw new EmissError('UNKNOWN_NAME', 'formFactor', `unknown form factor '${formFactor}'`, FORM_FACTOR_MODELS.join(', '));
  if (!(precision in NODES)) throw new EmissError('UNKNOWN_NAME', 'precision', `unknown precision '${precision}'`, Object.keys(NODES).join(', '));
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new EmissError('BAD_OPTION', 'epsilon', `${eps} must be a finite number ≥ 0`, '≥ 0');
  const { Z, A } = o.target;
  if (!(Z >= 1 && Z <= 120 && A >= 1 && A <= 300)) throw new EmissError('BAD_OPTION', 'target', `Z = ${Z}, A = ${A} is not a nucleus`, '1 ≤ Z ≤ 120, 1 ≤ A ≤ 300');
  if (!(E0 > M + m)) throw new EmissError('OUT_OF_DOMAIN', 'massGeV', `a ${M} GeV boson cannot be emitted by a ${E0} GeV lepton`, `M < E0 − m_ℓ`);
  const eMin = o.minEnergyGeV ?? Math.max(0.01, 2 * M);
  const eMax = o.maxEnergyGeV ?? E0 - m;
  if (!(eMin >= 0) || !Number.isFinite(eMin)) throw new EmissError('BAD_OPTION', 'minEnergyGeV', `${eMin} must be ≥ 0`, '≥ 0 GeV');
  if (!(eMin < E0 - m)) throw new EmissError('BAD_OPTION', 'minEnergyGeV', `the energy cut ${eMin} GeV is not below the beam energy ${E0} GeV`, `< ${E0 - m} GeV`);
  if (!(eMax > eMin)) throw new EmissError('BAD_OPTION', 'maxEnergyGeV', `${eMax} GeV must exceed the lower cut ${eMin} GeV`, `> ${eMin} GeV`);
  const [nx, nTheta, nT] = NODES[precision];
  return {
    E0,
    M,
    m,
    target: { Z, A },
    MN: A * ATOMIC_MASS_UNIT,
    kind,
    eps2: eps * eps,
    formFactor,
    xMin: Math.max(eMin, M) / E0,
    xMax: Math.min(eMax, E0 - m) / E0,
    nx,
    nTheta,
    nT,
  };
}

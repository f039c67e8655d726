/**
 * A pyhf workspace (HistFactory JSON) for one mass from the background estimate and the signal
 * efficiency: one counting channel, the signal box. The signal at μ = 1 is the expected number
 * of selected A′ events at a reference coupling ε²_ref, s = N_POT · ε²_ref · Y · ε, with Y the
 * simulated yield per particle on target per ε² (docs/sim.md) and ε the efficiency; ε²_ref is
 * chosen so that s = 10 events (μ of order 1 for the fit), so an upper limit μ_up on μ is the
 * limit ε² < μ_up · ε²_ref. Uncertainties: signal normsys √((σ_ε/ε)² + (σ_Y/Y)²) (capped at
 * 0.99), background shapesys √(stat² + syst²) (none when the background is 0).
 */
import { workspaceFromCounting } from '../../stats/index.js';
import type { Workspace } from '../../stats/index.js';
import type { BackgroundResult, EfficiencyPoint } from './run-background.js';

/** Signal events at μ = 1 in the workspaces. */
export const SIGNAL_AT_MU1 = 10;

/** The workspace and ε²_ref of one mass, or null when the point has no yield, efficiency or exposure. */
export function signalWorkspace(r: BackgroundResult, p: EfficiencyPoint, observed: number): { workspace: Workspace; epsilon2AtMu1: number } | null {
  if (p.yield_per_eot === null || !(p.efficiency > 0) || r.particles_on_target === null) return null;
  const perEps2 = r.particles_on_target * p.yield_per_eot * p.efficiency;
  const epsilon2AtMu1 = SIGNAL_AT_MU1 / perEps2;
  const relEff = Math.hypot(p.stat_err, p.syst_err) / p.efficiency;
  const signalUncertainty = Math.min(0.99, Math.hypot(relEff, p.yield_relative_error ?? 0));
  const b = r.total.expected;
  const workspace = workspaceFromCounting({
    channels: [
      {
        name: 'signal_box',
        observed,
        signal: SIGNAL_AT_MU1,
        background: b,
        bkgUncertainty: b > 0 ? Math.hypot(r.total.stat_err, r.total.syst_err) : 0,
        signalUncertainty,
      },
    ],
  });
  return { workspace, epsilon2AtMu1 };
}

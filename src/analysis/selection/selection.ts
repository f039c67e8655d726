/** The parsed form of a selection file (configs/selections/*.yaml; format in docs/analysis.md). */
import type { Condition } from './condition.js';

/** One named cut. */
export interface Cut {
  /** Short name, unique in the file (`momentum`, `srd`, `veto`). */
  name: string;
  /** What it does, in words. */
  description: string;
  /** Where the threshold comes from: paper, section/figure, or "estimate: why". */
  source: string;
  /** The condition an event must satisfy. */
  where: Condition;
  /**
   * Uncertainty of the thresholds, in the units of the expression (e.g. the energy-scale
   * uncertainty at the threshold); 0 when not given. The efficiency's systematic error moves
   * every threshold of the cut by ± this amount.
   */
  uncertainty: number;
}

/** A region of the E_ECAL–E_HCAL plane (or any other) counted after the preselection cuts. */
export interface Region {
  name: string;
  description: string;
  source: string;
  where: Condition;
}

/** A selection: ordered preselection cuts, then the (blinded) signal box, and control regions. */
export interface Selection {
  name: string;
  description: string;
  /** The weight column of simulated DSTs (default `weight`). */
  weightColumn: string;
  /** Preselection cuts, applied in order. */
  cuts: Cut[];
  /** The signal box: cuts applied after the preselection; the last row of the cut flow. */
  signalBox: { name: string; source: string; blind: boolean; cuts: Cut[] };
  /** Control regions (counted after the preselection; data are counted outside the box while blinded). */
  regions: Region[];
  /** Reference keys → citations. */
  references: Record<string, string>;
  /** The file it was read from (for messages). */
  fileName: string;
}

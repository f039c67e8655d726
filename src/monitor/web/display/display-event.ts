/**
 * One event as the display uses it: header, raw tracker hits (digital channel ids), calorimeter
 * and counter energies per ADC channel, the reconstruction summary (DST columns, docs/dst.md)
 * and, when the reconstruction made them, tracks as polylines.
 */

/** A track from the reconstruction: points [cm] along it. */
export interface DisplayTrack {
  /** Points [x, y, z] in cm, ordered along z. */
  points: [number, number, number][];
  /** Momentum [GeV] when measured. */
  momGeV?: number;
  chi2ndf?: number;
  /** Where it comes from ('reco' or 'straight-line fit'). */
  origin: string;
}

/** The event. */
export interface DisplayEvent {
  run: number;
  spill: number;
  event: number;
  triggerBits: number;
  /** Straw hits: tracker channel ids and drift times [ns]. */
  strawChannels: number[];
  strawTimesNs: number[];
  /** Strip hits: tracker channel ids and charges [ADC counts]. */
  stripChannels: number[];
  stripCharges: number[];
  /** ADC channels with their energy [GeV] (calorimeter cells and counters). */
  cellChannels: number[];
  cellEnergiesGeV: number[];
  /** DST columns of the event (e.g. e_ecal_GeV, e_hcal_GeV, mom_GeV). */
  summary: Record<string, number>;
  /** Reconstructed tracks, if the reconstruction produced them. */
  tracks: DisplayTrack[];
}

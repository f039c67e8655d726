/** The DST columns (docs/dst.md) the monitor's online reconstruction sends back from its worker, in this order. */
export const RECO_MONITOR_COLUMNS = ['event', 'e_ecal_GeV', 'e_hcal_GeV', 'e_srd_GeV', 'e_veto_GeV', 'e_vhcal_GeV', 'mom_ok', 'mom_GeV', 'ecal_chi2', 'ecal_time_ns', 'trigger_class'] as const;

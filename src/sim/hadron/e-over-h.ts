/**
 * Non-compensation: the ratio e/h of the responses of a calorimeter to the electromagnetic and to
 * the non-electromagnetic ("hadronic") parts of a hadron shower. In the parametrized shower the
 * hadronic part deposits h/e of its energy; the rest, (1 − h/e), is the invisible energy (nuclear
 * binding, slow neutrons, neutrinos, and the lower sampling of non-relativistic hadrons, all
 * folded together) and is counted in the truth as invisible. Deposits are then "electron-
 * equivalent": the digitizer's electron-calibrated sampling fraction applies to all of them.
 *
 * Values (per homogenised medium of the materials table):
 *  - NA64-HCAL, Fe/Sc 25 mm/4 mm: e/h = 1.36 — measured for the ATLAS Tile calorimeter, Fe/Sc
 *    with a similar iron-to-scintillator ratio (4.7 : 1; NA64 6.3 : 1): e/h = 1.362 ± 0.006
 *    (Budagov, Kulchitsky, Kuzmin, Vinogradov, JINR E1-2002-13, 2002).
 *  - NA64-ECAL and NA64-SRD, Pb/Sc, and NA64-WCAL, W/Sc: e/h = 1.25 — ESTIMATE. Pb/plastic
 *    scintillator is compensating (e/h = 1) at a volume ratio ≈ 4 : 1 and e/h grows as the
 *    scintillator share grows (R. Wigmans, Calorimetry, Oxford 2000, ch. 5, as recalled); the NA64
 *    ECAL's 1 : 1 Shashlik is not compensating. No measurement of the NA64 ECAL was available.
 *  - Every other medium (passive absorbers, counters, air): the Fe/Sc value 1.36 (assumption).
 */

/** e/h of the NA64 Fe/Sc HCAL (ATLAS TileCal measurement, see file comment). */
export const E_OVER_H_FE_SC = 1.36;
/** e/h of Pb/Sc and W/Sc sampling media (estimate, see file comment). */
export const E_OVER_H_PB_SC = 1.25;

const TABLE: Readonly<Record<string, number>> = {
  'NA64-HCAL': E_OVER_H_FE_SC,
  'NA64-ECAL': E_OVER_H_PB_SC,
  'NA64-SRD': E_OVER_H_PB_SC,
  'NA64-WCAL': E_OVER_H_PB_SC,
};

/** e/h (≥ 1, dimensionless) of the medium with the materials-table name `materialName`. */
export function eOverH(materialName: string): number {
  return TABLE[materialName] ?? E_OVER_H_FE_SC;
}

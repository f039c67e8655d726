/**
 * Event classification by trigger bits. The simulation's bits (src/sim/response/trigger-bits.ts):
 * bit 0 physics, bit 1 beam (counters only), bit 2 random. The LED (bit 3) and calibration
 * (bit 4) bits are reserved here for real data (NA64 fires LED and calibration triggers between
 * and during spills); the simulation never sets them.
 */

/** Trigger classes (the DST's `trigger_class`). */
export const TriggerClass = { Physics: 0, Random: 1, Led: 2, Calibration: 3 } as const;

/** Trigger bits read by the classification (masks). */
export const RECO_TRIGGER_BITS = { Physics: 1, Beam: 2, Random: 4, Led: 8, Calibration: 16 } as const;

/**
 * The class of an event from its trigger bits, by priority: random (bit 2) → 1, LED (bit 3) → 2,
 * calibration (bit 4) → 3, anything else (physics or beam-only) → 0.
 * Example: `triggerClass(3)` = 0, `triggerClass(4)` = 1, `triggerClass(8)` = 2.
 */
export function triggerClass(bits: number): number {
  if (bits & RECO_TRIGGER_BITS.Random) return TriggerClass.Random;
  if (bits & RECO_TRIGGER_BITS.Led) return TriggerClass.Led;
  if (bits & RECO_TRIGGER_BITS.Calibration) return TriggerClass.Calibration;
  return TriggerClass.Physics;
}

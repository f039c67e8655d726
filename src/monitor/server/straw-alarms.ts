/**
 * Dead and noisy straw tubes, flagged against a reference run (a snapshot of the per-tube
 * rates) or, without one, against the tube's neighbours in its plane.
 *
 * Rates are hits per event (all hits: beam and noise), so every tube is judged however far it
 * is from the beam. A tube is
 * - dead when μ = r_ref·N ≥ 20 hits were expected and fewer than 10% of μ were seen
 *   (P(k ≤ 2 | μ = 20) = 5·10⁻⁷ for a live tube, Poisson);
 * - noisy when its out-of-time (noise) rate exceeds 5× the reference noise rate and at least
 *   20 noise hits more than expected were seen.
 * Without a reference the expected rate of a tube is the smaller of its two neighbours' in the
 * plane (one at a plane's edge): on the falling edge of the beam profile a live tube's rate lies
 * between its neighbours', so only a hole in the profile (a dead tube) raises the alarm; noisy
 * tubes are judged against a reference only (beam pile-up makes out-of-time hits near the beam
 * differ between neighbours).
 */

/** Per-tube rates of a straw element [hits per event]. */
export interface StrawRates {
  element: string;
  tubesPerPlane: number;
  /** All hits per event, per tube. */
  hits: number[];
  /** Out-of-time hits per event scaled to the window, per tube. */
  noise: number[];
}

/** A reference: per-element rates of a good run. */
export interface StrawReference {
  format: 'emiss-straw-reference/1';
  events: number;
  elements: StrawRates[];
}

/** One alarm. */
export interface StrawAlarm {
  kind: 'dead' | 'noisy';
  element: string;
  plane: number;
  tube: number;
  /** Channel label `ST1:plane:tube`. */
  label: string;
  /** Hits (dead) or noise hits (noisy) seen, and those expected. */
  seen: number;
  expected: number;
  against: 'reference' | 'neighbours';
}

/** Minimum expected hits for a decision. */
const MIN_EXPECTED = 20;

/** The alarms of `current` (rates over `events` events) against `reference` (optional). */
export function strawAlarms(current: StrawRates[], events: number, reference?: StrawReference): StrawAlarm[] {
  const alarms: StrawAlarm[] = [];
  for (const cur of current) {
    const ref = reference?.elements.find((r) => r.element === cur.element && r.hits.length === cur.hits.length);
    const tpp = cur.tubesPerPlane;
    for (let k = 0; k < cur.hits.length; k++) {
      const plane = Math.floor(k / tpp);
      const tube = k % tpp;
      let expRate: number;
      let expNoise: number;
      if (ref) {
        expRate = ref.hits[k];
        expNoise = ref.noise[k];
      } else {
        const nb = [tube - 1, tube + 1].filter((t) => t >= 0 && t < tpp).map((t) => plane * tpp + t);
        expRate = Math.min(...nb.map((q) => cur.hits[q]));
        expNoise = Number.POSITIVE_INFINITY;
      }
      const seen = cur.hits[k] * events;
      const expected = expRate * events;
      const against = ref ? 'reference' : 'neighbours';
      const label = `${cur.element}:${plane}:${tube}`;
      if (expected >= MIN_EXPECTED && seen < 0.1 * expected) {
        alarms.push({ kind: 'dead', element: cur.element, plane, tube, label, seen: Math.round(seen), expected, against });
        continue;
      }
      const noiseSeen = cur.noise[k] * events;
      const noiseExp = expNoise * events;
      if (Number.isFinite(noiseExp) && noiseSeen > 5 * noiseExp && noiseSeen - noiseExp >= MIN_EXPECTED) {
        alarms.push({ kind: 'noisy', element: cur.element, plane, tube, label, seen: Math.round(noiseSeen), expected: noiseExp, against });
      }
    }
  }
  return alarms;
}

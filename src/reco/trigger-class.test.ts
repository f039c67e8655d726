import { describe, expect, it } from 'vitest';
import { TriggerClass, triggerClass } from './trigger-class.js';

describe('triggerClass(bits)', () => {
  it('classifies physics, beam-only, random, LED and calibration triggers', () => {
    expect(triggerClass(3)).toBe(TriggerClass.Physics);
    expect(triggerClass(2)).toBe(TriggerClass.Physics);
    expect(triggerClass(4)).toBe(TriggerClass.Random);
    expect(triggerClass(4 | 3)).toBe(TriggerClass.Random);
    expect(triggerClass(8)).toBe(TriggerClass.Led);
    expect(triggerClass(16)).toBe(TriggerClass.Calibration);
  });
});

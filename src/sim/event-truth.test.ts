import { describe, expect, it } from 'vitest';
import { EventTruth, TRUTH_COLUMNS, TRUTH_COLUMN_TYPES } from './event-truth.js';

describe('EventTruth', () => {
  it('writeRow() writes every field in TRUTH_COLUMNS order', () => {
    const t = new EventTruth();
    const fields = t as unknown as Record<string, number>;
    TRUTH_COLUMNS.forEach((c, i) => (fields[c] = 1000 + i));
    const cols = TRUTH_COLUMNS.map(() => new Float64Array(3));
    t.writeRow(cols, 2);
    TRUTH_COLUMNS.forEach((c, i) => expect(cols[i][2], c).toBe(1000 + i));
  });
  it('reset() restores every field of a fresh instance and sets the event number', () => {
    const fresh = { ...new EventTruth() } as Record<string, number>;
    const t = new EventTruth();
    for (const c of TRUTH_COLUMNS) (t as unknown as Record<string, number>)[c] = 7.5;
    t.reset(42);
    expect({ ...t }).toEqual({ ...fresh, event: 42 });
  });
  it('has a column for every field and a type for every column', () => {
    expect(Object.keys({ ...new EventTruth() }).sort()).toEqual([...TRUTH_COLUMNS].sort());
    expect(Object.keys(TRUTH_COLUMN_TYPES).sort()).toEqual([...TRUTH_COLUMNS].sort());
  });
});

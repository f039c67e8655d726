import { describe, expect, it } from 'vitest';
import { quoteIdentifier, quoteString } from './sql-quote.js';

describe('quoteIdentifier(name) and quoteString(text)', () => {
  it('double the quote character inside', () => {
    expect(quoteIdentifier('e"Ecal')).toBe('"e""Ecal"');
    expect(quoteString("/runs/o'brien.parquet")).toBe("'/runs/o''brien.parquet'");
  });
});

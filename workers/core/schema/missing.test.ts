import { describe, expect, it } from 'vitest';
import { isMissingCell } from './missing.ts';

describe('isMissingCell', () => {
  it("counts '' and pandas 1.5's NA tokens as missing", () => {
    expect(
      ['', 'NaN', 'nan', 'NULL', 'null', 'N/A', 'n/a', 'NA', '#N/A', '<NA>', '-1.#IND'].every(
        isMissingCell,
      ),
    ).toBe(true);
  });

  it('keeps words that only look empty-ish, as pandas 1.5 does', () => {
    expect(['None', '0', '-', 'none', 'NaNa', 'Namibia'].some(isMissingCell)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isMissingCell, isNumberPlaceholder } from './missing.ts';

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

describe('isNumberPlaceholder', () => {
  it('knows dashes, None, n.a. and the error values of Excel and Google Sheets', () => {
    const cells = ['-', '--', '–', '—', 'None', 'none', 'n.a.', 'N.A.', '#VALUE!', '#DIV/0!'];
    expect(cells.filter(isNumberPlaceholder)).toEqual(cells);
    expect(
      ['#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#ERROR!'].every(
        isNumberPlaceholder,
      ),
    ).toBe(true);
  });

  it('leaves numbers, words and pandas NA tokens alone', () => {
    expect(
      ['0', '-5', '- 5', 'None of it', 'n/a', 'NaN', '', '#1', 'Namibia'].some(isNumberPlaceholder),
    ).toBe(false);
  });
});

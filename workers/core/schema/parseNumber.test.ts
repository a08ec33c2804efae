import { describe, expect, it } from 'vitest';
import {
  abbreviatedCount,
  guessNumberFormat,
  isLargeScientific,
  parseNumberCell,
} from './parseNumber.ts';

describe('parseNumberCell', () => {
  it('reads plain numbers, floats written for counts, and scientific notation', () => {
    expect(
      ['15', '15.0', '-2.5', '.5', '+3', '1e3', '5.70306E+17'].map((s) => parseNumberCell(s)),
    ).toEqual([15, 15, -2.5, 0.5, 3, 1000, 570306000000000000]);
  });

  it('gives NaN for missing cells and words', () => {
    expect(
      ['', 'NaN', 'null', 'N/A', 'abc', '1.2K', '0x10', 'Infinity'].map((s) => parseNumberCell(s)),
    ).toEqual(Array(8).fill(NaN));
  });

  it('reads thousands separators only in that format', () => {
    expect(parseNumberCell('1,234', { thousands: true })).toBe(1234);
    expect(parseNumberCell('12,345,678.5', { thousands: true })).toBe(12345678.5);
    expect(parseNumberCell('1,234')).toBeNaN();
    expect(parseNumberCell('1,23', { thousands: true })).toBeNaN();
  });

  it('reads a decimal comma, with dots as thousands separators', () => {
    expect(parseNumberCell('3,5', { decimalComma: true })).toBe(3.5);
    expect(parseNumberCell('1.234,5', { decimalComma: true })).toBe(1234.5);
    expect(parseNumberCell('2.5', { decimalComma: true })).toBe(2.5);
    expect(parseNumberCell('1 234,5', { decimalComma: true })).toBe(1234.5);
    expect(parseNumberCell('-12\u00a0345\u202f678', { decimalComma: true })).toBe(-12345678);
    expect(parseNumberCell('1 23', { decimalComma: true })).toBeNaN();
    expect(parseNumberCell('1 234', { thousands: true })).toBeNaN();
  });
});

describe('abbreviatedCount', () => {
  it('reads counts written short as platforms show them, with either decimal separator', () => {
    expect(['2.1K', '3M', '1.5B', '12,5k', '7 k', '-1.25K', '999K'].map(abbreviatedCount)).toEqual([
      2100, 3000000, 1500000000, 12500, 7000, -1250, 999000,
    ]);
  });

  it('refuses what only looks like one: grouped thousands, three decimals, other letters', () => {
    expect(['1,234K', '1.234K', 'K', '2.1KB', '5km', '3 M€', '2.1T'].map(abbreviatedCount)).toEqual(
      Array(7).fill(NaN),
    );
  });

  it('is read by parseNumberCell only in the abbreviated format', () => {
    expect(parseNumberCell('2.1K', { abbreviated: true })).toBe(2100);
    expect(parseNumberCell('2,1K', { decimalComma: true, abbreviated: true })).toBe(2100);
    expect(parseNumberCell('1,234', { thousands: true, abbreviated: true })).toBe(1234);
    expect(parseNumberCell('2.1K', { thousands: true })).toBeNaN();
  });
});

describe('guessNumberFormat', () => {
  it('reads rates written with % in percent, in any number format', () => {
    expect(guessNumberFormat(['4.5%', '12 %', '0.25%', '3'], ',')).toEqual({
      format: { percent: true },
      bad: 0,
      integer: false,
      idLike: 0,
    });
    expect(guessNumberFormat(['4,5 %', '12,25%'], ';')!.format).toEqual({
      decimalComma: true,
      percent: true,
    });
    expect(parseNumberCell('4.5%', { percent: true })).toBe(4.5);
    expect(parseNumberCell('4.5%')).toBeNaN();
    expect(parseNumberCell('%', { percent: true })).toBeNaN();
    expect(parseNumberCell('4.5%%', { percent: true })).toBeNaN();
  });

  it('marks a column with shortened counts abbreviated, its values whole', () => {
    const g = guessNumberFormat(['15', '2.1K', '980', '1.2M'], ',')!;
    expect(g).toEqual({ format: { abbreviated: true }, bad: 0, integer: true, idLike: 0 });
    expect(guessNumberFormat(['1,500', '2.1K'], ',')!.format).toEqual({
      thousands: true,
      abbreviated: true,
    });
    expect(guessNumberFormat(['15', '980'], ',')!.format).toEqual({});
  });

  it('prefers a decimal comma in semicolon files and thousands in comma files', () => {
    expect(guessNumberFormat(['1,5', '2', '3,25'], ';')?.format).toEqual({ decimalComma: true });
    expect(guessNumberFormat(['1,500', '2', '3,250'], ',')?.format).toEqual({ thousands: true });
    expect(guessNumberFormat(['1 234', '56', '7 890,5'], ';')?.format).toEqual({
      decimalComma: true,
    });
  });

  it('calls 15.0-style counts whole numbers and counts id-like values', () => {
    const g = guessNumberFormat(['15.0', '30.0', '5.70306E+17', '1340539111971516416'], ',')!;
    expect(g.integer).toBe(true);
    expect(g.idLike).toBe(2);
    expect(guessNumberFormat(['1.5', '2'], ',')!.integer).toBe(false);
  });

  it('gives up when half the values are not numbers', () => {
    expect(guessNumberFormat(['1', 'a', 'b', '2'], ',')).toBeNull();
  });

  it('recognises Excel-rounded ids of 15 or more digits only', () => {
    expect(['5.70306E+17', '1E+14', '1.2E+13', '5.7E-17'].map(isLargeScientific)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

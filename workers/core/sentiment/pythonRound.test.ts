import { describe, expect, it } from 'vitest';
import { pythonRound } from './pythonRound.ts';

// Expected values are what CPython 3.11 prints for round(x, d).
describe('pythonRound', () => {
  it('sends exact binary ties to the even neighbour', () => {
    expect(pythonRound(0.0625, 3)).toBe(0.062);
    expect(pythonRound(0.1875, 3)).toBe(0.188);
    expect(pythonRound(0.3125, 3)).toBe(0.312);
    expect(pythonRound(0.03125, 4)).toBe(0.0312);
    expect(pythonRound(-0.0625, 3)).toBe(-0.062);
  });

  it('rounds decimal-looking halves by their true binary value', () => {
    // 0.0005 is stored slightly above 0.0005, 2.675 slightly below 2.675.
    expect(pythonRound(0.0005, 3)).toBe(0.001);
    expect(pythonRound(2.675, 2)).toBe(2.67);
    expect(pythonRound(0.00015, 4)).toBe(0.0001);
    expect(pythonRound(1.0000500000000001, 4)).toBe(1.0001);
  });

  it('keeps the sign of a value that rounds to zero', () => {
    expect(Object.is(pythonRound(-0.0001, 3), -0)).toBe(true);
    expect(Object.is(pythonRound(0.0001, 3), 0)).toBe(true);
  });

  it('matches ordinary rounding away from ties', () => {
    expect(pythonRound(0.34124, 4)).toBe(0.3412);
    expect(pythonRound(-0.49391, 4)).toBe(-0.4939);
    expect(pythonRound(0.62441, 3)).toBe(0.624);
    expect(pythonRound(1, 3)).toBe(1);
  });
});

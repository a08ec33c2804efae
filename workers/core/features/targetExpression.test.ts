import { describe, expect, it } from 'vitest';
import {
  evaluateTarget,
  expressionColumns,
  formatTarget,
  parseTargetExpression,
} from './targetExpression.ts';

const parse = (text: string) => {
  const r = parseTargetExpression(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const cols = new Map([
  ['likes', Float64Array.from([1, 2, 3, NaN])],
  ['shares', Float64Array.from([0, 1, 0, 5])],
  ['Retweet Count', Float64Array.from([4, 4, 4, 4])],
]);

describe('target expressions', () => {
  it('evaluates with the usual precedence and parentheses', () => {
    expect(Array.from(evaluateTarget(parse('likes + 2 * shares'), cols, 4))).toEqual([
      1,
      4,
      3,
      NaN,
    ]);
    expect(Array.from(evaluateTarget(parse('(likes + shares) * 2'), cols, 4))).toEqual([
      2,
      6,
      6,
      NaN,
    ]);
    expect(Array.from(evaluateTarget(parse('-likes + 10 - -1'), cols, 4))).toEqual([10, 9, 8, NaN]);
  });

  it('accepts ×, ÷ and the minus sign, and quoted names with spaces', () => {
    expect(Array.from(evaluateTarget(parse('"Retweet Count" × 2 − likes ÷ 1'), cols, 4))).toEqual([
      7,
      6,
      5,
      NaN,
    ]);
    expect(expressionColumns(parse('`Retweet Count` + likes + likes'))).toEqual([
      'Retweet Count',
      'likes',
    ]);
  });

  it('gives no value where a division is by zero', () => {
    expect(Array.from(evaluateTarget(parse('likes / shares'), cols, 4))).toEqual([
      NaN,
      2,
      NaN,
      NaN,
    ]);
  });

  it('writes an expression back canonically', () => {
    expect(formatTarget(parse('(likes+2*shares)'))).toBe('likes + 2 * shares');
    expect(formatTarget(parse('(likes + shares) / `Retweet Count`'))).toBe(
      '(likes + shares) / "Retweet Count"',
    );
    expect(formatTarget(parse('likes - (shares - 1)'))).toBe('likes - (shares - 1)');
  });

  it('refuses what is not arithmetic on columns, saying where', () => {
    for (const [text, where] of [
      ['', 'empty'],
      ['likes +', 'ends'],
      ['likes ** 2', 'position 8'],
      ['(likes + 1', 'never closed'],
      ['likes; alert(1)', '";"'],
      ['likes shares', 'position 7'],
      ['"unclosed', 'unclosed'],
    ] as const) {
      const r = parseTargetExpression(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_OPTIONS');
        expect(r.error.message).toContain(where);
      }
    }
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const r = parseTargetExpression(`${'('.repeat(500)}likes${')'.repeat(500)}`);
    expect(r.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { budgetTable, limitText, withinBudget } from './budgets.ts';

describe('budgets', () => {
  it('keeps a figure at or under its max and at or over its min, and never a missing one', () => {
    expect(withinBudget({ name: 'a', value: 50, unit: 'ms', max: 50 })).toBe(true);
    expect(withinBudget({ name: 'a', value: 50.5, unit: 'ms', max: 50 })).toBe(false);
    expect(withinBudget({ name: 'b', value: 10, unit: '/s', min: 10 })).toBe(true);
    expect(withinBudget({ name: 'b', value: 9.9, unit: '/s', min: 10 })).toBe(false);
    expect(withinBudget({ name: 'c', value: NaN, unit: 'ms', max: 50 })).toBe(false);
  });

  it('prints one aligned row per budget, marks the missed ones and counts them', () => {
    const table = budgetTable([
      { section: 'perf', name: 'import: longest task', value: 12, unit: 'ms', max: 50, ok: true },
      { section: 'stream', name: 'frames', value: 31.5, unit: 'fps', min: 50, ok: false },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ok\s+perf\s+import: longest task\s+12 ms\s+≤ 50 ms$/);
    expect(lines[2]).toMatch(/^MISSED\s+stream\s+frames\s+31\.5 fps\s+≥ 50 fps$/);
    // columns line up: the measured figures start at the same offset
    expect(lines[1]!.indexOf('12 ms')).toBe(lines[2]!.indexOf('31.5 fps'));
    expect(lines[3]).toBe('1 of 2 budgets missed');
    expect(limitText({ name: 'x', value: 1, unit: 's', min: 1, max: 2 })).toBe('≥ 1 and ≤ 2 s');
  });
});

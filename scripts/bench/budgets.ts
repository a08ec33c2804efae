/**
 * Budgets: a measured figure with the limit it must keep. Sections report them through
 * `BenchContext.budget`; `npm run bench` prints them as one table and exits non-zero when one is missed.
 */

/** A figure and its limit: `max` for times and sizes, `min` for throughputs and frame rates. */
export interface Budget {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly max?: number;
  readonly min?: number;
}

/** A budget as the report lists it: the section that measured it and whether it was kept. */
export interface BudgetCheck extends Budget {
  readonly section: string;
  readonly ok: boolean;
}

/** Whether a figure keeps its limit (a figure that could not be measured, NaN, does not). */
export function withinBudget(b: Budget): boolean {
  if (!Number.isFinite(b.value)) return false;
  if (b.max !== undefined && b.value > b.max) return false;
  if (b.min !== undefined && b.value < b.min) return false;
  return true;
}

/** The limit as people read it: "≤ 50 ms", "≥ 10 updates/s". */
export function limitText(b: Budget): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`≥ ${b.min}`);
  if (b.max !== undefined) parts.push(`≤ ${b.max}`);
  return `${parts.join(' and ')} ${b.unit}`;
}

/** One line per budget, aligned in columns, missed ones marked; the last line counts them. */
export function budgetTable(checks: readonly BudgetCheck[]): string {
  const rows = checks.map((c) => [
    c.ok ? 'ok' : 'MISSED',
    c.section,
    c.name,
    `${Number.isFinite(c.value) ? c.value : 'not measured'} ${c.unit}`,
    limitText(c),
  ]);
  const head = ['', 'section', 'budget', 'measured', 'limit'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const missed = checks.filter((c) => !c.ok).length;
  return [
    line(head),
    ...rows.map(line),
    missed === 0
      ? `all ${checks.length} budgets kept`
      : `${missed} of ${checks.length} budgets missed`,
  ].join('\n');
}

/**
 * What to predict: an engagement column, a role (likes, shares, comments, engagement) or an
 * expression over them, on the raw scale or log1p (counts are heavy-tailed, so log1p is the default).
 */
import type { ParsedTable } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import { numericColumn } from '../schema/columnAccess.ts';
import { ROLES, type ColumnSchema, type Role } from '../schema/types.ts';
import {
  evaluateTarget,
  expressionColumns,
  formatTarget,
  parseTargetExpression,
  type TargetExpr,
} from './targetExpression.ts';

export interface TargetSpec {
  /** `likes`, `favorites`, `likes + 2 * shares`, `"Retweet Count"`: column names or roles. */
  readonly expression: string;
  /** Learn log1p(target) and score on both scales. Default true. */
  readonly log1p?: boolean;
}

export interface BuiltTarget {
  /** The expression with role names replaced by their columns. */
  readonly expression: string;
  /** Columns it reads (never features). */
  readonly columns: readonly string[];
  readonly log1p: boolean;
  /** For charts: `log1p(likes)` or `likes + 2 * shares`. */
  readonly label: string;
  /** Per table row, NaN where an operand is missing or a division by zero. */
  readonly raw: Float64Array;
  /** Rows without a target value. */
  readonly missing: number;
}

/** The column called `name`, or the column with role `name` (likes, shares …). */
function resolveColumn(schema: readonly ColumnSchema[], name: string): ColumnSchema | undefined {
  return (
    schema.find((c) => c.name === name) ??
    ((ROLES as readonly string[]).includes(name)
      ? schema.find((c) => c.role === (name as Role))
      : undefined)
  );
}

/**
 * The target of every row. Fails with COLUMN_NOT_FOUND, TARGET_NOT_NUMERIC (a text column),
 * NON_FINITE_VALUES (an infinite value), INVALID_OPTIONS (log1p of a negative value) or
 * TARGET_CONSTANT (every row has the same value).
 */
export function buildTarget(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  spec: TargetSpec,
): Result<BuiltTarget> {
  // a column's exact name is that column, even when it would not parse ("Retweet Count", "likes (total)")
  const exact = schema.find((c) => c.name === spec.expression.trim());
  const parsed: Result<TargetExpr> = exact
    ? ok({ kind: 'column', name: exact.name })
    : parseTargetExpression(spec.expression);
  if (!parsed.ok) return parsed;
  const values = new Map<string, Float64Array>();
  const renames = new Map<string, string>();
  for (const name of expressionColumns(parsed.value)) {
    const c = resolveColumn(schema, name);
    if (!c) {
      const counts = schema
        .filter((s) => s.type === 'integer' || s.type === 'number')
        .map((s) => s.name);
      return fail(
        'COLUMN_NOT_FOUND',
        `The target uses "${name}", but there is no such column or role.`,
        counts.length > 0
          ? `Numeric columns: ${counts.join(', ')}.`
          : 'The dataset has no numeric column to predict.',
      );
    }
    if (c.type !== 'integer' && c.type !== 'number') {
      return fail(
        'TARGET_NOT_NUMERIC',
        `The target "${c.name}" holds ${c.type === 'text' || c.type === 'category' ? 'text' : `${c.type} values`}, not numbers, so there is nothing to predict.`,
        'Pick a count column such as likes, shares or comments.',
      );
    }
    values.set(name, numericColumn(table, c));
    renames.set(name, c.name);
  }
  const raw = evaluateTarget(parsed.value, values, table.rowCount);
  const log1p = spec.log1p ?? true;
  let missing = 0;
  let negative = 0;
  let first = NaN;
  let constant = true;
  for (let r = 0; r < raw.length; r++) {
    const v = raw[r]!;
    if (Number.isNaN(v)) {
      missing++;
      continue;
    }
    if (!Number.isFinite(v))
      return fail(
        'NON_FINITE_VALUES',
        `The target is ${v} in row ${r + 1}.`,
        'Fix that value in the file (a number too large to hold), or drop the row.',
      );
    if (v < 0) negative++;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) constant = false;
  }
  const columns = [...new Set(renames.values())];
  const expression = formatTarget(renameColumns(parsed.value, renames));
  if (missing === raw.length)
    return fail(
      'TARGET_NOT_NUMERIC',
      `No row has a value for the target ${expression}.`,
      'Pick a column with numbers in it.',
    );
  if (log1p && negative > 0) {
    return fail(
      'INVALID_OPTIONS',
      `log1p needs values ≥ 0, but the target ${expression} is negative in ${negative} rows.`,
      'Turn log1p off, or pick a target that is a count.',
    );
  }
  if (constant)
    return fail(
      'TARGET_CONSTANT',
      `Every post has the same target value (${first}), so there is nothing to learn.`,
      'Pick another target column or a dataset where engagement varies.',
    );
  return ok({
    expression,
    columns,
    log1p,
    label: log1p ? `log1p(${expression})` : expression,
    raw,
    missing,
  });
}

function renameColumns(e: TargetExpr, renames: ReadonlyMap<string, string>): TargetExpr {
  switch (e.kind) {
    case 'column':
      return { kind: 'column', name: renames.get(e.name) ?? e.name };
    case 'negate':
      return { kind: 'negate', operand: renameColumns(e.operand, renames) };
    case 'binary':
      return { ...e, left: renameColumns(e.left, renames), right: renameColumns(e.right, renames) };
    default:
      return e;
  }
}

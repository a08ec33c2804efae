/** The dataset's preprocessing choices: defaults from the schema, kept across role changes, fitted for display. */
import type { PreprocessingFit } from '../../api/dataset.ts';
import type { ParsedTable } from '../../core/csv/types.ts';
import type { Result } from '../../core/errors/index.ts';
import { ok } from '../../core/errors/index.ts';
import {
  defaultPreprocessSpec,
  preprocessInputFromTable,
} from '../../core/preprocess/fromSchema.ts';
import { fitPreprocess } from '../../core/preprocess/preprocess.ts';
import type { ColumnSpec, PreprocessSpec, ScalerParams } from '../../core/preprocess/types.ts';
import type { ColumnSchema } from '../../core/schema/types.ts';

/** The default spec for a schema, keeping the user's earlier choice for each column whose kind did not change. */
export function mergedPreprocessSpec(
  schema: readonly ColumnSchema[],
  previous: PreprocessSpec | null,
): PreprocessSpec {
  const fresh = defaultPreprocessSpec(schema);
  if (!previous) return fresh;
  const byName = new Map<string, ColumnSpec>(previous.columns.map((c) => [c.name, c]));
  return {
    ...fresh,
    columns: fresh.columns.map((c) =>
      byName.get(c.name)?.kind === c.kind ? byName.get(c.name)! : c,
    ),
  };
}

function describeScaler(s: ScalerParams): string | undefined {
  const f = (x: number) => Number(x.toPrecision(4)).toString();
  switch (s.method) {
    case 'none':
      return undefined;
    case 'zscore':
      return `z-score: mean ${f(s.mean)}, std ${f(s.std)}`;
    case 'minmax':
      return `min-max: ${f(s.min)} to ${f(s.max)}`;
    case 'robust':
      return `robust: median ${f(s.median)}, IQR ${f(s.iqr)}`;
  }
}

/** Fits the spec on every row and says what it learned; fails with the reason when the spec does not fit the data. */
export function fitForDisplay(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  spec: PreprocessSpec,
): Result<PreprocessingFit> {
  if (spec.columns.length === 0) return ok({ rows: table.rowCount, droppedRows: 0, columns: [] });
  const fitted = fitPreprocess(preprocessInputFromTable(table, schema, spec), spec);
  if (!fitted.ok) return fitted;
  const p = fitted.value;
  return ok({
    rows: p.fittedRows,
    droppedRows: p.droppedRows,
    columns: p.columns.map((c) => {
      switch (c.kind) {
        case 'numeric': {
          const scaler = describeScaler(c.scaler);
          return {
            name: c.name,
            kind: c.kind,
            fill: c.fill === null ? null : String(Number(c.fill.toPrecision(6))),
            ...(scaler ? { scaler } : {}),
          };
        }
        case 'categorical':
          return { name: c.name, kind: c.kind, fill: c.fill, levels: c.levels };
        case 'text':
          return { name: c.name, kind: c.kind, fill: c.fill };
        case 'hashtags':
          return { name: c.name, kind: c.kind, fill: null };
      }
    }),
  });
}

/**
 * A file scored with a bundle, as Parquet: the input columns in their own types (as the Parquet
 * input stored them, or the lossless type of a CSV column's cells), then the score columns typed
 * (doubles, the cluster as a 32-bit integer, labels and terms as text; null where a post has none).
 * Loaded only when a Parquet download is asked for, so hyparquet-writer stays out of the workers' entry bundles.
 */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import { cellValue, tableKinds } from '../parquet/storedKinds.ts';
import { ParquetChunks, type ParquetValue } from '../parquet/writeParquet.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { scoreFields, uniqueNames } from './scoreFields.ts';
import { scoreTableInChunks, scoringNotes } from './scoreTable.ts';
import { summaryOf } from './scoreTally.ts';
import type { ScoredFile } from './scoredCsv.ts';
import type { TablePlan } from './tablePlan.ts';

/** Scores every row of `table` and writes a Parquet file; bytes go to `emit` row group by row group (default: kept in `parts`). */
export function scoreTableToParquet(
  loaded: LoadedBundle,
  table: ParsedTable,
  plan: TablePlan,
  onProgress?: (done: number, total: number) => void,
  emit?: (bytes: Uint8Array) => void,
  mode?: SentimentMode,
): Result<ScoredFile<Uint8Array>> {
  const fields = scoreFields(loaded, plan);
  const kinds = tableKinds(table);
  const names = uniqueNames(
    table.header,
    fields.map((f) => f.name),
  );
  const parts: Uint8Array[] = [];
  const file = new ParquetChunks(
    [
      ...table.header.map((name, c) => ({ name, kind: kinds[c]! })),
      ...fields.map((f, i) => ({ name: names[i]!, kind: f.kind })),
    ],
    emit ?? ((b) => parts.push(b)),
  );
  const tally = scoreTableInChunks(
    loaded,
    table,
    plan,
    (from, s) => {
      const values: ParquetValue[][] = table.columns.map((column, c) => {
        const kind = kinds[c]!;
        const out = new Array<ParquetValue>(s.rows);
        for (let r = 0; r < s.rows; r++) out[r] = cellValue(column[from + r]!, kind);
        return out;
      });
      for (const f of fields) {
        const out = new Array<ParquetValue>(s.rows);
        for (let r = 0; r < s.rows; r++) out[r] = f.value(s, r);
        values.push(out);
      }
      file.append(values);
    },
    onProgress,
    mode,
  );
  if (!tally.ok) return tally;
  file.finish();
  return ok({
    parts,
    tally: tally.value,
    summary: summaryOf(tally.value, {
      parts: plan.parts,
      classifier: loaded.sentiment?.classifier != null,
      notes: scoringNotes(plan, mode),
    }),
  });
}

/**
 * A file scored with a bundle, as Parquet: the input columns in their own types (as the Parquet
 * input stored them, or the lossless type of a CSV column's cells), then the score columns typed
 * (doubles, the cluster as a 32-bit integer, labels and terms as text; null where a post has none).
 * Loaded only when a Parquet download is asked for, so hyparquet-writer stays out of the workers' entry bundles.
 */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import { cellValue, tableKinds } from '../parquet/storedKinds.ts';
import { ParquetChunks, ROW_GROUP_ROWS, type ParquetValue } from '../parquet/writeParquet.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { scoreFields, uniqueNames } from './scoreFields.ts';
import { scoreTableInChunks, scoringNotes } from './scoreTable.ts';
import type { ScoredColumns } from './scoreWithBundle.ts';
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
  // The scored chunks of the row group being filled. Its values are made only when the group is
  // written, in one array per column: chunk by chunk they outlived two scavenges and were promoted
  // to the old generation (a third of what the collector copied), then were copied once more.
  let chunks: { from: number; scored: ScoredColumns }[] = [];
  let groupRows = 0;
  const writeGroup = () => {
    if (groupRows === 0) return;
    const start = chunks[0]!.from;
    const values: ParquetValue[][] = table.columns.map((column, c) => {
      const kind = kinds[c]!;
      const out = new Array<ParquetValue>(groupRows);
      for (let r = 0; r < groupRows; r++) out[r] = cellValue(column[start + r]!, kind);
      return out;
    });
    for (const f of fields) {
      const out = new Array<ParquetValue>(groupRows);
      let at = 0;
      for (const { from, scored } of chunks)
        for (let r = 0; r < scored.rows; r++) out[at++] = f.value(scored, r, from + r);
      values.push(out);
    }
    file.append(values);
    chunks = [];
    groupRows = 0;
  };
  const tally = scoreTableInChunks(
    loaded,
    table,
    plan,
    (from, s) => {
      chunks.push({ from, scored: s });
      groupRows += s.rows;
      if (groupRows >= ROW_GROUP_ROWS) writeGroup();
    },
    onProgress,
    mode,
  );
  if (!tally.ok) return tally;
  writeGroup();
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

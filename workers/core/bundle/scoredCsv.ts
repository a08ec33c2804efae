/**
 * A file scored with a bundle, as CSV: the input columns, then the score columns (scoreFields.ts).
 * The same function writes the browser's download and the CLI's `--out`, so the two are byte for
 * byte the same.
 */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { scoreFields, uniqueNames } from './scoreFields.ts';
import { scoreTableInChunks, scoringNotes } from './scoreTable.ts';
import { summaryOf, type ScoreSummary, type ScoreTally } from './scoreTally.ts';
import type { TablePlan } from './tablePlan.ts';

export { SCORE_CHUNK_ROWS } from './scoreTable.ts';
export type { ScoreSummary } from './scoreTally.ts';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What starts a formula in a spreadsheet cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text after a `;`, a tab, a comma or a line break that would start a formula if a spreadsheet
 * split the cell there (one set to `;` or tab as its separator, or one that ignores quotes).
 */
const FORMULA_AFTER_SEPARATOR = /([;,\t\n\r])([=+\-@\r][^;,\t\n\r]*)/g;

/**
 * A cell as spreadsheets should read it, whatever separator they split on: text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so it is not run as a formula
 * (OWASP "CSV injection"), and so does each part after a `;`, a tab or a comma (`x;=1+1` is
 * written `"x;'=1+1"`); plain numbers such as `-0.5` are left alone. Then quoted as RFC 4180 when
 * it holds a quote, a comma, a `;`, a tab or a line break, so any of those separators keeps it whole.
 */
export function csvCell(value: string): string {
  let v = value;
  if (FORMULA_START.test(v) && !PLAIN_NUMBER.test(v)) v = `'${v}`;
  v = v.replace(FORMULA_AFTER_SEPARATOR, (all, separator: string, part: string) =>
    PLAIN_NUMBER.test(part) ? all : `${separator}'${part}`,
  );
  return /[",;\t\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** A scored file in pieces (the header, then one piece per chunk of rows), with its summary and the tally behind it. */
export interface ScoredFile<Part> {
  readonly parts: readonly Part[];
  readonly summary: ScoreSummary;
  /** The summary's statistics in mergeable form (for shard manifests). */
  readonly tally: ScoreTally;
}

export type ScoredCsv = ScoredFile<string>;

/**
 * Scores every row of `table` as `plan` says, in chunks, and writes the CSV. `onProgress` gets
 * the rows done after each chunk. Fails only when a chunk's features cannot be built.
 */
export function scoreTableToCsv(
  loaded: LoadedBundle,
  table: ParsedTable,
  plan: TablePlan,
  onProgress?: (done: number, total: number) => void,
  mode?: SentimentMode,
): Result<ScoredCsv> {
  const fields = scoreFields(loaded, plan);
  const header = [
    ...table.header,
    ...uniqueNames(
      table.header,
      fields.map((f) => f.name),
    ),
  ];
  const parts = [`${header.map(csvCell).join(',')}\n`];
  const tally = scoreTableInChunks(
    loaded,
    table,
    plan,
    (from, s) => {
      const lines: string[] = [];
      for (let r = 0; r < s.rows; r++) {
        const cells = table.columns.map((c) => c[from + r]!);
        for (const f of fields) {
          const v = f.value(s, r);
          cells.push(v === null ? '' : String(v));
        }
        lines.push(cells.map(csvCell).join(','));
      }
      parts.push(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    },
    onProgress,
    mode,
  );
  if (!tally.ok) return tally;
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

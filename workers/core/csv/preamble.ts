/**
 * A report's title above the table: monitoring and analytics tools write a few lines before the
 * header ("Post Performance Report", "Exported 2026-01-05", `Start date,2026-01-01`, or `# ...`
 * comment lines), then a blank line, then the table. Read as the header, they left one or two
 * columns and every row ragged. They are found by the table they stand above: after them, a header
 * as wide as the rows that follow.
 */
import { detectDialect, fieldCounts } from './detectDialect.ts';
import { modeOf, scanRecords } from './sampleRecords.ts';
import type { Delimiter } from './types.ts';

export interface Preamble {
  /** The lines skipped, blank ones left out, as written. */
  readonly lines: readonly string[];
  /** Line breaks skipped, blank lines included. */
  readonly lineCount: number;
  /** Characters skipped: the text starts at this offset. */
  readonly length: number;
}

/** Lines looked at above a header. */
const MAX_PREAMBLE_LINES = 20;
/** The table below must be at least this wide; a narrower one is told apart from a title by nothing. */
const MIN_TABLE_FIELDS = 3;
/** Rows after the header that must have its width. */
const MIN_AGREEING_SHARE = 0.9;
const NUMBER = /^[+-]?\d[\d.,]*$/;

/**
 * The lines above the header of `sample` (decoded, line breaks as `\n`, possibly `\r\n`), or null when
 * the first line is the header: it is as wide as most rows, or no later line starts a table that is.
 * Each line skipped must be narrow (one field, or up to a third of the table's width: `key,value`
 * lines above a wide table) and the header must hold no number, so a header that misses a column's
 * name is never taken for a title and a row for the header.
 */
export function findPreamble(
  sample: string,
  complete: boolean,
  named?: Delimiter,
): Preamble | null {
  if (headerAgrees(sample, complete, named)) return null;
  const lines: string[] = [];
  let at = 0;
  for (let k = 1; k <= MAX_PREAMBLE_LINES; k++) {
    const end = sample.indexOf('\n', at);
    if (end === -1) return null;
    lines.push(sample.slice(at, end).replace(/\r$/, ''));
    at = end + 1;
    const rest = sample.slice(at);
    const { delimiter } = detectDialect(rest, complete, named);
    const { counts, headerCount } = fieldCounts(rest, delimiter, complete);
    if (counts.length === 0) continue;
    const { value: width, share } = modeOf(counts);
    if (width < MIN_TABLE_FIELDS || headerCount !== width || share < MIN_AGREEING_SHARE) continue;
    // A header names its columns; a line of numbers is a row, and the line above it the header.
    if (fieldsOf(rest, delimiter).some((f) => NUMBER.test(f.trim()))) return null;
    const narrow = Math.max(1, Math.floor(width / 3));
    if (lines.some((line) => fieldsOf(line, delimiter).length > narrow)) return null;
    // the blank lines between the title and the header go with the title
    let lineCount = k;
    const blank = /[ \t\r]*\n/y;
    blank.lastIndex = at;
    while (blank.exec(sample) !== null) {
      at = blank.lastIndex;
      lineCount++;
    }
    return { lines: lines.filter((l) => l.trim() !== ''), lineCount, length: at };
  }
  return null;
}

/** True when the first record is as wide as most of the rest (or glued to the first row), or there is no rest. */
function headerAgrees(sample: string, complete: boolean, named?: Delimiter): boolean {
  const { delimiter } = detectDialect(sample, complete, named);
  const { counts, headerCount } = fieldCounts(sample, delimiter, complete);
  if (counts.length === 0) return true;
  const { value: width } = modeOf(counts);
  return headerCount === width || headerCount === 2 * width - 1;
}

/** The fields of the first record of `text`. */
function fieldsOf(text: string, delimiter: Delimiter): string[] {
  return scanRecords(text, delimiter, true, 1, true).records[0] ?? [text];
}

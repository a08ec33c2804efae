/**
 * A report's title above the table: monitoring and analytics tools write a few lines before the
 * header ("Post Performance Report", "Exported 2026-01-05", `Start date,2026-01-01`, or `# ...`
 * comment lines), then a blank line, then the table; saved again from Excel, each of those lines is
 * padded with delimiters to the table's width (`Post Performance Report,,,,`). Read as the header,
 * they left one or two columns and every row ragged. They are found by the table they stand above:
 * after them, a header as wide as the rows that follow.
 */
import { detectDialect, fieldCounts } from './detectDialect.ts';
import { modeOf, scanRecords } from './sampleRecords.ts';
import type { Delimiter } from './types.ts';

export interface Preamble {
  /** The lines skipped, blank ones left out, as written (without the delimiters that pad them). */
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
 * Each line skipped must be narrow (one filled field, or up to half the table's width: `key,value`
 * lines), the header must fill more than half of it and hold no number, so a header that misses a
 * column's name is not taken for a title, nor a row for the header.
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
    const header = fieldsOf(rest, delimiter);
    // blank lines (padded or not) under the title go with it
    if (filledWidth(header) === 0) continue;
    const table = tableShape(rest, delimiter, complete);
    if (table === null) continue;
    const { width, share, headerCount, filled } = table;
    if (filled < MIN_TABLE_FIELDS || headerCount !== width || share < MIN_AGREEING_SHARE) continue;
    // a title line padded to the table's width is as wide as the header; it fills less of it
    if (filledWidth(header) <= narrowWidth(filled)) continue;
    // A header names its columns; a line of numbers is a row, and the line above it the header.
    if (header.some((f) => NUMBER.test(f.trim()))) return null;
    const fields = lines.map((line) => fieldsOf(line, delimiter));
    if (fields.some((f) => filledWidth(f) > narrowWidth(filled))) return null;
    return {
      lines: fields
        .filter((f) => filledWidth(f) > 0)
        .map((f) => f.slice(0, filledWidth(f)).join(delimiter)),
      lineCount: k,
      length: at,
    };
  }
  return null;
}

/**
 * True when the first record is as wide as most of the rest (or glued to the first row) and more
 * than a title padded to that width, or there is no rest.
 */
function headerAgrees(sample: string, complete: boolean, named?: Delimiter): boolean {
  const { delimiter } = detectDialect(sample, complete, named);
  const table = tableShape(sample, delimiter, complete);
  if (table === null) return true;
  const { width, headerCount, filled, header } = table;
  if (headerCount !== width && headerCount !== 2 * width - 1) return false;
  return filled < MIN_TABLE_FIELDS || filledWidth(header) > narrowWidth(filled);
}

interface TableShape {
  /** The first non-blank record and its field count. */
  readonly header: readonly string[];
  readonly headerCount: number;
  /** The most common field count of the records after it, and the share of them that have it. */
  readonly width: number;
  readonly share: number;
  /** The most fields any of them fills: the table's width without the delimiters that pad it. */
  readonly filled: number;
}

/** The shape of the table at the start of `text`, or null when it has no record after a header. */
function tableShape(text: string, delimiter: Delimiter, complete: boolean): TableShape | null {
  const counted = fieldCounts(text, delimiter, complete);
  const { counts, headerCount } = counted;
  if (counts.length === 0) return null;
  const records = counted.records.filter((r) => filledWidth(r) > 0);
  const { value: width, share } = modeOf(counts);
  const filled = Math.max(0, ...records.slice(1).map(filledWidth));
  return { header: records[0] ?? [], headerCount, width, share, filled };
}

/**
 * The most fields a line above a table this wide may fill: a title, or `key,value` over a table of
 * four or more. A header fills more than that: it names most of its columns.
 */
function narrowWidth(width: number): number {
  return Math.max(1, Math.floor(width / 2));
}

/** Fields up to the last one that holds something: `Report,,,` fills 1. */
function filledWidth(fields: readonly string[]): number {
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.trim() === '') n--;
  return n;
}

/** The fields of the first record of `text`. */
function fieldsOf(text: string, delimiter: Delimiter): string[] {
  return scanRecords(text, delimiter, true, 1, true).records[0] ?? [text];
}

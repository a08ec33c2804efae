/** The delimiter, line break and quoting of a CSV file, chosen from a sample of its first records. */
import type { Delimiter } from './types.ts';
import { isBlankRecord, modeOf, scanRecords } from './sampleRecords.ts';

export interface Dialect {
  readonly delimiter: Delimiter;
  /** The line break papaparse splits on; a `\r` left before `\n` is trimmed away with the padding. */
  readonly newline: '\n' | '\r';
  /** False for files that never quote fields but have stray `"` in their text (semicolon scraper exports). */
  readonly quoting: boolean;
  /** True when quoted fields open after spaces (`3, "a, b"`, Python's `skipinitialspace`). */
  readonly initialSpace: boolean;
}

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
/** Records of the sample that are enough to judge a delimiter. */
export const SAMPLE_RECORDS = 200;

/**
 * Choose the delimiter whose field count is most consistent across the sampled records, quote-aware
 * (commas inside quoted text do not count) and agreeing with the header. Ties go to the earlier of
 * `, ; \t |`. A file with none of them is one column, read with `,`. A delimiter the file names itself
 * (Excel's `sep=` line) is the only one tried; only its quoting is judged.
 */
export function detectDialect(sample: string, complete: boolean, named?: Delimiter): Dialect {
  const newline = sample.includes('\n') ? '\n' : sample.includes('\r') ? '\r' : '\n';
  const candidates = named === undefined ? DELIMITERS : [named];
  let best: Dialect = { delimiter: candidates[0]!, newline, quoting: true, initialSpace: false };
  let bestScore = 0;
  for (const delimiter of candidates) {
    const counted = fieldCounts(sample, delimiter, complete);
    const score = consistency(counted);
    if (score > bestScore) {
      best = { delimiter, newline, quoting: counted.quoting, initialSpace: counted.initialSpace };
      bestScore = score;
    }
  }
  return best;
}

interface FieldCounts {
  /** The non-blank records, as read with `quoting` and `initialSpace`. */
  readonly records: readonly string[][];
  /** Field counts of the non-blank records after the header. */
  readonly counts: number[];
  readonly headerCount: number;
  readonly quoting: boolean;
  readonly initialSpace: boolean;
}

/**
 * How consistently the records split into the same number of fields (at least two), as the share
 * of them with the most common count, plus a half when the header agrees with the body or is glued
 * to the first record (2 × fields − 1); 0 for one field.
 */
function consistency({ counts, headerCount }: FieldCounts): number {
  const { value: mode, share } = modeOf(counts.length > 0 ? counts : [headerCount]);
  if (mode < 2) return 0;
  const headerAgrees = headerCount === mode || headerCount === 2 * mode - 1;
  return share + (headerAgrees ? 0.5 : 0);
}

/**
 * Field counts of the sample split on `delimiter`, read with the quoting it uses: none when it has
 * only stray quotes; quotes after spaces when some fields open so (`3, "a, b"`), no quote is
 * then stray, and the records split at least as consistently as without.
 */
export function fieldCounts(sample: string, delimiter: Delimiter, complete: boolean): FieldCounts {
  const read = (
    quoting: boolean,
    initialSpace: boolean,
  ): FieldCounts & { spaced: number; stray: number } => {
    const scan = scanRecords(sample, delimiter, quoting, SAMPLE_RECORDS, complete, initialSpace);
    const records = scan.records.filter((r) => !isBlankRecord(r));
    const counts = records.slice(1).map((r) => r.length);
    const headerCount = records[0]?.length ?? 0;
    if (quoting && scan.strayQuotes > 0 && scan.properQuotes === 0) return read(false, false);
    return {
      records,
      counts,
      headerCount,
      quoting,
      initialSpace,
      spaced: scan.spacedQuotes,
      stray: scan.strayQuotes,
    };
  };
  const plain = read(true, false);
  // most files have no quote after a space at all: one scan is enough for them
  if (!plain.quoting || !/[ \t]"/.test(sample)) return plain;
  const spaced = read(true, true);
  const useSpaced =
    spaced.quoting &&
    spaced.spaced > 0 &&
    spaced.stray === 0 &&
    consistency(spaced) >= consistency(plain);
  return useSpaced ? spaced : plain;
}

/** The non-blank records of the sample as `dialect` reads them: what the header checks look at. */
export function dialectRecords(sample: string, dialect: Dialect, complete: boolean): string[][] {
  return scanRecords(
    sample,
    dialect.delimiter,
    dialect.quoting,
    SAMPLE_RECORDS,
    complete,
    dialect.initialSpace,
  ).records.filter((r) => !isBlankRecord(r));
}

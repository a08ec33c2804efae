/** The delimiter, line break and quoting of a CSV file, chosen from a sample of its first records. */
import type { Delimiter } from './types.ts';
import { isBlankRecord, modeOf, scanRecords } from './sampleRecords.ts';

export interface Dialect {
  readonly delimiter: Delimiter;
  /** The line break papaparse splits on; a `\r` left before `\n` is trimmed away with the padding. */
  readonly newline: '\n' | '\r';
  /** False for files that never quote fields but have stray `"` in their text (semicolon scraper exports). */
  readonly quoting: boolean;
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
  let best: Dialect = { delimiter: candidates[0]!, newline, quoting: true };
  let bestScore = 0;
  for (const delimiter of candidates) {
    const { counts, headerCount, quoting } = fieldCounts(sample, delimiter, complete);
    const rows = counts.length > 0 ? counts : [headerCount];
    const { value: mode, share } = modeOf(rows);
    if (mode < 2) continue;
    // The header agrees with the body, or is glued to the first record (2 × fields − 1).
    const headerAgrees = headerCount === mode || headerCount === 2 * mode - 1;
    const score = share + (headerAgrees ? 0.5 : 0);
    if (score > bestScore) {
      best = { delimiter, newline, quoting };
      bestScore = score;
    }
  }
  return best;
}

/** Field counts of the non-blank records after the header, the header's count, and whether quoting is in use. */
export function fieldCounts(
  sample: string,
  delimiter: Delimiter,
  complete: boolean,
): { counts: number[]; headerCount: number; quoting: boolean } {
  let scan = scanRecords(sample, delimiter, true, SAMPLE_RECORDS, complete);
  let quoting = true;
  if (scan.strayQuotes > 0 && scan.properQuotes === 0) {
    quoting = false;
    scan = scanRecords(sample, delimiter, false, SAMPLE_RECORDS, complete);
  }
  const records = scan.records.filter((r) => !isBlankRecord(r));
  return {
    counts: records.slice(1).map((r) => r.length),
    headerCount: records[0]?.length ?? 0,
    quoting,
  };
}

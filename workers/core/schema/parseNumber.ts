/**
 * Numbers as people and spreadsheets write them: `15`, `15.0`, `1,234`, `3,5` (decimal comma),
 * `5.70306E+17`, and counts as platforms show them: `2.1K`, `3M`, `1.5B`.
 */
import type { ColumnFormat } from './types.ts';
import { isMissingCell, isNumberPlaceholder } from './missing.ts';

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+(?:,\d+)?$/;
const DOTTED_THOUSANDS_DECIMAL_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** French and Nordic spreadsheets group thousands with a (no-break or narrow no-break) space: `1 234,5`. */
const SPACED_THOUSANDS_DECIMAL_COMMA = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
/**
 * A count shortened as platforms show it (`2.1K`, `3.4M`, `1B`, `12,5k`): one or two decimals, either
 * separator. `1,234K` is not one (its comma groups thousands), so it stays unreadable, not 1.234K.
 */
const ABBREVIATED = /^([+-]?\d+(?:[.,]\d{1,2})?) ?([kKmMbB])$/;
const ABBREVIATION_SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };
/** Scientific notation of at least 1e14, i.e. 15 or more digits: a long id after Excel rounded it. */
const LARGE_SCIENTIFIC = /^\d(?:\.\d+)?[eE]\+?(\d+)$/;

/**
 * A cell as a number, or NaN when it is missing or not a number in this format.
 * `format.thousands` accepts `1,234.5`; `format.decimalComma` reads `3,5` as 3.5, and `1.234,5` and
 * `1 234,5` as 1234.5.
 * `format.abbreviated` reads `2.1K` as 2100; `format.percent` reads `4.5%` as 4.5.
 * Plain numbers (`15`, `-2.5`, `1e3`) are accepted in every format.
 */
export function parseNumberCell(cell: string, format: ColumnFormat = {}): number {
  if (PLAIN.test(cell)) {
    // In a decimal-comma file `1.234` is still read as 1.234: ambiguous, and rarer than small decimals.
    return Number(cell);
  }
  if (isMissingCell(cell)) return NaN;
  if (format.abbreviated) {
    const short = abbreviatedCount(cell);
    if (!Number.isNaN(short)) return short;
  }
  if (format.percent && cell.endsWith('%')) {
    // in percent as written: `4.5%` is 4.5, the unit the export's readers know
    const value = cell.slice(0, -1).trimEnd();
    return value.endsWith('%') ? NaN : parseNumberCell(value, format);
  }
  if (format.decimalComma) {
    if (DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
    if (DOTTED_THOUSANDS_DECIMAL_COMMA.test(cell))
      return Number(cell.replace(/\./g, '').replace(',', '.'));
    if (SPACED_THOUSANDS_DECIMAL_COMMA.test(cell))
      return Number(cell.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
    return NaN;
  }
  if (format.thousands && THOUSANDS.test(cell)) return Number(cell.replace(/,/g, ''));
  return NaN;
}

/** `2.1K` as 2100 (rounded to a whole count, as the platform's figure stood for one), else NaN. */
export function abbreviatedCount(cell: string): number {
  const m = ABBREVIATED.exec(cell);
  if (m === null) return NaN;
  return Math.round(Number(m[1]!.replace(',', '.')) * ABBREVIATION_SCALE[m[2]!.toLowerCase()]!);
}

/** True for `5.70306E+17`-style values of 15 or more digits: ids that Excel rounded to a few significant digits. */
export function isLargeScientific(cell: string): boolean {
  const m = LARGE_SCIENTIFIC.exec(cell);
  return m !== null && Number(m[1]) >= 14;
}

/** True for integers written with 16 or more digits: beyond what a float64 holds exactly, so identifiers. */
export function isLongDigitString(cell: string): boolean {
  return cell.length >= 16 && /^\d+$/.test(cell);
}

export interface NumberFormatGuess {
  readonly format: ColumnFormat;
  /** Values that did not parse in that format. */
  readonly bad: number;
  /** Every parsed value is a whole number (`15.0` counts). */
  readonly integer: boolean;
  /** Values that look like identifiers rather than quantities (16+ digits, or ≥ 1e14 in scientific notation). */
  readonly idLike: number;
}

/**
 * The number format that reads the most of `values` (non-missing samples), preferring plain numbers,
 * then a decimal comma in semicolon or tab files, then thousands separators; `abbreviated` is set when
 * some are shortened counts (`2.1K`), `percent` when some end in `%`. Null when under half parse.
 * Placeholders (`-`, `None`, `#VALUE!`) are neither read nor counted bad: they stand for no number.
 */
export function guessNumberFormat(
  values: readonly string[],
  delimiter: string,
): NumberFormatGuess | null {
  const formats: ColumnFormat[] = [{}];
  const european = delimiter === ';' || delimiter === '\t';
  if (european) formats.push({ decimalComma: true }, { thousands: true });
  else formats.push({ thousands: true }, { decimalComma: true });
  let best: NumberFormatGuess | null = null;
  for (const format of formats) {
    let bad = 0;
    let integer = true;
    let idLike = 0;
    let abbreviated = 0;
    let percent = 0;
    for (const v of values) {
      if (isNumberPlaceholder(v)) continue;
      let x = parseNumberCell(v, format);
      if (Number.isNaN(x) && v.endsWith('%')) {
        x = parseNumberCell(v, { ...format, percent: true });
        if (!Number.isNaN(x)) percent++;
      }
      if (Number.isNaN(x)) {
        x = abbreviatedCount(v);
        if (Number.isNaN(x)) {
          bad++;
          continue;
        }
        abbreviated++;
      }
      if (isLongDigitString(v) || isLargeScientific(v)) idLike++;
      else if (integer && !Number.isInteger(x)) integer = false;
    }
    if (best === null || bad < best.bad)
      best = {
        format: {
          ...format,
          ...(abbreviated > 0 && { abbreviated: true }),
          ...(percent > 0 && { percent: true }),
        },
        bad,
        integer,
        idLike,
      };
    if (bad === 0) break;
  }
  return best !== null && best.bad * 2 < values.length ? best : null;
}

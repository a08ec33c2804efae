/** Which cells count as missing: the empty string and the tokens pandas reads as NaN. */

/** As pandas 1.5 `read_csv` default `na_values`, besides the empty string (pandas 2 adds `None`; a bio reading "None" is text). */
export const PANDAS_NA_TOKENS: readonly string[] = [
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'n/a',
  'nan',
  'null',
];
const NA_TOKENS: ReadonlySet<string> = new Set(PANDAS_NA_TOKENS);

/** True when a (trimmed) cell is missing: '' or a pandas NA token such as `NaN`, `null`, `N/A`, `#N/A`. */
export function isMissingCell(cell: string): boolean {
  // The length test keeps the common case (a real value) away from the Set lookup.
  return cell === '' || (cell.length <= 8 && NA_TOKENS.has(cell));
}

/**
 * What spreadsheets and scripts write in a number column where there is no number, beyond pandas'
 * tokens: dashes, Python's `None`, `n.a.`, and the error values of Excel and Google Sheets (a
 * formula that failed). They are not missing for pandas, so the summaries count them apart, as
 * placeholders the Dataset view names; they do not stop a count column from being read as numbers,
 * and every chart and model takes them for missing.
 */
const NUMBER_PLACEHOLDERS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '\u2013',
  '\u2014',
  'None',
  'none',
  'n.a.',
  'N.A.',
  '#VALUE!',
  '#DIV/0!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#ERROR!',
]);

/** True for a (trimmed) cell that stands for "no number" in a number column: `-`, `None`, `#VALUE!`. */
export function isNumberPlaceholder(cell: string): boolean {
  return cell.length <= 7 && NUMBER_PLACEHOLDERS.has(cell);
}

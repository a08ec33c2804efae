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

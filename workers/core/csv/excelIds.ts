/** Ids that Excel rewrote in scientific notation (`5.70306E+17`): the digits are gone, so say so. */
import { isIdLikeName } from '../schema/columnNames.ts';
import { isLargeScientific } from '../schema/parseNumber.ts';
import type { ImportWarning } from './types.ts';

/**
 * One EXCEL_MANGLED_IDS warning per id-like column (`id`, `tweet_id`, `Sponsor Id`…) holding values in
 * scientific notation of 15 or more digits. The values stay text; only the warning is added.
 */
export function findExcelMangledIds(
  header: readonly string[],
  columns: readonly (readonly string[])[],
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  header.forEach((name, c) => {
    if (!isIdLikeName(name)) return;
    let count = 0;
    let example = '';
    for (const cell of columns[c]!) {
      if (
        cell.length > 4 &&
        (cell[1] === '.' || cell[1] === 'E' || cell[1] === 'e') &&
        isLargeScientific(cell)
      ) {
        if (count++ === 0) example = cell;
      }
    }
    if (count === 0) return;
    warnings.push({
      code: 'EXCEL_MANGLED_IDS',
      column: name,
      rows: count,
      message:
        `Column "${name}": ${count} ${count === 1 ? 'id is' : 'ids are'} written in scientific notation (e.g. ${example}), as Excel does when it opens a file; ` +
        'the digits past the first few were lost and cannot be recovered, so these ids cannot be matched to posts. They are kept as text. ' +
        'Export the data again from its source without opening it in Excel (or import the ids as a Text column).',
    });
  });
  return warnings;
}

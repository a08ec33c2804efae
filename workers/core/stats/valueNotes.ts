/**
 * What the dataset view (and `murmur profile`) says about values that did not read as their
 * column's type, or were read from a shortened form: either changes the numbers every chart and
 * model shows, so the user is told which column, how many and what they look like.
 */
import { count as n, day } from '../overview/wording.ts';
import { parseDatetimeCell } from '../schema/parseDatetime.ts';
import { abbreviatedCount } from '../schema/parseNumber.ts';
import type { CellExamples, ColumnSummary, ValueNote } from './types.ts';

const quoted = (examples: readonly string[]): string =>
  examples.map((e) => `"${e.length > 40 ? `${e.slice(0, 40)}…` : e}"`).join(', ');

/** A column's example cells, quoted, with "…" when there are others. */
const examplesOf = (cells: CellExamples): string =>
  `${quoted(cells.examples)}${cells.more ? ', …' : ''}`;

/**
 * Notes in column order: first a row whose values fail in two or more columns (a second header
 * row, as Facebook Insights writes), then each column with other unreadable values, each column
 * with placeholders for no value, each date column whose day and month order is a guess, and each
 * column of shortened counts.
 */
export function valueNotes(columns: readonly ColumnSummary[]): ValueNote[] {
  const notes: ValueNote[] = [];
  const byRow = new Map<number, ColumnSummary[]>();
  for (const c of columns) {
    if (c.unreadable === undefined) continue;
    const row = byRow.get(c.unreadable.firstRow) ?? [];
    row.push(c);
    byRow.set(c.unreadable.firstRow, row);
  }
  const explained = new Set<ColumnSummary>();
  for (const [row, cs] of byRow) {
    if (cs.length < 2) continue;
    for (const c of cs) if (c.unreadable!.count === 1) explained.add(c);
    const values = cs.map((c) => c.unreadable!.examples[0]!);
    notes.push({
      code: 'UNREADABLE_ROW',
      column: cs[0]!.name,
      row: row + 1,
      message:
        `Row ${n(row + 1)} below the header is not a post: in ${n(cs.length)} columns (${quoted(cs.map((c) => c.name))}) its values (${quoted(values.slice(0, 3))}${values.length > 3 ? ', …' : ''}) are not dates or numbers. ` +
        'It looks like a second header row; remove it from the file and import it again (until then it counts as a post whose numbers are missing).',
    });
  }
  for (const c of columns) {
    const u = c.unreadable;
    if (u === undefined || explained.has(c)) continue;
    const one = u.count === 1;
    const what = c.type === 'datetime' ? 'a date' : 'a number';
    notes.push({
      code: 'UNREADABLE_VALUES',
      column: c.name,
      message:
        `${n(u.count)} ${one ? 'value' : 'values'} of "${c.name}" could not be read as ${what} ` +
        `(${examplesOf(u)}), so ${one ? 'it counts' : 'they count'} as missing in every chart and model. ` +
        `If ${one ? 'it is' : 'they are'} a second header row or a note, remove ${one ? 'it' : 'them'} from the file and import it again; ` +
        `if not, check how the column is written.`,
    });
  }
  for (const c of columns) {
    const p = c.placeholders;
    if (p === undefined) continue;
    const one = p.count === 1;
    const what = c.type === 'datetime' ? 'date' : 'number';
    notes.push({
      code: 'PLACEHOLDER_VALUES',
      column: c.name,
      message:
        `${n(p.count)} ${one ? 'cell' : 'cells'} of "${c.name}" ${one ? 'holds' : 'hold'} no ${what} but a placeholder (${examplesOf(p)}): ` +
        `a dash, "None" or a spreadsheet error such as #VALUE!, so ${one ? 'it counts' : 'they count'} as missing in every chart and model. ` +
        `If ${one ? 'it stands' : 'they stand'} for zero, write 0 in the export and import it again.`,
    });
  }
  for (const c of columns) {
    const d = c.dayOrder;
    if (d === undefined) continue;
    const [read, other] = d.read === 'mdy' ? ['month', 'day'] : ['day', 'month'];
    notes.push({
      code: 'AMBIGUOUS_DAY_ORDER',
      column: c.name,
      message:
        `The dates of "${c.name}" could be day first or month first: none of their first two numbers is above 12. ` +
        `They were read ${read} first${d.read === 'mdy' ? ', as US exports write them' : ''}: "${d.example}" is ${day(parseDatetimeCell(d.example, d.read))}. ` +
        `If the export writes the ${other} first, switch the order (the Dataset view has a button for it).`,
    });
  }
  for (const c of columns) {
    const a = c.abbreviated;
    if (a === undefined) continue;
    const one = a.count === 1;
    const read = `"${a.example}" as ${n(abbreviatedCount(a.example))}`;
    notes.push({
      code: 'ABBREVIATED_COUNTS',
      column: c.name,
      message:
        `${n(a.count)} ${one ? 'value' : 'values'} of "${c.name}" ${one ? 'was' : 'were'} written short, as platforms show counts, and read as whole numbers (${read}${one ? '' : ', and so on'}). ` +
        `The platform rounded ${one ? 'it' : 'them'}, so ${one ? 'it is' : 'they are'} exact to two or three digits only: an export with full counts gives truer totals and models.`,
    });
  }
  return notes;
}

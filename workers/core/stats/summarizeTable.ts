/** Summaries of every column of a table, computed from its strings without copying them. */
import type { ParsedTable } from '../csv/types.ts';
import { datetimeColumn, numericColumn, tagsColumn } from '../schema/columnAccess.ts';
import { countWords } from '../schema/inferType.ts';
import { isMissingCell, isNumberPlaceholder } from '../schema/missing.ts';
import { abbreviatedCount } from '../schema/parseNumber.ts';
import { partsAbove12 } from '../schema/parseDatetime.ts';
import type { ColumnSchema, DatetimeFormat } from '../schema/types.ts';
import { pearsonMatrix } from './correlation.ts';
import { missingReport } from './missingReport.ts';
import { numericSummary } from './numericSummary.ts';
import { datetimeSummary } from './timeHistogram.ts';
import { COUNT_CAP, CappedCounter, topValues } from './topValues.ts';
import type {
  CellExamples,
  ColumnSummary,
  TableSummary,
  TagSummary,
  TextSummary,
} from './types.ts';
import { valueNotes } from './valueNotes.ts';

export interface SummaryOptions {
  /** Bins of numeric histograms. Default 20. */
  readonly bins?: number;
  /** Most bins of a time histogram (the calendar unit is chosen to fit). Default 60. */
  readonly timeBins?: number;
  /** Top values (or tags) kept per column. Default 10. */
  readonly topK?: number;
  /** Distinct values counted for top values before new ones are ignored. Default 100 000. */
  readonly countCap?: number;
}

/** Every column summarised, the missing-value report, and the correlations of numeric columns. */
export function summarizeTable(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  options: SummaryOptions = {},
): TableSummary {
  const numeric = new Map<number, Float64Array>();
  const columns = schema.map((column) => {
    const values = isQuantity(column) ? numericColumn(table, column) : undefined;
    if (values !== undefined) numeric.set(column.index, values);
    return summarizeColumn(table, column, options, values);
  });
  const correlated = schema.filter((c) => numeric.has(c.index) && c.role !== 'id');
  return {
    rows: table.rowCount,
    columns,
    valueNotes: valueNotes(columns),
    missing: missingReport(table),
    correlation: pearsonMatrix(
      correlated.map((c) => c.name),
      correlated.map((c) => numeric.get(c.index)!),
    ),
  };
}

/**
 * One column's summary: missing and distinct counts, then by type numbers (quartiles, histogram),
 * datetimes (range, calendar histogram), tags (top tags) or strings (top values; text lengths).
 * `numbers` may pass the column already parsed.
 */
export function summarizeColumn(
  table: ParsedTable,
  column: ColumnSchema,
  options: SummaryOptions = {},
  numbers?: Float64Array,
): ColumnSummary {
  const cells = table.columns[column.index]!;
  const rows = table.rowCount;
  let missing = 0;
  for (let r = 0; r < rows; r++) if (isMissingCell(cells[r]!)) missing++;
  const base: ColumnSummary = {
    name: column.name,
    index: column.index,
    type: column.type,
    role: column.role,
    rows,
    missing,
    missingShare: rows === 0 ? 0 : missing / rows,
    distinct: column.distinct,
    distinctCapped: column.distinctCapped,
  };
  const topK = options.topK ?? 10;
  const cap = options.countCap ?? COUNT_CAP;
  switch (column.type) {
    case 'integer':
    case 'number': {
      const values = numbers ?? numericColumn(table, column);
      const read = { ...base, ...readability(cells, values, column.format.abbreviated === true) };
      const numeric = numericSummary(values, options.bins ?? 20);
      return numeric === null ? read : { ...read, numeric };
    }
    case 'datetime': {
      const times = datetimeColumn(table, column);
      const read = {
        ...base,
        ...readability(cells, times, false),
        ...dayOrderGuess(cells, times, column.format.datetime),
      };
      const datetime = datetimeSummary(times, options.timeBins ?? 60);
      return datetime === null ? read : { ...read, datetime };
    }
    case 'tags':
      return { ...base, tags: tagSummary(table, column, topK, cap) };
    case 'text':
      return { ...base, top: topValues(cells, topK, cap), text: textSummary(cells) };
    case 'category':
    case 'boolean':
      return column.role === 'id' ? base : { ...base, top: topValues(cells, topK, cap) };
    case 'empty':
      return base;
  }
}

/**
 * The cells that are there but read as NaN (a note, a second header row, `tbd`), apart from the
 * placeholders that stand for no value (`-`, `None`, `#VALUE!`), and with `abbreviated` the counts
 * written short: all change what the charts and models see, so the dataset view names them.
 */
function readability(
  cells: readonly string[],
  values: Float64Array,
  abbreviated: boolean,
): Pick<ColumnSummary, 'unreadable' | 'placeholders' | 'abbreviated'> {
  const unreadable = new ExampleCells();
  const placeholders = new ExampleCells();
  let firstRow = -1;
  let short = 0;
  let example = '';
  for (let r = 0; r < values.length; r++) {
    const cell = cells[r]!;
    if (Number.isNaN(values[r]!)) {
      if (isMissingCell(cell)) continue;
      if (isNumberPlaceholder(cell)) placeholders.add(cell);
      else {
        if (unreadable.count === 0) firstRow = r;
        unreadable.add(cell);
      }
    } else if (abbreviated && !Number.isNaN(abbreviatedCount(cell))) {
      if (short++ === 0) example = cell;
    }
  }
  return {
    ...(unreadable.count > 0 && { unreadable: { ...unreadable.result(), firstRow } }),
    ...(placeholders.count > 0 && { placeholders: placeholders.result() }),
    ...(short > 0 && { abbreviated: { count: short, example } }),
  };
}

/** Counts cells and keeps the first three different ones as examples. */
class ExampleCells {
  count = 0;
  private readonly examples: string[] = [];
  private more = false;

  add(cell: string): void {
    this.count++;
    if (this.examples.includes(cell)) return;
    if (this.examples.length < 3) this.examples.push(cell);
    else this.more = true;
  }

  result(): CellExamples {
    return { count: this.count, examples: this.examples, more: this.more };
  }
}

/** For day-first or month-first dates none of whose parts is above 12: the order read, and the first date. */
function dayOrderGuess(
  cells: readonly string[],
  times: Float64Array,
  format: DatetimeFormat | undefined,
): Pick<ColumnSummary, 'dayOrder'> {
  if (format !== 'dmy' && format !== 'mdy') return {};
  // a date read with its day above 12 settles the order without reading the cells again
  for (const t of times) if (!Number.isNaN(t) && new Date(t).getUTCDate() > 12) return {};
  const { firstAbove12, secondAbove12 } = partsAbove12(cells);
  if (firstAbove12 || secondAbove12) return {};
  const first = times.findIndex((t) => !Number.isNaN(t));
  return first === -1 ? {} : { dayOrder: { read: format, example: cells[first]! } };
}

function isQuantity(column: ColumnSchema): boolean {
  return column.type === 'integer' || column.type === 'number';
}

function tagSummary(
  table: ParsedTable,
  column: ColumnSchema,
  topK: number,
  cap: number,
): TagSummary {
  const counter = new CappedCounter(cap);
  let rowsWithTags = 0;
  let total = 0;
  for (const tags of tagsColumn(table, column)) {
    if (tags.length > 0) rowsWithTags++;
    total += tags.length;
    for (const tag of tags) counter.add(tag);
  }
  return {
    rowsWithTags,
    meanPerRow: table.rowCount === 0 ? 0 : total / table.rowCount,
    distinctTags: counter.counts.size,
    top: counter.top(topK),
  };
}

function textSummary(cells: readonly string[]): TextSummary {
  let n = 0;
  let length = 0;
  let maxLength = 0;
  let words = 0;
  for (const cell of cells) {
    if (isMissingCell(cell)) continue;
    n++;
    length += cell.length;
    if (cell.length > maxLength) maxLength = cell.length;
    words += countWords(cell);
  }
  return { meanLength: n === 0 ? 0 : length / n, maxLength, meanWords: n === 0 ? 0 : words / n };
}

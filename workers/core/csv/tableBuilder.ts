/** Rows in, columns out: header repair, trimming, ragged and blank rows, counted for the warnings. */
import { appError, type AppError } from '../errors/index.ts';
import type { GluedHeader } from './gluedHeader.ts';
import { normaliseHeader } from './headerNames.ts';
import type { ImportWarning } from './types.ts';

export interface BuiltTable {
  readonly header: string[];
  readonly columns: string[][];
  readonly rowCount: number;
  readonly warnings: ImportWarning[];
}

/** Collects parsed rows column by column; the first non-blank row is the header. */
export class TableBuilder {
  private rawHeader: string[] | null = null;
  private columns: string[][] = [];
  private rows = 0;
  /** Rows whose field count differs from the header's: count and first data row, by field count. */
  private readonly ragged = new Map<number, { count: number; first: number }>();
  private blankLines = 0;
  private pendingBlank = 0;
  /** Rows that repeat the header (files joined together): how many, and the data row before the first. */
  private readonly headerRepeats = { count: 0, after: 0 };
  private readonly glued: GluedHeader | null;
  /** Per column, one shared copy of each short value seen (see Interner). */
  private interners: Interner[] = [];

  /** `headerless`: the first row is data (see headerless.ts); the columns are named `column_1`, … */
  constructor(
    glued: GluedHeader | null,
    private readonly headerless = false,
  ) {
    this.glued = glued;
  }

  get rowCount(): number {
    return this.rows;
  }

  add(rows: readonly string[][]): void {
    for (let i = 0; i < rows.length; i++) this.addRow(rows[i]!);
  }

  private addRow(row: readonly string[]): void {
    const len = row.length;
    // A line of delimiters only (`,,,`: Excel writes them for formatted empty rows) is blank too.
    if (row[0]!.trim() === '' && allBlank(row, 1)) {
      // Blank lines before the header or at the end are not worth a warning; only those inside the data.
      if (this.rawHeader !== null) this.pendingBlank++;
      return;
    }
    if (this.rawHeader === null) {
      this.startWithHeader(row);
      return;
    }
    this.blankLines += this.pendingBlank;
    this.pendingBlank = 0;
    if (this.repeatsHeader(row)) {
      if (this.headerRepeats.count++ === 0) this.headerRepeats.after = this.rows;
      return;
    }
    const columns = this.columns;
    const width = columns.length;
    this.rows++;
    // Extra fields that are all blank (a trailing delimiter) are not worth counting.
    const fields = len > width && allBlank(row, width) ? width : len;
    if (fields !== width) {
      const seen = this.ragged.get(fields);
      if (seen === undefined) this.ragged.set(fields, { count: 1, first: this.rows });
      else seen.count++;
    }
    const n = len < width ? len : width;
    const interners = this.interners;
    for (let c = 0; c < n; c++) {
      const cell = row[c]!.trim();
      const interner = interners[c]!;
      columns[c]!.push(
        cell.length > INTERN_MAX_LENGTH || !interner.on ? cell : interner.intern(cell),
      );
    }
    for (let c = n; c < width; c++) columns[c]!.push('');
  }

  /**
   * True for a row whose cells are the header's names again (two or more of them), as when exports
   * are joined into one file: it is never a post. The first cell is compared first, so other rows
   * cost one comparison.
   */
  private repeatsHeader(row: readonly string[]): boolean {
    const header = this.rawHeader!;
    if (row[0]!.trim() !== header[0]!.trim()) return false;
    let named = 0;
    const width = Math.max(row.length, header.length);
    for (let c = 0; c < width; c++) {
      const cell = (row[c] ?? '').trim();
      if (cell !== (header[c] ?? '').trim()) return false;
      if (cell !== '') named++;
    }
    return named >= 2;
  }

  private startWithHeader(row: readonly string[]): void {
    if (this.headerless) {
      this.setHeader(row.map((_, i) => `column_${i + 1}`));
      this.addRow(row);
      return;
    }
    const glued = this.glued;
    if (glued !== null && row.length > glued.width) {
      const field = row[glued.width - 1]!;
      this.setHeader([...row.slice(0, glued.width - 1), field.slice(0, glued.splitAt)]);
      this.addRow([field.slice(glued.splitAt), ...row.slice(glued.width)]);
      return;
    }
    this.setHeader([...row]);
  }

  private setHeader(names: string[]): void {
    this.rawHeader = names;
    this.columns = names.map(() => []);
    this.interners = names.map(() => new Interner());
  }

  /** The table, or the failure that makes it unusable: no header, no rows, or mostly ragged rows. */
  finish(fileName: string, gluedWarning: ImportWarning | null): BuiltTable | AppError {
    if (this.rawHeader === null) {
      return appError(
        'FILE_EMPTY',
        `"${fileName}" holds only blank lines: there is no header and no data.`,
        'Choose the file that holds your posts, exported as CSV.',
      );
    }
    let raw = this.rawHeader;
    let columns = this.columns;
    // A trailing delimiter on every line makes an unnamed, empty last column: drop it quietly.
    while (
      raw.length > 1 &&
      raw[raw.length - 1]!.trim() === '' &&
      columns[columns.length - 1]!.every((v) => v === '')
    ) {
      raw = raw.slice(0, -1);
      columns = columns.slice(0, -1);
    }
    const { names, warnings } = normaliseHeader(raw);
    // Counted against the final width: rows that stop before a dropped empty column are not short.
    const tooFew = this.raggedCount((fields) => fields < columns.length);
    const tooMany = this.raggedCount((fields) => fields > this.columns.length);
    if (this.rows === 0) {
      const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : '');
      return appError(
        'FILE_HEADER_ONLY',
        `"${fileName}" has a header (${names.length} columns: ${shown}) but no rows of data.`,
        'Export the data again with its rows, or choose another file.',
      );
    }
    if (tooMany.count * 2 > this.rows) {
      return appError(
        'CSV_RAGGED',
        `Most rows of "${fileName}" (${tooMany.count} of ${this.rows}) have more fields than the header's ${names.length}, so the columns cannot be lined up.`,
        'The header may be missing column names, or text may contain the delimiter without quotes. Fix the header or quote the text fields, then import again.',
      );
    }
    if (gluedWarning !== null) warnings.unshift(gluedWarning);
    if (tooFew.count + tooMany.count > 0)
      warnings.push(this.raggedWarning(names.length, tooFew, tooMany));
    if (this.headerless) {
      const first = this.columns.map((c) => c[0] ?? '').filter((v) => v !== '');
      const shown = first.slice(0, 3).map((v) => `"${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`);
      warnings.push({
        code: 'HEADER_MISSING',
        message: `The first line holds data, not column names (${shown.join(', ')}${first.length > 3 ? ', …' : ''}), so it was read as the first row and the columns were named ${names[0]} to ${names[names.length - 1]}. Check the column types and roles below.`,
      });
    }
    const repeats = this.headerRepeats;
    if (repeats.count > 0) {
      warnings.push({
        code: 'HEADER_REPEATED',
        rows: repeats.count,
        message: `${repeats.count === 1 ? 'A row repeats' : `${repeats.count} rows repeat`} the header (the first after data row ${repeats.after.toLocaleString('en-US')}), as when exports are joined into one file; ${repeats.count === 1 ? 'it is not a post and was' : 'they are not posts and were'} skipped.`,
      });
    }
    if (this.blankLines > 0) {
      warnings.push({
        code: 'BLANK_LINES_SKIPPED',
        rows: this.blankLines,
        message: `${this.blankLines} blank ${this.blankLines === 1 ? 'line' : 'lines'} between rows (no value in any column) ${this.blankLines === 1 ? 'was' : 'were'} skipped.`,
      });
    }
    return { header: names, columns, rowCount: this.rows, warnings };
  }

  private raggedCount(which: (fields: number) => boolean): { count: number; first: number } {
    let count = 0;
    let first = Infinity;
    for (const [fields, seen] of this.ragged) {
      if (!which(fields)) continue;
      count += seen.count;
      first = Math.min(first, seen.first);
    }
    return { count, first };
  }

  private raggedWarning(
    width: number,
    tooFew: { count: number; first: number },
    tooMany: { count: number; first: number },
  ): ImportWarning {
    const parts: string[] = [];
    if (tooFew.count > 0)
      parts.push(
        `${tooFew.count} had fewer fields than the header's ${width} (first: data row ${tooFew.first}; the missing cells are left empty)`,
      );
    if (tooMany.count > 0)
      parts.push(
        `${tooMany.count} had more (first: data row ${tooMany.first}; the extra fields were dropped)`,
      );
    const rows = tooFew.count + tooMany.count;
    return {
      code: 'RAGGED_ROWS',
      rows,
      message: `${rows} of ${this.rows} rows did not match the header: ${parts.join(', and ')}. An unquoted delimiter inside text is the usual cause; check those rows.`,
    };
  }
}

/** Values up to this long (characters) are interned; longer ones are rarely repeated. */
const INTERN_MAX_LENGTH = 24;
/** Distinct values interned per column. */
const INTERN_CAP = 4096;

/**
 * One shared copy of each short value of a column. Repeated values (counts, flags, platforms) then
 * make one string instead of one per row: a 1M-row import holds far fewer objects, and the garbage
 * collector, which copies and marks every live object, runs about twice as fast. A column that fills
 * the cap while most lookups miss (ids, timestamps) stops interning, since it only costs there.
 */
class Interner {
  on = true;
  private readonly seen = new Map<string, string>();
  private hits = 0;

  intern(cell: string): string {
    const known = this.seen.get(cell);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    if (this.seen.size < INTERN_CAP) this.seen.set(cell, cell);
    else if (this.hits < this.seen.size) {
      this.on = false;
      this.seen.clear();
    }
    return cell;
  }
}

function allBlank(row: readonly string[], from: number): boolean {
  for (let c = from; c < row.length; c++) if (row[c]!.trim() !== '') return false;
  return true;
}

/**
 * Copies in an imported table, found at import: rows identical to an earlier row in every cell
 * (id columns aside: an export numbers its copies), and rows whose text repeats an earlier
 * row's once normalised (handles and links set aside, case and spaces folded; see `duplicateKey`).
 * Copies inflate counts and, on both sides of a train/test split, make a model look better than
 * it is; the Dataset view shows them and can drop them.
 */
import { duplicateKey } from '../preprocess/socialText.ts';
import { groupsByKey } from './groups.ts';

/** One repeated text, for the user to see what the copies are. */
export interface DuplicateExample {
  /** The text as its first row writes it, cut to 280 characters. */
  readonly text: string;
  /** Rows that share it (2 or more). */
  readonly rows: number;
  /** Of those, rows identical to an earlier one in every cell. */
  readonly exactCopies: number;
  /** The first few rows that hold it, 0-based, ascending. */
  readonly rowNumbers: readonly number[];
}

/** What `profile --json` prints and the Dataset view shows. */
export interface DuplicateCounts {
  /** Rows identical to an earlier row in every cell but id columns. */
  readonly exactRows: number;
  /** Rows whose normalised text repeats an earlier row's (exact copies included; empty texts never). */
  readonly repeatedTexts: number;
}

export interface DuplicateReport extends DuplicateCounts {
  readonly rows: number;
  /** The text column compared, or null when the table has none (then repeatedTexts is 0). */
  readonly textColumn: string | null;
  /** Distinct texts that occur more than once. */
  readonly repeatedGroups: number;
  /** The most repeated texts, most rows first (ties: earliest first). */
  readonly examples: readonly DuplicateExample[];
}

/** The report and, per row, what it repeats. */
export interface Duplicates {
  readonly report: DuplicateReport;
  /** 1 where the row is identical to an earlier row (id columns aside). */
  readonly exact: Uint8Array;
  /** 1 where the row's normalised text repeats an earlier row's. */
  readonly repeated: Uint8Array;
}

/** How many examples, and how many row numbers per example, the report keeps. */
const EXAMPLES = 5;
const ROW_NUMBERS = 5;
const EXAMPLE_CHARS = 280;

/**
 * Finds the copies of `columns` (column-major cells, as ParsedTable holds them).
 * @param textColumn index of the post text, or null
 * @param ignored column indexes left out of the exact comparison (id columns)
 */
export function findDuplicates(
  columns: readonly (readonly string[])[],
  rows: number,
  textColumn: { readonly index: number; readonly name: string } | null,
  ignored: ReadonlySet<number> = new Set(),
): Duplicates {
  const compared = columns.map((_, c) => c).filter((c) => !ignored.has(c));
  const exactGroups = groupsByKey(rows, (r) =>
    // a separator no trimmed CSV cell holds, and a mark so an all-empty row is not the '' key
    compared.length === 0
      ? ''
      : `\u0001${compared.map((c) => columns[c]![r] ?? '').join('\u0000')}`,
  );
  const texts = textColumn ? columns[textColumn.index]! : null;
  const textGroupsOf = texts
    ? groupsByKey(rows, (r) => duplicateKey(texts[r] ?? ''))
    : Int32Array.from({ length: rows }, (_, r) => r);
  const exact = new Uint8Array(rows);
  const repeated = new Uint8Array(rows);
  const size = new Map<number, number>();
  const copies = new Map<number, number>();
  let exactRows = 0;
  let repeatedTexts = 0;
  for (let r = 0; r < rows; r++) {
    const g = textGroupsOf[r]!;
    size.set(g, (size.get(g) ?? 0) + 1);
    if (exactGroups[r] !== r) {
      exact[r] = 1;
      exactRows++;
      copies.set(g, (copies.get(g) ?? 0) + 1);
    }
    if (g !== r) {
      repeated[r] = 1;
      repeatedTexts++;
    }
  }
  const groups = [...size].filter(([, n]) => n > 1);
  groups.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const examples: DuplicateExample[] = groups.slice(0, EXAMPLES).map(([g, n]) => {
    const rowNumbers: number[] = [];
    for (let r = g; r < rows && rowNumbers.length < ROW_NUMBERS; r++)
      if (textGroupsOf[r] === g) rowNumbers.push(r);
    const text = texts![g] ?? '';
    return {
      text: text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : text,
      rows: n,
      exactCopies: copies.get(g) ?? 0,
      rowNumbers,
    };
  });
  return {
    report: {
      rows,
      textColumn: textColumn?.name ?? null,
      exactRows,
      repeatedTexts,
      repeatedGroups: groups.length,
      examples,
    },
    exact,
    repeated,
  };
}

/** Which copies to leave out of the dataset: none, exact copies of a row, or every repeated text (exact copies too). */
export type DropDuplicates = 'none' | 'exact' | 'text';

/** The rows kept when `drop` copies are left out, ascending; null when every row is kept. */
export function keptRows(d: Duplicates, drop: DropDuplicates): Uint32Array | null {
  if (drop === 'none') return null;
  const rows = d.exact.length;
  const kept: number[] = [];
  for (let r = 0; r < rows; r++)
    if (!(d.exact[r] === 1 || (drop === 'text' && d.repeated[r] === 1))) kept.push(r);
  return kept.length === rows ? null : Uint32Array.from(kept);
}

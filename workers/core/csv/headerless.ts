/**
 * Files without a header line: the first line is already a post (Sentiment140 and other research
 * datasets are shared so: `"0","1467810369","Mon Apr 06 22:19:49 PDT 2009",…,"my whole body…"`).
 * Read with a header, that post would name the columns and be lost. A first line is data when its
 * cells look like the cells below them: numbers over numbers, dates over dates, sentences over
 * sentences, in at least two columns and half of its filled cells, one of them a number or a date
 * (a survey's header may hold questions over answers; no column name is a number or a date).
 */

type Kind = 'number' | 'date' | 'sentence';

/** Share of the records below that must be of the first cell's kind, per column. */
const AGREEING_SHARE = 0.8;

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const DATE =
  /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]{2} [A-Z][a-z]{2} \d)/;

/** What kind of data a cell is, or null for what a column name could be. */
function kindOf(cell: string): Kind | null {
  const v = cell.trim();
  if (NUMBER.test(v)) return 'number';
  if (DATE.test(v)) return 'date';
  // five words or more: a sentence; names run to three or four (`Number of Likes`)
  return v.split(/\s+/).length >= 5 ? 'sentence' : null;
}

/** True when the first of the sample's records is data, not a header (see the module comment). */
export function isHeaderless(records: readonly string[][]): boolean {
  if (records.length < 3) return false;
  const first = records[0]!;
  const body = records.slice(1);
  const filled = first.filter((c) => c.trim() !== '').length;
  if (numbersColumns(first)) return false;
  let agreeing = 0;
  let measured = false;
  first.forEach((cell, c) => {
    const kind = kindOf(cell);
    if (kind === null) return;
    const same = body.filter((r) => r[c] !== undefined && kindOf(r[c]!) === kind).length;
    if (same < AGREEING_SHARE * body.length) return;
    agreeing++;
    if (kind !== 'sentence') measured = true;
  });
  // a survey's questions can be sentences over sentences; a name is never a number or a date
  return measured && agreeing >= 2 && agreeing * 2 >= filled;
}

/**
 * True for a header that numbers its columns (`0,1,2,…` or `,0,1,…`), as pandas writes a table
 * read without one: numbers, but names all the same.
 */
function numbersColumns(first: readonly string[]): boolean {
  const cells = first.map((c) => c.trim()).filter((c) => c !== '');
  return (
    cells.length >= 2 &&
    cells.every((c, i) => /^\d+$/.test(c) && Number(c) === Number(cells[0]) + i)
  );
}

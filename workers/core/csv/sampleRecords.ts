/**
 * A small quote-aware reader for the first records of a file, used to choose the delimiter and
 * to see a glued header before the real parse. It follows papaparse where it matters for that:
 * a quote opens a field only at its start, and `""` inside quotes is one quote.
 */

export interface SampleScan {
  /** Complete records, each its fields (quoted fields unquoted, nothing trimmed); blank lines kept as ['']. */
  readonly records: string[][];
  /** Quoted fields closed by a quote followed by the delimiter, a line break or the end (spaces allowed). */
  readonly properQuotes: number;
  /** Fields opened with a quote whose closing quote is followed by other text: quotes that are just text. */
  readonly strayQuotes: number;
  /** Of the quoted fields, those whose quote came after spaces (read so only with `initialSpace`). */
  readonly spacedQuotes: number;
}

/**
 * Records of `text` split on `delimiter`, at most `maxRecords`. The last record counts only when
 * `complete` (the sample is the whole file), since a sample usually ends mid-record. With
 * `initialSpace`, a quote after spaces at a field's start opens the field too (`3, "a, b"`).
 */
export function scanRecords(
  text: string,
  delimiter: string,
  quoting: boolean,
  maxRecords: number,
  complete: boolean,
  initialSpace = false,
): SampleScan {
  const records: string[][] = [];
  let fields: string[] = [];
  let properQuotes = 0;
  let strayQuotes = 0;
  let spacedQuotes = 0;
  const n = text.length;
  let i = 0;
  while (i < n && records.length < maxRecords) {
    let field: string;
    if (quoting && initialSpace) {
      let j = i;
      while (text[j] === ' ' || (text[j] === '\t' && delimiter !== '\t')) j++;
      if (j > i && text[j] === '"') {
        spacedQuotes++;
        i = j;
      }
    }
    if (quoting && text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return { records, properQuotes, strayQuotes, spacedQuotes };
        value += text.slice(from, close);
        if (text[close + 1] === '"') {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      const stop = nextStop(text, i, delimiter);
      const rest = text.slice(i, stop);
      if (rest.trim() === '') properQuotes++;
      else strayQuotes++;
      field = value + rest;
      i = stop;
    } else {
      const stop = nextStop(text, i, delimiter);
      field = text.slice(i, stop);
      i = stop;
    }
    fields.push(field);
    if (i >= n) {
      if (complete) records.push(fields);
      break;
    }
    if (text[i] === delimiter) {
      i++;
      if (i === n && complete) records.push([...fields, '']);
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(fields);
    fields = [];
  }
  return { records, properQuotes, strayQuotes, spacedQuotes };
}

function nextStop(text: string, from: number, delimiter: string): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') break;
  }
  return i;
}

/** True for a record that is an empty line (one field of spaces). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0]!.trim() === '';
}

/** The most common value of `xs` and the share of `xs` equal to it (0 for none). */
export function modeOf(xs: readonly number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) [best, bestCount] = [x, c];
  }
  return { value: best, share: xs.length === 0 ? 0 : bestCount / xs.length };
}

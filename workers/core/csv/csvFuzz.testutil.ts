/**
 * Generated CSV exports and the damage done to them, for the importer's property-based tests and
 * the larger run of `npm run bench -- --only fuzz`: each case ends in a verdict, so both count them.
 */
import fc from 'fast-check';
import type { ErrorCode } from '../errors/index.ts';
import { importCsv } from './importCsv.ts';
import { memoryByteSource } from './memorySource.ts';

const piece = fc.constantFrom(
  'word',
  'post',
  ' ',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  ';',
  '|',
  '\t',
  'café',
  '🎉',
  '#tag',
  '@who',
  '=1+1',
  "'",
  '42',
);
const cellText = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));

export interface Generated {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly ends: readonly string[];
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le';
  readonly chunkBytes: number;
}

export const csvExports: fc.Arbitrary<Generated> = fc
  .record({
    extra: fc.integer({ min: 1, max: 3 }),
    count: fc.integer({ min: 1, max: 25 }),
    encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'utf-16le' as const),
    chunkBytes: fc.constantFrom(3, 7, 64, 1024, 1024 * 1024),
  })
  .chain(({ extra, count, encoding, chunkBytes }) =>
    fc.record({
      header: fc.constant(['id', 'text', ...Array.from({ length: extra }, (_, i) => `c${i}`)]),
      rows: fc.array(fc.array(cellText, { minLength: extra + 1, maxLength: extra + 1 }), {
        minLength: count,
        maxLength: count,
      }),
      ends: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: count, maxLength: count }),
      encoding: fc.constant(encoding),
      chunkBytes: fc.constant(chunkBytes),
    }),
  )
  .map((g) => ({ ...g, rows: g.rows.map((cells, r) => [`id${r}`, ...cells]) }));

/** A cell as an RFC 4180 writer quotes it. */
const quote = (cell: string): string =>
  /[",;|\t\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;

function fileText(g: Generated): string {
  return (
    g.header.join(',') +
    '\n' +
    g.rows.map((cells, r) => cells.map(quote).join(',') + g.ends[r]!).join('')
  );
}

function encode(text: string, encoding: Generated['encoding']): Uint8Array {
  if (encoding === 'utf-16le') {
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  }
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}

/** What the importer must give back: trimmed cells, a line break inside a cell kept as written. */
const expected = (g: Generated): string[][] =>
  g.header.map((_, c) => g.rows.map((cells) => cells[c]!.trim()));

const KNOWN: ReadonlySet<ErrorCode> = new Set([
  'FILE_EMPTY',
  'FILE_HEADER_ONLY',
  'FILE_BINARY',
  'CSV_UNCLOSED_QUOTE',
  'CSV_RECORD_TOO_LONG',
  'CSV_RAGGED',
  'CSV_GLUED_HEADER',
]);

/** Damage done to a generated file: where, and which bit for a flip. */
export interface Damage {
  readonly kind: 'truncate' | 'record-end' | 'flip' | 'drop' | 'nul' | 'lone-cr';
  readonly at: number;
  readonly bit: number;
}

export const damages: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constantFrom(
    'truncate' as const,
    'record-end' as const,
    'flip' as const,
    'drop' as const,
    'nul' as const,
    'lone-cr' as const,
  ),
  // uniform over the file (fc.double favours values near 0)
  at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6),
  bit: fc.integer({ min: 0, max: 7 }),
});

/**
 * How the importer answered a case: 'identical' (every row back exactly), 'refused' (a known code
 * and a message), 'read' (damaged, read as a consistent table), or what must never happen: 'crash'
 * (an exception), 'lost' (rows missing or changed where they must not be), 'unclear' (an unknown
 * code or no message), 'inconsistent' (columns of different lengths), 'silent' (NUL bytes kept
 * quiet).
 */
export type CsvVerdict =
  'identical' | 'refused' | 'read' | 'crash' | 'lost' | 'unclear' | 'inconsistent' | 'silent';

const sameTable = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Imports the generated file `g`, damaged by `d` when given, and says how it went. */
export async function csvVerdict(g: Generated, d: Damage | null): Promise<CsvVerdict> {
  const text = fileText(g);
  let bytes: Uint8Array;
  let keep: number | null = null;
  if (d === null) bytes = encode(text, g.encoding);
  else {
    const intact = encode(text, 'utf-8');
    const at = Math.min(intact.length - 1, Math.floor(d.at * intact.length));
    if (d.kind === 'record-end') {
      keep = Math.floor(d.at * (g.rows.length + 1));
      bytes = encode(fileText({ ...g, rows: g.rows.slice(0, keep) }), 'utf-8');
    } else if (d.kind === 'truncate') bytes = intact.slice(0, at);
    else if (d.kind === 'flip') {
      bytes = intact.slice();
      bytes[at] = bytes[at]! ^ (1 << d.bit);
    } else if (d.kind === 'drop')
      bytes = new Uint8Array([...intact.slice(0, at), ...intact.slice(at + 1)]);
    else {
      const insert = d.kind === 'nul' ? 0 : 0x0d;
      bytes = new Uint8Array([...intact.slice(0, at), insert, ...intact.slice(at)]);
    }
  }
  let r;
  try {
    r = await importCsv(memoryByteSource(bytes), { chunkBytes: g.chunkBytes });
  } catch {
    return 'crash';
  }
  if (!r.ok) {
    if (!KNOWN.has(r.error.code) || r.error.message.length < 10) return 'unclear';
    // a complete file, or one cut after a record, is never refused (but for a header alone)
    return d === null || (keep !== null && keep > 0) ? 'lost' : 'refused';
  }
  const t = r.value;
  if (t.columns.length !== t.header.length || t.columns.some((c) => c.length !== t.rowCount))
    return 'inconsistent';
  if (d === null || keep !== null) {
    const rows = keep === null ? g.rows : g.rows.slice(0, keep);
    // a cell's own line breaks are kept, a lone \r read as \n (lineEndings.ts)
    const want = expected({ ...g, rows }).map((col) =>
      col.map((cell) => cell.replaceAll(/\r(?!\n)/g, '\n')),
    );
    const ragged = t.warnings.some((w) => w.code === 'RAGGED_ROWS');
    const same =
      sameTable(
        t.header.map((h) => [h]),
        g.header.map((h) => [h]),
      ) &&
      t.rowCount === rows.length &&
      sameTable(t.columns, want) &&
      !ragged;
    return same ? 'identical' : 'lost';
  }
  if (d.kind === 'nul' && !t.warnings.some((w) => w.code === 'NUL_BYTES_REMOVED')) return 'silent';
  return 'read';
}

/**
 * The importer under seeded property-based tests (fast-check): generated exports with hostile
 * cells (quotes, separators, line breaks inside quotes, emoji, accents), mixed line endings and
 * three encodings, read in chunks of every size; then the same files damaged (truncated, bytes
 * flipped or dropped, NUL bytes, lone CRs). The invariant: the rows come back exactly, or the file
 * is refused with a coded message; never an exception, never a lost or phantom row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

interface Generated {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly ends: readonly string[];
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le';
  readonly chunkBytes: number;
}

const generated: fc.Arbitrary<Generated> = fc
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

describe('the CSV importer (fast-check, seeded)', () => {
  it('gives back every generated row exactly, whatever the cells, line endings, encoding and chunk size: 250 files', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (g) => {
        const bytes = encode(fileText(g), g.encoding);
        const r = await importCsv(memoryByteSource(bytes), { chunkBytes: g.chunkBytes });
        if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
        expect(r.value.header).toEqual(g.header);
        expect(r.value.rowCount).toBe(g.rows.length);
        // a cell's own line breaks are kept, a lone \r read as \n (lineEndings.ts)
        expect(r.value.columns).toEqual(
          expected(g).map((col) => col.map((cell) => cell.replaceAll(/\r(?!\n)/g, '\n'))),
        );
        expect(r.value.warnings.map((w) => w.code)).not.toContain('RAGGED_ROWS');
      }),
      { seed: 111, numRuns: 250, endOnFailure: true },
    );
  });

  it('damaged, refuses with a coded message or reads a consistent table, never throwing; cut at a record end, keeps exactly the rows before: 250 files', async () => {
    const damage = fc.record({
      kind: fc.constantFrom('truncate', 'record-end', 'flip', 'drop', 'nul', 'lone-cr'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bit: fc.integer({ min: 0, max: 7 }),
    });
    await fc.assert(
      fc.asyncProperty(generated, damage, async (g, d) => {
        const text = fileText(g);
        const intact = encode(text, 'utf-8');
        const at = Math.min(intact.length - 1, Math.floor(d.at * intact.length));
        let bytes: Uint8Array;
        let keep: number | null = null;
        if (d.kind === 'record-end') {
          keep = Math.floor(d.at * (g.rows.length + 1));
          const head = g.header.join(',') + '\n';
          const body = g.rows
            .slice(0, keep)
            .map((cells, r) => cells.map(quote).join(',') + g.ends[r]!)
            .join('');
          bytes = encode(head + body, 'utf-8');
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
        let r;
        try {
          r = await importCsv(memoryByteSource(bytes), { chunkBytes: g.chunkBytes });
        } catch (e) {
          throw new Error(`${d.kind}: threw ${String(e)}`);
        }
        if (!r.ok) {
          expect(KNOWN.has(r.error.code), r.error.code).toBe(true);
          expect(r.error.message.length).toBeGreaterThan(10);
          if (d.kind === 'record-end') expect(keep).toBe(0);
          return;
        }
        const t = r.value;
        expect(t.columns).toHaveLength(t.header.length);
        for (const col of t.columns) expect(col).toHaveLength(t.rowCount);
        if (d.kind === 'record-end') {
          expect(t.rowCount).toBe(keep);
          expect(t.columns).toEqual(
            expected({ ...g, rows: g.rows.slice(0, keep!) }).map((col) =>
              col.map((cell) => cell.replaceAll(/\r(?!\n)/g, '\n')),
            ),
          );
        }
        // a NUL byte in a small file marks it binary; read at all, it is removed and said
        if (d.kind === 'nul') expect(t.warnings.map((w) => w.code)).toContain('NUL_BYTES_REMOVED');
      }),
      { seed: 112, numRuns: 250, endOnFailure: true },
    );
  });
});

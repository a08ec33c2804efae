import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../workers/core/csv/importCsv.ts';
import { memoryByteSource } from '../../../workers/core/csv/memorySource.ts';
import { inferSchema } from '../../../workers/core/schema/inferSchema.ts';
import { generateMessyCsv, MESSY_HEADER, writeMessyCsv, type MessyCsvOptions } from './messyCsv.ts';

async function imported(options: MessyCsvOptions) {
  const r = await importCsv(memoryByteSource(generateMessyCsv(options)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('generateMessyCsv', () => {
  it('is the same for a seed and differs between seeds', () => {
    const a = generateMessyCsv({ rows: 200, seed: 7 });
    expect(Buffer.from(generateMessyCsv({ rows: 200, seed: 7 })).equals(a)).toBe(true);
    expect(Buffer.from(generateMessyCsv({ rows: 200, seed: 8 })).equals(a)).toBe(false);
  });

  it('writes the rows asked for, with multi-line text, emoji, padding and float counts', async () => {
    const t = await imported({ rows: 3000, seed: 1 });
    expect(t.rowCount).toBe(3000);
    expect(t.header).toEqual([...MESSY_HEADER]);
    const text = t.columns[MESSY_HEADER.indexOf('text')]!;
    expect(text.some((s) => s.includes('\n'))).toBe(true);
    expect(text.some((s) => /\p{Extended_Pictographic}/u.test(s))).toBe(true);
    expect(t.columns[MESSY_HEADER.indexOf('favorites')]!.some((s) => s.endsWith('.0'))).toBe(true);
    const roles = Object.fromEntries(inferSchema(t).map((c) => [c.name, c.role]));
    expect(roles).toMatchObject({
      text: 'text',
      hashtags: 'hashtags',
      date: 'timestamp',
      retweets: 'shares',
      favorites: 'likes',
      user_followers: 'followers',
    });
  });

  it('writes other delimiters and encodings that the importer recognises', async () => {
    const semicolon = await imported({
      rows: 500,
      seed: 2,
      delimiter: ';',
      encoding: 'windows-1252',
    });
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.encoding).toBe('windows-1252');
    expect(semicolon.warnings.map((w) => w.code)).toContain('LATIN1_FALLBACK');
    expect(semicolon.columns[MESSY_HEADER.indexOf('text')]!.some((s) => /[éñü]/.test(s))).toBe(
      true,
    );
    const tab = await imported({ rows: 500, seed: 2, delimiter: '\t', encoding: 'utf-16le' });
    expect([tab.delimiter, tab.encoding, tab.rowCount]).toEqual(['\t', 'utf-16le', 500]);
    const pipe = await imported({ rows: 500, seed: 2, delimiter: '|', encoding: 'utf-8-bom' });
    expect([pipe.delimiter, pipe.encoding, pipe.header[0]]).toEqual(['|', 'utf-8-bom', 'id']);
  });

  it('writes the same bytes to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'murmur-gen-'));
    try {
      const file = path.join(dir, 'posts.csv');
      const bytes = writeMessyCsv(file, { rows: 12345, seed: 3 });
      // Buffer.equals: a deep toEqual over millions of bytes takes seconds.
      expect(readFileSync(file).equals(generateMessyCsv({ rows: 12345, seed: 3 }))).toBe(true);
      expect(bytes).toBe(readFileSync(file).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

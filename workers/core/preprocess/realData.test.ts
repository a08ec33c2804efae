/**
 * The tokeniser and cleaner on real posts (../shared/data, read at run time, never copied):
 * nothing is lost or invented, emoji are whole graphemes, cleaned text has no URLs, mentions
 * or entities left. Skipped, with a notice, when the shared data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCleaner } from './cleanText.ts';
import { decodeHtmlEntities } from './htmlEntities.ts';
import { tokenize } from './tokenize.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
const FILES = [
  ['vaccination_tweets.csv', 'text'],
  ['sentimentdataset.csv', 'Text'],
] as const;
const available = FILES.every(([f]) => existsSync(path.join(SHARED, 'data', f)));
if (!available) console.warn(`realData.test.ts: skipped, ${path.join(SHARED, 'data')} is absent`);

function texts(file: string, column: string): string[] {
  const csv = readFileSync(path.join(SHARED, 'data', file), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => (r[column] ?? '').trim());
}

describe.skipIf(!available)('tokenising and cleaning real posts', () => {
  const all = available ? FILES.flatMap(([f, c]) => texts(f, c)) : [];
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

  it('reads both files', () => {
    expect(all.length).toBe(9497 + 732);
  });

  it('keeps every non-space character, in order', () => {
    const lost: string[] = [];
    for (const t of all) {
      // Contractions come out with a straight apostrophe, so compare with all apostrophes straight.
      const joined = tokenize(t)
        .map((k) => k.text)
        .join('')
        .replace(/\u2019/g, "'");
      const expected = t.replace(/\s+/gu, '').replace(/\u2019/g, "'");
      if (joined !== expected && lost.push(t) > 20) break;
    }
    expect(lost).toEqual([]);
  });

  it('gives emoji tokens that are exactly one grapheme cluster', () => {
    let emoji = 0;
    const split: string[] = [];
    for (const t of all) {
      for (const k of tokenize(t)) {
        if (k.kind !== 'emoji') continue;
        emoji++;
        if ([...graphemes.segment(k.text)].length !== 1) split.push(k.text);
      }
    }
    expect(split).toEqual([]);
    expect(emoji).toBeGreaterThan(500);
  });

  it('leaves no URL, mention, entity, punctuation or upper case in cleaned tokens', () => {
    const clean = createCleaner();
    const bad: string[] = [];
    for (const t of all) {
      for (const tok of clean(t)) {
        const wrong =
          /^(https?:|www\.|@)|&amp;|&#\d+;/.test(tok) ||
          tok !== tok.toLowerCase() ||
          !/[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}#_]/u.test(tok);
        if (wrong) bad.push(tok);
      }
    }
    expect(bad).toEqual([]);
    const decoded = all.filter((t) => decodeHtmlEntities(t) !== t).length;
    expect(decoded).toBeGreaterThan(100); // the vaccination export is full of &amp;
  });
});

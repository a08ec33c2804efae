import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { polarityScores, sentimentLabel } from '../../workers/core/sentiment/index.ts';
import {
  applyLabelMapping,
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
  SENTIMENT_CLASSES,
} from '../../workers/core/sentiment/labelMapping.ts';
import { broadOf } from './humanLabels.ts';
import { generateSample, SAMPLE_COLUMNS, sampleToCsv, type SamplePost } from './generateSample.ts';
import { TOPICS } from './wordBanks.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMITTED = path.join(ROOT, 'public/sample/murmur-sample.csv');

const posts = generateSample({ seed: 42 });
const csv = sampleToCsv(posts);
const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const rows = parsed.data;

function firstRowsHash(text: string, n: number): string {
  return createHash('sha256')
    .update(
      text
        .split('\n')
        .slice(0, n + 1)
        .join('\n'),
    )
    .digest('hex');
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const logLikes = (ps: readonly SamplePost[]): number[] =>
  ps.map((p) => Math.log1p(Number(p.cells.likes)));
const hourOf = (p: SamplePost): number => Number(p.cells.created_at.slice(11, 13));

function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('the sample generator', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const again = sampleToCsv(generateSample({ seed: 42 }));
    expect(firstRowsHash(again, 100)).toBe(firstRowsHash(csv, 100));
    expect(again).toBe(csv);
    expect(firstRowsHash(sampleToCsv(generateSample({ seed: 43 })), 100)).not.toBe(
      firstRowsHash(csv, 100),
    );
  });

  it('matches the committed public/sample/murmur-sample.csv (regenerate with npm run make-sample)', () => {
    expect(existsSync(COMMITTED)).toBe(true);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(csv);
    expect(Buffer.byteLength(csv)).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('writes 5,000 rows of the thirteen columns, readable as CSV', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...SAMPLE_COLUMNS]);
    expect(rows).toHaveLength(5000);
    expect(rows.map((r) => r.text)).toEqual(posts.map((p) => p.cells.text));
    expect(generateSample({ seed: 7, rows: 300 })).toHaveLength(300);
  });

  it('leaves 2–5 % missing in followers, country and language, and nothing else missing', () => {
    for (const column of ['author_followers', 'country', 'language']) {
      const share = rows.filter((r) => r[column] === '').length / rows.length;
      expect(share, column).toBeGreaterThanOrEqual(0.02);
      expect(share, column).toBeLessThanOrEqual(0.05);
    }
    for (const column of [
      'post_id',
      'created_at',
      'platform',
      'author',
      'text',
      'likes',
      'shares',
      'comments',
      'sentiment',
    ]) {
      expect(rows.filter((r) => r[column] === '').length, column).toBe(0);
    }
  });

  it('spans eight months of 2025 and several platforms, languages and topics', () => {
    const months = new Set(rows.map((r) => r.created_at!.slice(0, 7)));
    expect([...months].sort()).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
    expect(new Set(rows.map((r) => r.platform)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.language)).size).toBeGreaterThanOrEqual(5);
    expect(TOPICS.length).toBeGreaterThanOrEqual(6);
    expect(TOPICS.length).toBeLessThanOrEqual(8);
    for (const t of TOPICS) expect(t.hashtags.length).toBeGreaterThanOrEqual(5);
    for (const t of TOPICS) expect(t.hashtags.length).toBeLessThanOrEqual(12);
    const tagged = rows.filter((r) => /^#\S+( #\S+)*$/u.test(r.hashtags!)).length;
    expect(tagged / rows.length).toBeGreaterThan(0.8);
  });

  it('has the texture of real posts: emoji, URLs, mentions, questions, capitals, entities, repeats', () => {
    const share = (re: RegExp): number => rows.filter((r) => re.test(r.text!)).length / rows.length;
    expect(share(/\p{Extended_Pictographic}/u)).toBeGreaterThan(0.3);
    expect(share(/\u200D/u)).toBeGreaterThan(0.01); // ZWJ sequences
    expect(share(/https?:\/\//)).toBeGreaterThan(0.1);
    expect(share(/@\w/)).toBeGreaterThan(0.05);
    expect(share(/\?/)).toBeGreaterThan(0.1);
    expect(share(/\b(not|never|isn't|doesn't)\b/i)).toBeGreaterThan(0.05);
    const shouted = rows.filter((r) => {
      const letters = r.text!.replace(/https?:\/\/\S+|[@#]\S+/gu, '').match(/\p{L}/gu) ?? [];
      return (
        letters.length >= 10 &&
        letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.8
      );
    }).length;
    expect(shouted / rows.length).toBeGreaterThan(0.02); // ALL CAPS posts
    expect(share(/&amp;|&#39;/)).toBeGreaterThan(0);
    expect(share(/\n/)).toBeGreaterThan(0);
    const exact = rows.length - new Set(rows.map((r) => JSON.stringify(r))).size;
    expect(exact).toBeGreaterThanOrEqual(10);
    expect(exact).toBeLessThanOrEqual(60);
  });

  it('writes tones a lexicon scorer recovers', () => {
    const english = posts.filter((p) => p.cells.language === 'en');
    const compound = (tone: string): number =>
      mean(
        english
          .filter((p) => p.truth.tone === tone)
          .map((p) => polarityScores(p.cells.text).compound),
      );
    expect(compound('very-positive')).toBeGreaterThan(0.5);
    expect(compound('positive')).toBeGreaterThan(0.3);
    expect(Math.abs(compound('neutral'))).toBeLessThan(0.15);
    expect(compound('negative')).toBeLessThan(-0.2);
    expect(compound('very-negative')).toBeLessThan(-0.5);
    const broad = (tone: string): string =>
      tone.endsWith('positive') ? 'positive' : tone === 'neutral' ? 'neutral' : 'negative';
    const agree = english.filter(
      (p) => sentimentLabel(polarityScores(p.cells.text).compound) === broad(p.truth.tone),
    ).length;
    expect(agree / english.length).toBeGreaterThan(0.8);
  });

  it('labels posts as annotators do: mostly the tone, some emotions, about 10 % disagreeing', () => {
    const labels = rows.map((r) => r.sentiment!);
    const names = new Set(['Positive', 'Neutral', 'Negative']);
    const fine = labels.filter((l) => !names.has(l)).length / labels.length;
    expect(fine).toBeGreaterThan(0.15);
    expect(fine).toBeLessThan(0.35);
    const agree = posts.filter((p) => p.truth.label.agrees).length / posts.length;
    expect(agree).toBeGreaterThan(0.87);
    expect(agree).toBeLessThan(0.93);
    for (const p of posts)
      expect(p.truth.label.agrees).toBe(p.truth.label.meant === broadOf(p.truth.tone));
    // The app's proposed mapping reads every label as the class the annotator meant, except
    // "Curiosity", which VADER gives no valence (ignored until the user maps it).
    const proposals = proposeLabelMapping(countLabelValues(labels).values);
    expect(proposals.filter((p) => p.target === 'ignore').map((p) => p.value)).toEqual([
      'Curiosity',
    ]);
    const mapped = applyLabelMapping(labels, mappingOf(proposals));
    posts.forEach((p, i) => {
      if (p.cells.sentiment !== 'Curiosity')
        expect(SENTIMENT_CLASSES[mapped[i]!], p.cells.sentiment).toBe(p.truth.label.meant);
    });
  });

  it('makes engagement heavy-tailed', () => {
    const likes = rows.map((r) => Number(r.likes)).sort((a, b) => a - b);
    const median = likes[likes.length >> 1]!;
    expect(likes.at(-1)!).toBeGreaterThan(50 * median);
    expect(likes.filter((x) => x === 0).length / likes.length).toBeGreaterThan(0.05);
    expect(mean(likes)).toBeGreaterThan(2 * median);
  });

  it('makes engagement depend on the intended drivers', () => {
    const unique = posts.filter((p) => !p.truth.duplicate);
    const where = (f: (p: SamplePost) => boolean): number => mean(logLikes(unique.filter(f)));
    // evening peak
    expect(
      where((p) => hourOf(p) >= 18 && hourOf(p) <= 22) -
        where((p) => hourOf(p) >= 6 && hourOf(p) <= 10),
    ).toBeGreaterThan(0.15);
    // positive and strongly negative posts travel further than neutral ones
    const neutral = where((p) => p.truth.tone === 'neutral');
    expect(where((p) => p.truth.tone === 'positive') - neutral).toBeGreaterThan(0.1);
    expect(where((p) => p.truth.tone === 'very-positive') - neutral).toBeGreaterThan(0.3);
    expect(where((p) => p.truth.tone === 'very-negative') - neutral).toBeGreaterThan(0.3);
    // platform and topic
    expect(
      where((p) => p.cells.platform === 'TikTok') - where((p) => p.cells.platform === 'Bluesky'),
    ).toBeGreaterThan(0.5);
    expect(
      where((p) => p.truth.topic === 'football') - where((p) => p.truth.topic === 'fitness'),
    ).toBeGreaterThan(0.2);
    // followers, on the rows where they are given
    const known = unique.filter((p) => p.cells.author_followers !== '');
    const r = pearson(
      known.map((p) => Math.log1p(Number(p.cells.author_followers))),
      logLikes(known),
    );
    expect(r).toBeGreaterThan(0.4);
    // questions draw comments
    const comments = (q: boolean): number =>
      mean(
        unique
          .filter((p) => p.cells.text.includes('?') === q)
          .map((p) => Math.log1p(Number(p.cells.comments))),
      );
    expect(comments(true) - comments(false)).toBeGreaterThan(0.1);
  });
});

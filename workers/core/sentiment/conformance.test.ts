/**
 * Agreement with the reference, Python vaderSentiment 3.3.2, on its ground-truth corpora and on
 * two emoji-heavy real datasets. Reads ../shared/reference/vader/ (or $MURMUR_SHARED) at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainSentiment } from './explain.ts';
import { measureAgreement, parseReferenceCsv, type AgreementReport } from './referenceAgreement.ts';
import { polarityScores, scoreTexts } from './vader.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
const REFERENCE = path.join(SHARED, 'reference', 'vader');
const available = existsSync(path.join(REFERENCE, 'vader_tweets_scores.csv'));
if (!available)
  console.warn(
    `conformance.test.ts: skipped, no VADER reference outputs at ${REFERENCE} (set MURMUR_SHARED).`,
  );

function load(corpus: string) {
  return parseReferenceCsv(
    readFileSync(path.join(REFERENCE, `vader_${corpus}_scores.csv`), 'utf8'),
  );
}

const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;

function report(corpus: string, r: AgreementReport): void {
  const lines = [
    `VADER conformance, ${corpus} (${r.n} texts): exact ${pct(r.exact)}, compound within 1e-4 ${pct(r.compoundWithin1e4)}, ` +
      `all four within 1e-3 ${pct(r.allWithin1e3)}, same label ${pct(r.sameLabel)}, compound within 0.05 ${pct(r.compoundWithin005)}`,
    ...r.worst.map(
      (w) =>
        `  ${JSON.stringify(w.text).slice(0, 120)}\n    ours ${JSON.stringify(w.ours)}\n    ref  ${JSON.stringify(w.reference)}`,
    ),
  ];
  if (r.worst.length === 0) lines.push('  no differences');
  console.log(lines.join('\n'));
}

describe.skipIf(!available)('conformance with vaderSentiment 3.3.2', () => {
  // The brief's floors per corpus. We reach 100 % exact on all four; the extra 99.9 % exact floor
  // guards against drift (an emojibase upgrade, a lexicon edit).
  type Share = Exclude<keyof AgreementReport, 'n' | 'worst'>;
  const floors: { corpus: string; kind: string; floor: Partial<Record<Share, number>> }[] = [
    {
      corpus: 'tweets',
      kind: 'ground-truth corpus',
      floor: { compoundWithin1e4: 0.999, allWithin1e3: 0.995 },
    },
    {
      corpus: 'movieReviewSnippets',
      kind: 'ground-truth corpus',
      floor: { compoundWithin1e4: 0.999, allWithin1e3: 0.995 },
    },
    {
      corpus: 'vaccination',
      kind: 'emoji-heavy posts',
      floor: { sameLabel: 0.99, compoundWithin005: 0.98 },
    },
    {
      corpus: 'sentimentdataset',
      kind: 'emoji-heavy posts',
      floor: { sameLabel: 0.99, compoundWithin005: 0.98 },
    },
  ];

  it.each(floors)('matches the $corpus $kind', ({ corpus, floor }) => {
    const r = measureAgreement(load(corpus));
    report(corpus, r);
    expect(r.n).toBeGreaterThan(700);
    for (const [share, min] of Object.entries(floor))
      expect(r[share as Share], share).toBeGreaterThanOrEqual(min);
    expect(r.exact).toBeGreaterThanOrEqual(0.999);
  });

  it('gives the same scores through explainSentiment on every reference text', () => {
    let differing = 0;
    for (const corpus of ['tweets', 'vaccination', 'sentimentdataset']) {
      for (const row of load(corpus)) {
        const e = explainSentiment(row.text, 'reference');
        const p = polarityScores(row.text);
        if (e.neg !== p.neg || e.neu !== p.neu || e.pos !== p.pos || e.compound !== p.compound)
          differing++;
        for (const t of e.tokens)
          if (!(t.start >= 0 && t.end <= row.text.length && t.start < t.end)) differing++;
      }
    }
    expect(differing).toBe(0);
  });

  it('scores all 25,034 reference texts exactly as the reference in reference mode (the batch path)', () => {
    let n = 0;
    const differing: string[] = [];
    for (const corpus of ['tweets', 'movieReviewSnippets', 'vaccination', 'sentimentdataset']) {
      const rows = load(corpus);
      const out = scoreTexts(
        rows.map((r) => r.text),
        new Float64Array(rows.length * 4),
        'reference',
      );
      rows.forEach((r, i) => {
        const ours = [out[i * 4], out[i * 4 + 1], out[i * 4 + 2], out[i * 4 + 3]];
        const want = [r.neg, r.neu, r.pos, r.compound];
        if (ours.some((v, k) => Math.abs(v! - want[k]!) > 1e-9))
          differing.push(`${corpus} ${r.id}`);
      });
      n += rows.length;
    }
    expect(n).toBe(25_034);
    expect(differing).toEqual([]);
  });

  it('explains the social reading with offsets into the text as typed', () => {
    let differing = 0;
    let setAside = 0;
    for (const row of load('tweets')) {
      const e = explainSentiment(row.text, 'social');
      const batch = scoreTexts([row.text], new Float64Array(4), 'social');
      if (e.compound !== batch[3] || e.pos !== batch[2] || e.neg !== batch[0]) differing++;
      for (const t of e.tokens)
        if (!(t.start >= 0 && t.end <= row.text.length && t.start < t.end)) differing++;
      setAside += e.setAside.length;
    }
    expect(differing).toBe(0);
    // the corpus has @anonymous handles, http://url_removed links and &amp;
    expect(setAside).toBeGreaterThan(2000);
  });
});

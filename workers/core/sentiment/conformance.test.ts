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
import { polarityScores } from './vader.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
const REFERENCE = path.join(SHARED, 'reference', 'vader');
const available = existsSync(path.join(REFERENCE, 'vader_tweets_scores.csv'));
if (!available) console.warn(`conformance.test.ts: skipped, no VADER reference outputs at ${REFERENCE} (set MURMUR_SHARED).`);

function load(corpus: string) {
  return parseReferenceCsv(readFileSync(path.join(REFERENCE, `vader_${corpus}_scores.csv`), 'utf8'));
}

const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;

function report(corpus: string, r: AgreementReport): void {
  const lines = [
    `VADER conformance, ${corpus} (${r.n} texts): exact ${pct(r.exact)}, compound within 1e-4 ${pct(r.compoundWithin1e4)}, ` +
      `all four within 1e-3 ${pct(r.allWithin1e3)}, same label ${pct(r.sameLabel)}, compound within 0.05 ${pct(r.compoundWithin005)}`,
    ...r.worst.map((w) => `  ${JSON.stringify(w.text).slice(0, 120)}\n    ours ${JSON.stringify(w.ours)}\n    ref  ${JSON.stringify(w.reference)}`),
  ];
  if (r.worst.length === 0) lines.push('  no differences');
  console.log(lines.join('\n'));
}

describe.skipIf(!available)('conformance with vaderSentiment 3.3.2', () => {
  // We reach 100 % exact on all four; the 99.9 % exact floor guards against drift (an emojibase upgrade, a lexicon edit).
  it.each(['tweets', 'movieReviewSnippets'])('matches the %s ground-truth corpus', (corpus) => {
    const r = measureAgreement(load(corpus));
    report(corpus, r);
    expect(r.n).toBeGreaterThan(4000);
    expect(r.compoundWithin1e4).toBeGreaterThanOrEqual(0.999);
    expect(r.allWithin1e3).toBeGreaterThanOrEqual(0.995);
    expect(r.exact).toBeGreaterThanOrEqual(0.999);
  });

  it.each(['vaccination', 'sentimentdataset'])('matches the emoji-heavy %s posts', (corpus) => {
    const r = measureAgreement(load(corpus));
    report(corpus, r);
    expect(r.n).toBeGreaterThan(700);
    expect(r.sameLabel).toBeGreaterThanOrEqual(0.99);
    expect(r.compoundWithin005).toBeGreaterThanOrEqual(0.98);
    expect(r.exact).toBeGreaterThanOrEqual(0.999);
  });

  it('gives the same scores through explainSentiment on every reference text', () => {
    let differing = 0;
    for (const corpus of ['tweets', 'vaccination', 'sentimentdataset']) {
      for (const row of load(corpus)) {
        const e = explainSentiment(row.text);
        const p = polarityScores(row.text);
        if (e.neg !== p.neg || e.neu !== p.neu || e.pos !== p.pos || e.compound !== p.compound) differing++;
        for (const t of e.tokens) if (!(t.start >= 0 && t.end <= row.text.length && t.start < t.end)) differing++;
      }
    }
    expect(differing).toBe(0);
  });
});

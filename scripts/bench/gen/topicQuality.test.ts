/**
 * Text topics against the reasons people gave, on generated complaint posts: the airline domain
 * the pipeline was developed on, and the telecom domain it never saw while choosing (docs/TOPICS.md).
 */
import { describe, expect, it } from 'vitest';
import { analyseTextTopics } from '../../../workers/core/cluster/index.ts';
import { adjustedRandIndex, normalizedMutualInfo } from '../../../workers/core/metrics/index.ts';
import { namingStopwords } from '../../../workers/core/topicText/topicStopwords.ts';
import { generateTopicCorpus } from './topicCorpus.ts';
import { AIRLINE, TELECOM, type TopicDomain } from './topicDomains.ts';

function measure(domain: TopicDomain, seed: number) {
  const posts = generateTopicCorpus({ domain, seed, rows: 4000 });
  const r = analyseTextTopics(
    posts.map((p) => p.text),
    { kMin: 9, kMax: 9 },
  );
  if (!r.ok) throw new Error(r.error.message);
  const truth = posts.map((p) => p.reason);
  const labels = Array.from(r.value.labels);
  return {
    analysis: r.value,
    nmi: normalizedMutualInfo(truth, labels),
    ari: adjustedRandIndex(truth, labels),
  };
}

describe('text topics on labelled complaint posts', () => {
  it('agree with the airline reasons (NMI ≥ 0.20), no cluster above 35%, names free of stop words', () => {
    const { analysis, nmi, ari } = measure(AIRLINE, 3);
    expect(nmi).toBeGreaterThanOrEqual(0.2);
    expect(ari).toBeGreaterThan(0.05);
    expect(analysis.largestShare).toBeLessThanOrEqual(0.35);
    const stop = namingStopwords();
    for (const c of analysis.clusters) {
      for (const t of c.distinctiveTerms.slice(0, 5))
        for (const w of t.term.split(' ')) expect(stop.has(w), `${w} in ${c.label}`).toBe(false);
      expect(c.representatives.length).toBe(3);
    }
    expect(analysis.clusters.some((c) => /customer|service/.test(c.label))).toBe(true);
  });

  it('hold up on the held-out telecom domain: no catch-all cluster on any of three draws, names free of stop words', () => {
    const runs = [1, 2, 3].map((seed) => measure(TELECOM, seed));
    const stop = namingStopwords();
    for (const r of runs) {
      expect(r.analysis.largestShare).toBeLessThanOrEqual(0.35);
      for (const c of r.analysis.clusters)
        for (const t of c.distinctiveTerms.slice(0, 5))
          for (const w of t.term.split(' ')) expect(stop.has(w), `${w} in ${c.label}`).toBe(false);
    }
    expect(runs.reduce((s, r) => s + r.nmi, 0) / runs.length).toBeGreaterThanOrEqual(0.2);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { analyseTopics, mergeSweepParts, sweepTopicsPart } from './topicAnalysis.ts';
import { assignTopic, parseTopicModel } from './topicModel.ts';

/** Posts from three topics written in different scripts, with emoji, plus posts without hashtags. */
function posts(): string[][] {
  const rng = createRng(4);
  const topics = [
    ['Vaccine', '#COVID19', 'Pfizer', 'jab', 'booster'],
    ['東京', '日本', 'オリンピック', '五輪', '東京2020'],
    ['مرحبا', 'رمضان', 'عيد', 'Ramadan🌙', 'إفطار'],
  ];
  const out: string[][] = [];
  for (let i = 0; i < 90; i++) {
    const t = topics[i % 3]!;
    out.push(Array.from({ length: 3 }, () => t[rng.int(t.length)]!));
    if (i % 10 === 0) out.push([], ['🎉'], ['  ']);
  }
  return out;
}

describe('analyseTopics', () => {
  it('finds the three topics, labels posts without hashtags -1 and names clusters by their top terms', () => {
    const input = posts();
    const phases = new Set<string>();
    const r = analyseTopics(input, { kMax: 6, onProgress: (p) => phases.add(p.phase) });
    if (!r.ok) throw new Error(r.error.message);
    const a = r.value;
    expect([...phases]).toEqual(['tfidf', 'kmeans', 'projection']);
    expect(a.posts).toBe(input.length);
    expect(a.documents).toBe(90);
    expect(a.recommendedK).toBe(3);
    expect(a.k).toBe(3);
    input.forEach((tags, i) => {
      if (tags.join('').includes('🎉') || tags.every((t) => t.trim() === ''))
        expect(a.labels[i]).toBe(-1);
    });
    const tops = a.clusters.map((c) => c.topTerms.map((t) => t.term));
    expect(tops.some((t) => t.includes('covid19') && t.includes('vaccine'))).toBe(true);
    expect(tops.some((t) => t.includes('東京2020') && t.includes('日本'))).toBe(true);
    // 'Ramadan🌙' is read as '#Ramadan🌙': the tag is 'ramadan'
    expect(tops.some((t) => t.includes('ramadan') && t.includes('رمضان'))).toBe(true);
    expect(a.clusters.map((c) => c.size).sort()).toEqual([30, 30, 30]);
    expect(a.silhouette?.posts.length).toBe(90);
    expect(a.map?.posts.length).toBe(90);
    expect(a.map?.explainedVarianceRatio[0]).toBeGreaterThan(0);
  });

  it('compares k on a seeded sample when asked, then fits the chosen k on every document', () => {
    const input = posts();
    const r = analyseTopics(input, { kMax: 6, sweepSampleSize: 80 });
    if (!r.ok) throw new Error(r.error.message);
    const a = r.value;
    expect(a.recommendedK).toBe(3);
    expect(a.sweep.map((e) => e.k)).toEqual([2, 3, 4, 5, 6]);
    // the sweep's clusters hold the sample's 80 documents, the chosen k's all 90
    expect(a.sweep[1]!.minClusterSize + a.sweep[1]!.maxClusterSize).toBeLessThan(80);
    expect(a.clusters.map((c) => c.size).sort()).toEqual([30, 30, 30]);
    expect(a.silhouette?.posts.length).toBe(90);
    expect(a.notes[0]).toBe(
      'k = 2..6 compared on a seeded sample of 80 of 90 documents; k = 3 then fitted on all of them.',
    );
    // a refit of one k, or a sample as large as the documents, compares nothing on a sample
    for (const options of [
      { kMax: 6, k: 4 },
      { kMax: 6, sweepSampleSize: 90 },
    ]) {
      const all = analyseTopics(input, {
        ...options,
        sweepSampleSize: options.sweepSampleSize ?? 80,
      });
      if (!all.ok) throw new Error(all.error.message);
      expect(all.value.notes.some((n) => n.includes('compared on a seeded sample'))).toBe(false);
    }
  });

  it('returns a model that, after JSON, puts newly typed hashtags on the right topic', () => {
    const input = posts();
    const r = analyseTopics(input, { kMax: 6 });
    if (!r.ok) throw new Error(r.error.message);
    const model = parseTopicModel(JSON.parse(JSON.stringify(r.value.model)));
    if (!model.ok) throw new Error(model.error.message);
    const japan =
      r.value.labels[
        input.findIndex((tags) =>
          tags.some((t) => ['東京', '日本', 'オリンピック', '五輪', '東京2020'].includes(t)),
        )
      ]!;
    expect(japan).toBeGreaterThanOrEqual(0);
    expect(assignTopic(model.value, 'Watching the #Tokyo2020 games #東京2020 #日本')?.cluster).toBe(
      japan,
    );
    expect(assignTopic(model.value, ['#五輪'])?.cluster).toBe(japan);
    expect(assignTopic(model.value, 'no known tags #zzz')).toBeNull();
  });

  it('fails with NO_HASHTAGS when no post has one, TOO_FEW_DOCUMENTS when all are alike', () => {
    const none = analyseTopics([[], ['🎉'], []]);
    expect(none.ok ? 'ok' : none.error.code).toBe('NO_HASHTAGS');
    if (!none.ok) expect(none.error.message).toMatch(/None of the 3 posts has a hashtag/);
    const alike = analyseTopics([['#a'], ['A'], ['#a']]);
    expect(alike.ok ? 'ok' : alike.error.code).toBe('TOO_FEW_DOCUMENTS');
    const outside = analyseTopics(posts(), { kMax: 4, k: 9 });
    expect(outside.ok ? 'ok' : outside.error.code).toBe('INVALID_OPTIONS');
  });

  it('copes with 200,000 distinct hashtags: the vocabulary is capped and sampling reported', () => {
    const rng = createRng(9);
    const input = Array.from({ length: 50_000 }, (_, i) => [
      `topic${i % 4}`,
      ...[0, 1, 2, 3].map((j) => `tag${i * 4 + j}`),
      `common${rng.int(50)}`,
    ]);
    const r = analyseTopics(input, {
      kMin: 2,
      kMax: 4,
      nInit: 2,
      silhouetteSampleSize: 2000,
      mapPoints: 2000,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.pruning).toMatchObject({
      termsSeen: 200_054,
      termsKept: 50_000,
      maxFeatures: 50_000,
    });
    expect(r.value.notes.join(' ')).toMatch(/pruned from 200054 to 50000/);
    expect(r.value.notes.join(' ')).toMatch(/sample of 2000 of 50000/);
    expect(r.value.recommendedK).toBe(4);
  });
});

describe('honest topics', () => {
  it('says when the recommended k is the largest tried and when one cluster holds many posts', () => {
    // five equal topics, k at most 4: two topics must share a cluster
    const lists = Array.from({ length: 50 }, (_, i) => [`t${i % 5}`, `t${i % 5}b`]);
    const r = analyseTopics(lists, { kMin: 2, kMax: 4 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.recommendedK).toBe(4);
    expect(r.value.kAtEdge).toBe('high');
    expect(r.value.largestShare).toBe(0.4);
    expect(r.value.notes.join('\n')).toMatch(/k = 4 is the largest tried/);
    expect(r.value.notes.join('\n')).toMatch(/holds 40% of the posts/);
    const merged = r.value.clusters.find((c) => c.size === 20)!;
    expect(merged.label.split(' · ')).toHaveLength(3);
    expect(merged.representatives).toHaveLength(2);
  });

  it('marks a catch-all cluster as mixed and never names it after one of its words', () => {
    const topics = ['vaccine', 'surfing', 'compiler'];
    const lists = [
      ...Array.from({ length: 30 }, (_, i) => [topics[i % 3]!, `${topics[i % 3]!}2`]),
      ...Array.from({ length: 9 }, (_, i) => [topics[i % 3]!, topics[(i + 1) % 3]!]),
      // posts with nothing in common, the kind a catch-all cluster gathers
      ...Array.from({ length: 6 }, (_, i) => [`junk${i}`]),
    ];
    const r = analyseTopics(lists, { kMin: 4, kMax: 4, k: 4 });
    if (!r.ok) throw new Error(r.error.message);
    const mixed = r.value.clusters.filter((c) => c.mixed);
    expect(mixed.map((c) => [c.size, c.label])).toEqual([[6, 'Mixed / unclear']]);
    expect(
      r.value.clusters
        .filter((c) => !c.mixed)
        .map((c) => c.label)
        .sort(),
    ).toEqual(['compiler2 · compiler', 'surfing · surfing2', 'vaccine2 · vaccine']);
  });

  it('gives the same topics when two workers each sweep some of the k', () => {
    // overlapping word groups, so k is a real choice
    const rng = createRng(9);
    const words = 'bag lost claim late delay gate rude agent phone seat leg room wifi meal'.split(
      ' ',
    );
    const input = Array.from({ length: 300 }, (_, i) => {
      const base = (i % 5) * 3;
      return Array.from({ length: 3 }, () =>
        rng.next() < 0.8
          ? words[(base + rng.int(3)) % words.length]!
          : words[rng.int(words.length)]!,
      );
    });
    for (const sweepSampleSize of [undefined, 150]) {
      const options = { kMax: 8, sweepSampleSize, spherical: true };
      const one = analyseTopics(input, options);
      const parts = [
        [2, 4, 6, 8],
        [3, 5, 7],
      ].map((only) => sweepTopicsPart(input, { ...options, only }));
      const [a, b] = parts;
      if (!one.ok || !a?.ok || !b?.ok) throw new Error('a sweep failed');
      expect(a.value.entries.map((e) => e.k)).toEqual([2, 4, 6, 8]);
      // merged in k order whichever part comes first
      const sweep = mergeSweepParts([b.value, a.value]);
      const two = analyseTopics(input, { ...options, sweep });
      if (!two.ok) throw new Error(two.error.message);
      expect(two.value.sweep).toEqual(one.value.sweep);
      expect(two.value.recommendedK).toBe(one.value.recommendedK);
      expect(Array.from(two.value.labels)).toEqual(Array.from(one.value.labels));
      expect(two.value.notes).toEqual(one.value.notes);
    }
    // three distinct documents cap k at 3: a part of larger k fits nothing, the other has the rest
    const three = input.map((_, i) => [words[i % 3]!]);
    const empty = sweepTopicsPart(three, { kMax: 8, only: [4, 5, 8] });
    const rest = sweepTopicsPart(three, { kMax: 8, only: [2, 3, 6, 7] });
    if (!empty.ok || !rest.ok) throw new Error('a part failed');
    expect(empty.value.entries).toEqual([]);
    const capped = analyseTopics(three, {
      kMax: 8,
      sweep: mergeSweepParts([empty.value, rest.value]),
    });
    if (!capped.ok) throw new Error(capped.error.message);
    expect(capped.value.sweep.map((e) => e.k)).toEqual([2, 3]);
    expect(capped.value.notes).toContain('k capped at 3: there are only 3 distinct documents.');
  });
});

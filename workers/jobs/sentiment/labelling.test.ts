import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/errors/index.ts';
import { labelledPosts } from '../../core/classify/posts.testutil.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { loadLabels } from '../../storage/labels.ts';
import { chosenClassifierModel, chosenSentiment } from '../shared/chosenSentiment.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { feedClassifier, withClassifierLabels } from '../../core/stream/classifierLabels.ts';
import { sentimentAnalysisJobs as jobs } from './analysisJobs.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const CLASS = ['negative', 'neutral', 'positive'] as const;

function dataset(n: number, name: string) {
  const { texts, y } = labelledPosts(n, 31, 0.05);
  const table = tableFromRows(
    ['text', 'airline', 'created_at'],
    texts.map((t, i) => [
      t,
      i % 2 ? 'North' : 'South',
      `2025-0${1 + (i % 3)}-1${i % 10}T10:00:00Z`,
    ]),
  );
  return { d: activeDataset(table, inferSchema(table), name), y, texts };
}

describe('labelling jobs', () => {
  it('labels batches of 20, retrains, estimates accuracy and shares, and switches the charts to the classifier', async () => {
    const { d, y, texts } = dataset(400, 'label-a.csv');
    let state = value(await jobs.labellingOpen({}));
    const given = new Set<number>();
    expect(state.stats.trained).toBe(false);
    expect(state.batch).toHaveLength(20);
    for (let round = 0; round < 3; round++) {
      for (const p of state.batch) {
        value(await jobs.labellingRecord({ row: p.row, answer: CLASS[y[p.row]!]! }));
        given.add(p.row);
      }
      state = value(await jobs.labellingTrain({}));
    }
    const s = state.stats;
    expect(s.labels).toBe(60);
    expect(s.audit).toBeGreaterThanOrEqual(18);
    expect(s.audit).toBeLessThanOrEqual(24);
    expect(s.trained).toBe(true);
    expect(s.accuracy!.value).toBeGreaterThan(0.7);
    expect(s.accuracy!.ci95[0]).toBeLessThan(s.accuracy!.value);
    // complaints without negative words: VADER is far behind, so the classifier is recommended
    expect(s.vaderAccuracy!).toBeLessThan(s.accuracy!.value);
    expect(s.recommended).toBe(true);
    const truth = [0, 1, 2].map((c) => y.filter((v) => v === c).length / y.length);
    s.shares!.corrected.forEach((v, c) => expect(Math.abs(v - truth[c]!)).toBeLessThan(0.12));
    expect(s.shares!.ci95).not.toBeNull();
    // one estimate per airline, each with its interval, on that airline's posts
    const by = s.sharesByCategory!;
    expect(by.column).toBe('airline');
    expect(by.groups.map((g) => g.value).sort()).toEqual(['North', 'South']);
    expect(by.groups.reduce((n, g) => n + g.posts, 0)).toBe(400);
    for (const g of by.groups) {
      expect(g.corrected.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(g.ci95).toHaveLength(3);
    }
    // and per period of created_at: every dated post in one of them
    const overTime = s.sharesOverTime!;
    expect(overTime.column).toBe('created_at');
    expect(overTime.groups.reduce((n, g) => n + g.posts, 0)).toBe(400);
    // labels given: no batch offers them again
    expect(state.batch).toHaveLength(20);
    expect(state.batch.filter((p) => given.has(p.row))).toEqual([]);

    expect(chosenSentiment(d).source).toBe('vader');
    value(await jobs.labellingSource({ source: 'classifier' }));
    const chosen = chosenSentiment(d);
    expect(chosen.source).toBe('classifier');
    if (chosen.source === 'classifier') expect(chosen.classes).toHaveLength(400);
    // the same model, ready for posts outside the dataset (a live feed's): it reads the dataset's
    // posts as the charts count them, apart from the posts a person labelled
    const model = await chosenClassifierModel(d);
    const reader = feedClassifier(model!);
    if (!reader.ok || chosen.source !== 'classifier') throw new Error('no model');
    const rows = Array.from({ length: 400 }, (_, i) => i).filter((i) => !given.has(i));
    const read = withClassifierLabels(
      reader.value,
      rows.map((i) => ({
        key: null,
        text: texts[i]!,
        hashtags: [],
        spans: [],
        lang: 'en',
        timeMs: 0,
      })),
    );
    expect(read.map((p) => p.chosenLabel)).toEqual(rows.map((i) => chosen.classes[i]));

    const kept = await loadLabels(d.meta.id);
    expect(kept!.rows).toHaveLength(60);
    expect(kept!.source).toBe('classifier');
    const csv = value(await jobs.labellingExport({}));
    expect(csv.labels).toBe(60);
    expect(csv.csv.split('\n')[0]).toBe('row,text,label,origin');
  });

  it('keeps labels across a reload mid-batch, and undo takes one back', async () => {
    const { y } = dataset(200, 'label-b.csv');
    const first = value(await jobs.labellingOpen({}));
    for (const p of first.batch.slice(0, 7))
      value(await jobs.labellingRecord({ row: p.row, answer: CLASS[y[p.row]!]! }));
    value(await jobs.labellingRecord({ row: first.batch[7]!.row, answer: 'skip' }));
    expect(value(await jobs.labellingUndo({ row: first.batch[6]!.row })).labels).toBe(6);
    // a reload: a fresh worker memory over the same stored dataset
    dataset(200, 'label-b.csv');
    const again = value(await jobs.labellingOpen({}));
    expect(again.stats.labels).toBe(6);
    const offered = new Set(again.batch.map((p) => p.row));
    for (const p of first.batch.slice(0, 6)) expect(offered.has(p.row)).toBe(false);
    expect(offered.has(first.batch[7]!.row)).toBe(false);
  });

  it('seeds labels from the file and refuses the classifier source before it exists', async () => {
    const { texts, y } = labelledPosts(120, 8);
    const table = tableFromRows(
      ['text', 'sentiment'],
      texts.map((t, i) => [t, i % 4 === 0 ? CLASS[y[i]!]! : '']),
    );
    activeDataset(table, inferSchema(table), 'label-c.csv');
    const state = value(await jobs.labellingOpen({}));
    expect(state.stats.fromFile).toBe(30);
    expect(state.stats.trained).toBe(true);

    dataset(50, 'label-d.csv');
    const r = await jobs.labellingSource({ source: 'classifier' });
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_FEW_LABELS');
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LabellingStats, SentimentSummary } from '../../api/sentiment.ts';
import type { TopicsResult } from '../../api/topics.ts';
import { engagementBundle } from '../../core/bundle/bundles.testutil.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import { saveLabels } from '../../storage/labels.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { datasetOverview, htmlReportDownload, type OverviewSources } from './overview.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const trained = engagementBundle(200, 10);
const MAR3 = Date.UTC(2024, 2, 3);
const APR28 = Date.UTC(2024, 3, 28);

const SUMMARY = {
  textColumn: 'text',
  rows: 200,
  scored: 200,
  complete: true,
  thresholds: { positive: 0.05, negative: -0.05 },
  counts: { negative: 100, neutral: 60, positive: 40 },
  unscored: 0,
  overTime: {
    column: 'created_at',
    unit: 'week',
    auto: true,
    undated: 0,
    buckets: [
      { start: MAR3, negative: 50, neutral: 30, positive: 20, meanCompound: 0 },
      { start: MAR3 + 7 * 86400_000, negative: 50, neutral: 30, positive: 20, meanCompound: 0 },
    ],
  },
  source: 'vader',
} as unknown as SentimentSummary;

/** Three clusters: 2 merged into 0, 1 hidden; 0 renamed. */
const TOPICS = {
  k: 3,
  sweep: [{ k: 3, silhouetteCosine: 0.25 }],
  settings: { terms: 'terms' },
  clusters: [
    { id: 0, size: 80, label: 'delays · gate', topTerms: [], mixed: false },
    { id: 1, size: 70, label: 'Mixed / unclear', topTerms: [], mixed: true },
    { id: 2, size: 50, label: 'food <b>', topTerms: [], mixed: false },
  ],
  edits: { names: { 0: 'late flights' }, mergedInto: { 2: 0 }, hidden: [1] },
} as unknown as TopicsResult;

function sources(
  over: { labelling?: LabellingStats; summary?: SentimentSummary | null } = {},
): OverviewSources {
  return {
    sentimentStatus: async () =>
      ok({
        columns: {} as never,
        textColumn: 'text',
        rows: 200,
        scoredRows: 200,
        summary: over.summary === undefined ? SUMMARY : over.summary,
      }),
    sentimentClassifier: async () => ok(null),
    sentimentLanguages: async () =>
      ok({
        rows: 200,
        unscored: 0,
        textColumn: 'text',
        languageColumn: null,
        languages: [
          { language: 'en', posts: 190, positive: 0, neutral: 0, negative: 0, unscored: 0 },
          { language: 'fr', posts: 10, positive: 0, neutral: 0, negative: 0, unscored: 0 },
        ],
      }),
    labellingOpen: async () => ok({ stats: over.labelling!, batch: [] }),
    datasetSummary: async () =>
      ok({
        rows: 200,
        columns: [
          {
            name: 'created_at',
            role: 'timestamp',
            datetime: { count: 200, min: MAR3, max: APR28 },
          },
        ],
        valueNotes: [
          { code: 'UNREADABLE_ROW', column: 'created_at', row: 1, message: '…' },
          { code: 'ABBREVIATED_COUNTS', column: 'likes', message: '…' },
        ],
      } as never),
    datasetDuplicates: async () => ok({ exactRows: 2, repeatedTexts: 5, rows: 200 } as never),
    topicsStatus: async () => ok({ last: TOPICS } as never),
    engagementBundle: async () => ok(trained.bundle),
  };
}

const LABELLING = {
  labels: 90,
  accuracy: { value: 0.8, ci95: [0.7, 0.88], n: 30 },
  vaderAccuracy: 0.5,
  shares: {
    vader: [0.5, 0.3, 0.2],
    classifier: [0.6, 0.2, 0.2],
    corrected: [0.62, 0.18, 0.2],
    ci95: [
      [0.55, 0.69],
      [0.12, 0.24],
      [0.15, 0.25],
    ],
  },
} as unknown as LabellingStats;

describe('the overview job', () => {
  beforeEach(async () => {
    await deleteDbForTests();
    activeDataset(trained.posts.table, trained.posts.schema, 'spring.csv');
  });

  it("reads VADER's shares with Wilson ranges, merged and hidden topics, languages and the forest's drivers", async () => {
    const o = value(await datasetOverview(sources()));
    expect(o.summary.sentiment).toMatchObject({
      source: 'vader',
      posts: 200,
      shares: { negative: 0.5, neutral: 0.3, positive: 0.2 },
    });
    const [lo, hi] = o.summary.sentiment!.ci95!.negative;
    // Wilson 95% for 100 of 200
    expect(lo).toBeCloseTo(0.4314, 3);
    expect(hi).toBeCloseTo(0.5686, 3);
    // cluster 2 joins 0 (renamed), 1 is hidden
    expect(o.summary.topics).toEqual({
      terms: 'text',
      posts: 200,
      clusters: 2,
      top: [{ name: 'Topic 1 · late flights', posts: 130, share: 0.65, mixed: false }],
    });
    expect(o.summary.dates).toEqual({ column: 'created_at', first: MAR3, last: APR28 });
    expect(o.summary.values).toEqual({
      headerRow: 1,
      unreadable: [],
      shortCounts: ['likes'],
      dayOrderGuessed: [],
    });
    expect(o.sentences[0]!.note).toContain('Row 1 below the header looks like a second header row');
    expect(o.summary.engagement!.target).toBe('likes');
    expect(o.summary.engagement!.drivers.length).toBeGreaterThan(0);
    expect(o.summary.engagement!.drivers.every((d) => !d.name.includes('_'))).toBe(true);
    const text = o.sentences.map((s) => s.text);
    expect(text[0]).toBe('200 posts from 3 Mar to 28 Apr 2024, mostly English (95%).');
    expect(text[2]).toBe(
      "About 50% of the posts are negative (43–57%), 30% neutral (24–37%) and 20% positive (15–26%), as VADER's word list reads them.",
    );
  });

  it('gives the corrected shares once labels are kept', async () => {
    const d = activeDataset(trained.posts.table, trained.posts.schema, 'labelled.csv');
    await saveLabels(d.meta.id, {
      textColumn: 'text',
      rows: [1],
      classes: [0],
      kinds: [1],
      skipped: [],
      auditCursor: 1,
      source: 'vader',
    });
    const o = value(await datasetOverview(sources({ labelling: LABELLING })));
    expect(o.summary.sentiment).toEqual({
      source: 'corrected',
      posts: 200,
      shares: { negative: 0.62, neutral: 0.18, positive: 0.2 },
      ci95: { negative: [0.55, 0.69], neutral: [0.12, 0.24], positive: [0.15, 0.25] },
      labels: 90,
      unscored: 0,
    });
    const html = await value(
      await htmlReportDownload(sources({ labelling: LABELLING })),
    ).blob.text();
    expect(html).toContain('corrected with 90 labels');
    expect(html).toContain('the classifier was right on 80% (95% range 70–88%), VADER on 50%');
  });

  it('counts the posts in languages without a word list apart, as the charts do once languages are read', async () => {
    const calls: string[] = [];
    const base = sources();
    // before the language pass VADER reads every post; after it, 20 posts are unscored
    const read = {
      ...SUMMARY,
      byLanguage: true,
      counts: { negative: 90, neutral: 50, positive: 40 },
      unscored: 20,
    } as SentimentSummary;
    const o = value(
      await datasetOverview({
        ...base,
        sentimentStatus: async (v) => {
          const s = value(await base.sentimentStatus(v));
          calls.push(calls.includes('languages') ? 'status after' : 'status');
          return ok({ ...s, summary: calls.includes('languages') ? read : SUMMARY });
        },
        sentimentLanguages: async (v) => {
          calls.push('languages');
          return base.sentimentLanguages(v);
        },
      }),
    );
    expect(calls).toEqual(['status', 'languages', 'status after']);
    expect(o.summary.sentiment).toMatchObject({
      posts: 180,
      shares: { negative: 0.5, positive: 40 / 180 },
      unscored: 20,
    });
    expect(o.sentences.find((s) => s.part === 'sentiment')!.text).toContain(
      '20 posts in languages we have no word list for are left out.',
    );
  });

  it('leaves sentiment out until every post is read', async () => {
    const o = value(
      await datasetOverview(sources({ summary: { ...SUMMARY, complete: false, scored: 50 } })),
    );
    expect(o.summary.sentiment).toBeNull();
    expect(o.sentences.find((s) => s.part === 'sentiment')!.action).toBe('Read the sentiment');
  });

  it('downloads the HTML report named after the dataset, with the over-time chart', async () => {
    const file = value(await htmlReportDownload(sources()));
    expect(file.fileName).toMatch(/^murmur-report-spring-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await file.blob.text();
    expect(html).toContain('<h1>spring.csv</h1>');
    expect(html).toContain('Sentiment per week');
    expect(html).toContain('mean silhouette 0.25');
    expect(html.match(/<svg /g)).toHaveLength(4);
  });
});

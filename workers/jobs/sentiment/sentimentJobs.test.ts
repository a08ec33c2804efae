import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../api/dataset.ts';
import type { Result } from '../../core/errors/index.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { setCurrent } from '../shared/session.ts';
import { packTexts, unpackTexts } from './packedTexts.ts';
import { sentimentAnalysisJobs as analysis } from './analysisJobs.ts';
import { sentimentComputeJobs as compute } from './computeJobs.ts';
import { sentimentLiveJobs as live } from './liveJobs.ts';

function load(header: string[], rows: string[][]): void {
  const table = tableFromRows(header, rows);
  const schema = inferSchema(table);
  const meta = {
    id: 'ds-test',
    name: 't',
    fileName: 't.csv',
    rows: table.rowCount,
    columns: header.length,
  } as DatasetMeta;
  setCurrent({
    meta,
    table,
    schema,
    mapping: Object.fromEntries(schema.map((c) => [c.name, c.role])),
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  });
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const code = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

const POSTS: [string, string, string, string][] = [
  ['I love this, what a great day', '2025-03-01T10:00:00Z', 'X', 'Positive'],
  ['This is awful and I hate it', '2025-03-01T11:00:00Z', 'Facebook', 'Negative'],
  ['The meeting is on Tuesday', '2025-03-02T09:00:00Z', 'X', 'Neutral'],
  ['Not good at all', '2025-03-02T12:00:00Z', 'Facebook', 'Sadness'],
  ['Wonderful news, so happy', '2025-03-03T08:00:00Z', 'X', 'Joy'],
  ['', '2025-03-03T09:00:00Z', 'X', ''],
  ['Bus leaves at noon', '2025-03-04T09:00:00Z', 'Instagram', 'Neutral'],
];

async function scoreAll(chunkRows: number): Promise<void> {
  const plan = value(await analysis.sentimentPlan({ workers: 2, chunkRows }));
  for (const [from, to] of plan.pending) {
    const texts = value(
      await analysis.sentimentChunkTexts({ textColumn: plan.textColumn, from, to }),
    );
    const scores = value(await compute.scoreSentimentChunk(texts));
    value(await analysis.sentimentAddScores({ textColumn: plan.textColumn, from, scores }));
  }
}

afterEach(() => setCurrent(null));

describe('sentiment jobs', () => {
  it('scores in chunks, keeps the scores, and summarises, pages and evaluates them', async () => {
    load(
      ['text', 'created_at', 'platform', 'sentiment'],
      POSTS.map((p) => [...p]),
    );
    const before = value(await analysis.sentimentStatus({}));
    expect(before).toMatchObject({ textColumn: 'text', rows: 7, scoredRows: 0, summary: null });
    expect(before.columns).toMatchObject({
      text: 'text',
      timestamp: 'created_at',
      label: 'sentiment',
    });
    expect(before.columns.categories).toEqual(['platform', 'sentiment']);

    const plan = value(await analysis.sentimentPlan({ workers: 2, chunkRows: 3 }));
    expect(plan.pending).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(
      unpackTexts(
        value(await analysis.sentimentChunkTexts({ textColumn: 'text', from: 3, to: 6 })),
      ),
    ).toEqual([POSTS[3]![0], POSTS[4]![0], '']);
    await scoreAll(3);
    expect(value(await analysis.sentimentPlan({ workers: 2, chunkRows: 3 })).pending).toEqual([]);

    const s = value(await analysis.sentimentSummary({}));
    expect(s).toMatchObject({
      scored: 7,
      complete: true,
      emptyTexts: 1,
      counts: { positive: 2, negative: 2, neutral: 3 },
    });
    expect(s.overTime).toMatchObject({ column: 'created_at', unit: 'hour', auto: true });
    expect(s.byCategory!.groups.map((g) => [g.value, g.total])).toEqual([
      ['X', 4],
      ['Facebook', 2],
      ['Instagram', 1],
    ]);
    expect(s.mostNegative[0]!.text).toBe('This is awful and I hate it');
    const byLabel = value(
      await analysis.sentimentSummary({ categoryColumn: 'sentiment', timeUnit: 'day' }),
    );
    expect(byLabel.byCategory!.column).toBe('sentiment');
    expect(byLabel.overTime!.buckets).toHaveLength(4);

    const negatives = value(
      await analysis.sentimentRows({ filter: 'negative', offset: 0, limit: 10 }),
    );
    expect(negatives.total).toBe(2);
    expect(negatives.rows.map((r) => r.row)).toEqual([1, 3]);
    const page = value(await analysis.sentimentRows({ filter: 'all', offset: 5, limit: 10 }));
    expect([page.total, page.rows.length, page.rows[0]!.row]).toEqual([7, 2, 5]);
    // Stricter thresholds move "Not good at all" (-0.3412) to neutral.
    expect(
      value(
        await analysis.sentimentRows({
          filter: 'negative',
          thresholds: { positive: 0.5, negative: -0.5 },
          offset: 0,
          limit: 10,
        }),
      ).total,
    ).toBe(1);

    const labels = value(await analysis.sentimentLabelValues({}));
    expect(labels.proposals.map((p) => [p.value, p.count, p.target])).toEqual([
      ['Neutral', 2, 'neutral'],
      ['Joy', 1, 'positive'],
      ['Negative', 1, 'negative'],
      ['Positive', 1, 'positive'],
      ['Sadness', 1, 'negative'],
    ]);
    expect(labels.missing).toBe(1);
    const e = value(
      await analysis.sentimentEvaluate({ mapping: { ...labels.mapping, Joy: 'ignore' } }),
    );
    // 5 rows with a class; VADER gets all of them right except none: check counts.
    expect(e.n).toBe(5);
    expect(e.excluded).toBe(2);
    expect(e.accuracy).toBe(1);
    // The mapping is remembered for the column.
    expect(value(await analysis.sentimentLabelValues({})).mapping.Joy).toBe('ignore');

    const data = value(await analysis.sentimentTrainingData({ mapping: labels.mapping }));
    expect(Array.from(data.rows)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(Array.from(data.y)).toEqual([2, 0, 1, 0, 2, 1]);
    expect(unpackTexts(data.texts)[3]).toBe('Not good at all');
  });

  it('evaluates before scoring by scoring the labelled rows on the spot', async () => {
    load(
      ['text', 'sentiment'],
      POSTS.map((p) => [p[0], p[3]]),
    );
    const e = value(
      await analysis.sentimentEvaluate({
        mapping: { Positive: 'positive', Negative: 'negative', Neutral: 'neutral' },
      }),
    );
    expect([e.n, e.accuracy]).toEqual([4, 1]);
    expect(value(await analysis.sentimentStatus({})).scoredRows).toBe(4);
  });

  it('says clearly when there is no text column, no label column, no dataset or bad thresholds', async () => {
    expect(code(await analysis.sentimentSummary({}))).toBe('NO_DATASET');
    load(
      ['likes', 'shares'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    );
    const status = value(await analysis.sentimentStatus({}));
    expect([status.textColumn, status.summary]).toEqual([null, null]);
    expect(code(await analysis.sentimentPlan({ workers: 2 }))).toBe('NO_TEXT_COLUMN');
    expect(code(await analysis.sentimentLabelValues({}))).toBe('NO_LABEL_COLUMN');
    load(['text'], [['good'], ['bad']]);
    expect(
      code(await analysis.sentimentSummary({ thresholds: { positive: -0.5, negative: 0.5 } })),
    ).toBe('INVALID_OPTIONS');
    expect(code(await analysis.sentimentSummary({ textColumn: 'nope' }))).toBe('COLUMN_NOT_FOUND');
    expect(
      code(
        await analysis.sentimentAddScores({
          textColumn: 'text',
          from: 1,
          scores: new Float32Array(8),
        }),
      ),
    ).toBe('INVALID_OPTIONS');
  });

  it('keeps a label column with 300 distinct values usable, sorted by count', async () => {
    const rows = Array.from({ length: 900 }, (_, i) => [`post ${i} is fine`, `mood ${i % 300}`]);
    rows.push(['extra', 'mood 7']);
    load(['text', 'label'], rows);
    const labels = value(await analysis.sentimentLabelValues({}));
    expect(labels.proposals).toHaveLength(300);
    expect(labels.proposals[0]).toMatchObject({ value: 'mood 7', count: 4 });
    expect(Object.keys(labels.mapping)).toHaveLength(300);
  });

  it('scores bad input without failing: empty, whitespace, 100k characters, lone surrogates, RTL', async () => {
    const texts = [
      '',
      '   ',
      'great '.repeat(20_000),
      'bad \uD800 \uDFFF',
      'هذا سيء جدا',
      'שלום good',
    ];
    const scores = value(await compute.scoreSentimentChunk(packTexts(texts)));
    expect(scores).toHaveLength(24);
    expect(Array.from(scores.subarray(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(scores[11]).toBeGreaterThan(0.99);
    expect(scores[15]).toBeLessThan(0);
    expect(scores[23]).toBeGreaterThan(0);
    for (const x of scores) expect(Number.isFinite(x)).toBe(true);
  });

  it('lets the live worker use a classifier and refuses one that is not', async () => {
    expect(code(await live.setSentimentClassifier({ classifier: { kind: 'nope' } as never }))).toBe(
      'BUNDLE_INVALID',
    );
    expect(value(await live.setSentimentClassifier({ classifier: null })).active).toBe(false);
    const r = value(await live.explainSentimentLive({ text: 'not good' }));
    expect([r.compound, r.label, r.classifier]).toEqual([-0.3412, 'negative', null]);
    expect(
      code(
        await live.explainSentimentLive({ text: 'x', thresholds: { positive: 2, negative: 0 } }),
      ),
    ).toBe('INVALID_OPTIONS');
  });
});

describe('sentimentLanguages', () => {
  it('counts posts and labels per language, unscored apart, with a declared language as a hint', async () => {
    load(
      ['text', 'lang'],
      [
        ['I love this, what a great day for everyone', 'en'],
        ['Das Konzert gestern war wunderbar, ich bin so glücklich', 'de'],
        ['El servicio fue horrible, nunca más vuelvo a esta tienda', 'es'],
        ['Отличный день, наконец-то солнце и тепло!', 'ru'],
        ['Obrigado!', 'pt'],
        ['😍😍', ''],
      ],
    );
    const plain = value(await analysis.sentimentLanguages({}));
    expect(plain.textColumn).toBe('text');
    expect(plain.unscored).toBe(1);
    expect(plain.languages.map((l) => [l.language, l.posts, l.unscored])).toEqual([
      ['unknown', 2, 0],
      ['de', 1, 0],
      ['en', 1, 0],
      ['es', 1, 0],
      ['ru', 1, 1],
    ]);
    const hinted = value(await analysis.sentimentLanguages({ languageColumn: 'lang' }));
    expect(hinted.languageColumn).toBe('lang');
    const pt = hinted.languages.find((l) => l.language === 'pt')!;
    expect([pt.posts, pt.positive]).toEqual([1, 1]);
    const es = hinted.languages.find((l) => l.language === 'es')!;
    expect([es.negative, es.neutral]).toEqual([1, 0]);
    expect(code(await analysis.sentimentLanguages({ languageColumn: 'nope' }))).toBe(
      'COLUMN_NOT_FOUND',
    );
  });
});

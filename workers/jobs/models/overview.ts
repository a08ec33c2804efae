/**
 * The overview of the active dataset and the readable HTML report, from what each feature keeps:
 * the dataset's summary and duplicates, languages, sentiment (through the charts' chosen source,
 * or the prediction-powered shares when labels exist), the last topic analysis and the engagement
 * model. Nothing is computed here that a feature would compute again: each part is asked of the
 * feature's own jobs (handed in by the analysis worker's composition), which keep their results.
 */
import { version } from '../../../package.json';
import type { DatasetApi } from '../../api/dataset.ts';
import type { Download, Overview } from '../../api/models.ts';
import type {
  LabellingStats,
  SentimentAnalysisApi,
  SentimentSummary,
} from '../../api/sentiment.ts';
import type { TopicsResult } from '../../api/topics.ts';
import { fileNamePart } from '../../core/bundle/fileName.ts';
import type { ModelBundle } from '../../core/bundle/bundle.ts';
import { unpackForest } from '../../core/bundle/packedForest.ts';
import { wilson } from '../../core/classify/intervals.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import { rankedImportances } from '../../core/forest/importance.ts';
import { overviewSentences } from '../../core/overview/overviewSentences.ts';
import {
  OVERVIEW_CLASSES,
  type OverviewEngagement,
  type OverviewSentiment,
  type OverviewSummary,
  type OverviewTopics,
  type OverviewValues,
} from '../../core/overview/overviewSummary.ts';
import { plainFeature } from '../../core/overview/wording.ts';
import type { ValueNote } from '../../core/stats/types.ts';
import { htmlReport, type ReportMethods } from '../../core/report/htmlReport.ts';
import { loadLabels } from '../../storage/labels.ts';
import { currentSentimentMode } from '../shared/sentimentMode.ts';
import { requireDataset } from '../shared/session.ts';
import type { ReportSources } from './report.ts';

/** The jobs of other features the overview reads. */
export type OverviewSources = ReportSources &
  Pick<SentimentAnalysisApi, 'sentimentLanguages' | 'labellingOpen'> &
  Pick<DatasetApi, 'datasetSummary' | 'datasetDuplicates'>;

/**
 * Languages are detected for the overview only up to this many posts; beyond it they come when
 * the Sentiment view's languages card asks (detection is kept, so it runs once either way).
 */
const LANGUAGE_ROWS = 50_000;

const valueOr = <T>(r: Result<T>): T | null => (r.ok ? r.value : null);

interface Gathered {
  readonly summary: OverviewSummary;
  readonly sentiment: SentimentSummary | null;
  readonly labelling: LabellingStats | null;
  readonly topics: TopicsResult | null;
}

function sentimentOf(
  s: SentimentSummary | null,
  labelling: LabellingStats | null,
): OverviewSentiment | null {
  if (!s || !s.complete) return null;
  const shares = labelling?.shares;
  if (shares && shares.ci95) {
    const ci = shares.ci95;
    return {
      source: 'corrected',
      posts: s.scored,
      shares: {
        negative: shares.corrected[0]!,
        neutral: shares.corrected[1]!,
        positive: shares.corrected[2]!,
      },
      ci95: { negative: ci[0]!, neutral: ci[1]!, positive: ci[2]! },
      labels: labelling.labels,
      unscored: 0,
    };
  }
  const total = s.counts.negative + s.counts.neutral + s.counts.positive;
  const share = (n: number) => (total > 0 ? n / total : 0);
  return {
    source: s.source,
    posts: total,
    shares: {
      negative: share(s.counts.negative),
      neutral: share(s.counts.neutral),
      positive: share(s.counts.positive),
    },
    // Wilson's interval treats the posts as a sample of what the brand's audience writes; a
    // classifier's own errors are not in it, so it is given for VADER only, with that caveat.
    ci95:
      s.source === 'vader' && total > 0
        ? {
            negative: wilson(s.counts.negative, total),
            neutral: wilson(s.counts.neutral, total),
            positive: wilson(s.counts.positive, total),
          }
        : null,
    labels: labelling?.labels ?? 0,
    // posts in languages without a word list (0 until languages are read)
    unscored: s.unscored,
  };
}

function topicsOf(t: TopicsResult | null): OverviewTopics | null {
  if (!t || t.clusters.length === 0) return null;
  const { names, mergedInto, hidden } = t.edits;
  // merged clusters count with the one they joined; hidden ones are left out, as in the Topics view
  const root = (id: number): number => {
    let r = id;
    for (let guard = 0; mergedInto[r] !== undefined && guard < 1000; guard++) r = mergedInto[r]!;
    return r;
  };
  const size = new Map<number, number>();
  for (const c of t.clusters) size.set(root(c.id), (size.get(root(c.id)) ?? 0) + c.size);
  const total = t.clusters.reduce((a, c) => a + c.size, 0);
  const top = [...size.entries()]
    .filter(([id]) => !hidden.includes(id))
    .map(([id, posts]) => {
      const c = t.clusters.find((x) => x.id === id);
      const name = names[id] ?? c?.label ?? c?.topTerms[0]?.term ?? `Topic ${id + 1}`;
      return {
        name: `Topic ${id + 1} · ${name}`,
        posts,
        share: total > 0 ? posts / total : 0,
        // a name the person gave makes it a topic, whatever the clustering thought
        mixed: names[id] === undefined && c?.mixed === true,
      };
    })
    .sort((a, b) => b.posts - a.posts);
  return {
    terms: t.settings.terms === 'hashtags' ? 'hashtags' : 'text',
    posts: total,
    clusters: size.size,
    top,
  };
}

function engagementOf(b: ModelBundle | null): OverviewEngagement | null {
  const e = b?.engagement;
  if (!e) return null;
  const forest = unpackForest(e.forest, 'engagement.forest');
  if (!forest.ok) return null;
  return {
    target: e.target.expression,
    task: e.task === 'classification' ? 'classification' : 'regression',
    drivers: rankedImportances(forest.value)
      .filter((d) => d.importance > 0)
      .slice(0, 10)
      .map((d) => ({ name: plainFeature(d.name), weight: d.importance })),
  };
}

/** The Dataset view's notes on values, as the overview mentions them. */
function valuesOf(notes: readonly ValueNote[]): OverviewValues {
  const columns = (code: ValueNote['code']) =>
    notes.filter((n) => n.code === code).map((n) => n.column);
  return {
    headerRow: notes.find((n) => n.code === 'UNREADABLE_ROW')?.row ?? null,
    unreadable: columns('UNREADABLE_VALUES'),
    shortCounts: columns('ABBREVIATED_COUNTS'),
    dayOrderGuessed: columns('AMBIGUOUS_DAY_ORDER'),
  };
}

async function gather(sources: OverviewSources): Promise<Result<Gathered>> {
  const r = await requireDataset();
  if (!r.ok) return r;
  const d = r.value;
  const first = valueOr(await sources.sentimentStatus({}));
  const table = valueOr(await sources.datasetSummary({}));
  const time = table?.columns.find(
    (c) => c.role === 'timestamp' && c.datetime && c.datetime.count > 0,
  );
  const duplicates = valueOr(await sources.datasetDuplicates({}));
  const languages =
    first?.textColumn && d.meta.rows <= LANGUAGE_ROWS
      ? valueOr(await sources.sentimentLanguages({ textColumn: first.textColumn }))
      : null;
  // once languages are read, the charts read each post in its own language: ask again, so the
  // shares are the charts' (posts we cannot read apart, never neutral)
  const status = languages ? (valueOr(await sources.sentimentStatus({})) ?? first) : first;
  const sentiment = status?.summary ?? null;
  // Labels (given in the app, or read from the file once labelling was opened) bring corrected shares.
  const stored = await loadLabels(d.meta.id).catch(() => null);
  const labelling = stored ? (valueOr(await sources.labellingOpen({}))?.stats ?? null) : null;
  const topics = valueOr(await sources.topicsStatus({}))?.last ?? null;
  const engagement = valueOr(await sources.engagementBundle({}));
  const summary: OverviewSummary = {
    dataset: d.meta.name,
    posts: d.meta.rows,
    dates: time?.datetime
      ? { column: time.name, first: time.datetime.min, last: time.datetime.max }
      : null,
    languages: languages
      ? languages.languages.map((l) => ({ code: l.language, posts: l.posts }))
      : null,
    duplicates: duplicates
      ? { exactRows: duplicates.exactRows, repeatedTexts: duplicates.repeatedTexts }
      : null,
    values: table ? valuesOf(table.valueNotes) : null,
    hasText: status?.textColumn != null,
    sentiment: sentimentOf(sentiment, labelling),
    topics: topicsOf(topics),
    engagement: engagementOf(engagement),
  };
  return ok({ summary, sentiment, labelling, topics });
}

/** The overview: what is known about the active dataset and its sentences. */
export async function datasetOverview(sources: OverviewSources): Promise<Result<Overview>> {
  const g = await gather(sources);
  if (!g.ok) return g;
  return ok({ summary: g.value.summary, sentences: overviewSentences(g.value.summary) });
}

/** The analysis as one self-contained HTML page, as a download. */
export async function htmlReportDownload(sources: OverviewSources): Promise<Result<Download>> {
  const g = await gather(sources);
  if (!g.ok) return g;
  const { summary, sentiment, labelling, topics } = g.value;
  const k = topics?.k ?? null;
  const methods: ReportMethods = {
    vaderReading: currentSentimentMode(),
    thresholds: sentiment?.thresholds ?? { positive: 0.05, negative: -0.05 },
    classifier: labelling?.accuracy
      ? {
          accuracy: labelling.accuracy.value,
          ci95: labelling.accuracy.ci95,
          n: labelling.accuracy.n,
          vaderAccuracy: labelling.vaderAccuracy,
        }
      : null,
    topics:
      topics && k !== null
        ? { k, silhouette: topics.sweep.find((e) => e.k === k)?.silhouetteCosine ?? null }
        : null,
  };
  const overTime = sentiment?.complete ? sentiment.overTime : null;
  const generatedAt = new Date().toISOString();
  const html = htmlReport({
    summary,
    generatedAt,
    appVersion: version,
    methods,
    sentimentOverTime: overTime
      ? {
          unit: overTime.unit,
          source: sentiment!.source,
          periods: overTime.buckets.map((b) => ({
            start: b.start,
            counts: OVERVIEW_CLASSES.map((c) => b[c]) as [number, number, number],
          })),
        }
      : null,
  });
  return ok({
    blob: new Blob([html], { type: 'text/html;charset=utf-8' }),
    fileName: `murmur-report-${fileNamePart(summary.dataset)}-${generatedAt.slice(0, 10)}.html`,
  });
}

/**
 * Topics × sentiment and topics × a category column: posts of each topic (after the user's merges,
 * hidden topics left out) per class. Sentiment is read through `postReading`, so the chart
 * follows the source chosen in the Sentiment view (VADER or the trained classifier).
 */
import type { TopicBreakdown, TopicBreakdownRequest } from '../../api/topics.ts';
import { topicGroups, topicOfPosts } from '../../core/cluster/topicGroups.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { encodeCategory } from '../../core/schema/categoryCodes.ts';
import { DEFAULT_THRESHOLDS } from '../../core/sentiment/index.ts';
import { postReadingKept } from '../shared/chosenSentiment.ts';
import { keptTopics, type KeptTopics } from '../shared/keptTopics.ts';
import { currentSentimentMode } from '../shared/sentimentMode.ts';
import { cachedIn, type LoadedDataset } from '../shared/session.ts';
import { compoundOf } from './topicsSession.ts';

const SENTIMENT_CLASSES = ['negative', 'neutral', 'positive'] as const;
/** Values of a category column shown apart; the rest count as one "Other". */
export const CATEGORY_VALUES = 8;

/** Each post's topic after the edits (-1: none or hidden). */
function postTopics(kept: KeptTopics): Int32Array {
  const groups = topicGroups(
    kept.result.clusters.map((c) => c.label),
    kept.result.edits,
  );
  return topicOfPosts(kept.labels, groups);
}

/** Rows per topic from each post's topic and class (-1: no class), largest topic first. */
function countRows(
  topics: Int32Array,
  classOf: (row: number) => number,
  classes: number,
): { rows: TopicBreakdown['rows']; missing: number } {
  const byTopic = new Map<number, number[]>();
  let missing = 0;
  for (let r = 0; r < topics.length; r++) {
    const t = topics[r]!;
    if (t < 0) continue;
    const c = classOf(r);
    if (c < 0) {
      missing++;
      continue;
    }
    let counts = byTopic.get(t);
    if (!counts) byTopic.set(t, (counts = new Array<number>(classes).fill(0)));
    counts[c]!++;
  }
  const rows = [...byTopic.entries()]
    .map(([topic, counts]) => ({ topic, counts, total: counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.topic - b.topic);
  return { rows, missing };
}

/**
 * Sentiment classes per post as every sentiment chart counts them (`postReading`: the chosen source,
 * kept across a reload; by language once read): 0 negative, 1 neutral, 2 positive, 3 unscored.
 */
async function sentimentOf(
  d: LoadedDataset,
): Promise<
  Result<{ column: string; source: 'vader' | 'classifier'; classOf: (row: number) => number }>
> {
  const c = compoundOf(d);
  if (!c)
    return fail(
      'NO_TEXT_COLUMN',
      'No column has the text role, so posts have no sentiment to break topics down by.',
      'In the Dataset view, give the column with the post text the role "text".',
    );
  const reading = await postReadingKept(
    d,
    c.column,
    (r) => c.compound[r]!,
    DEFAULT_THRESHOLDS,
    currentSentimentMode(),
  );
  return ok({ column: c.column, source: reading.source, classOf: (r) => reading.classOf(r) });
}

/** Posts of each shown topic per sentiment class or category value. Fails without an analysis, a text column or the column. */
export async function topicBreakdown(
  d: LoadedDataset,
  request: TopicBreakdownRequest,
): Promise<Result<TopicBreakdown>> {
  const kept = keptTopics(d);
  if (!kept)
    return fail('INVALID_OPTIONS', 'There are no topics yet.', 'Run the topic analysis first.');
  const topics = postTopics(kept);
  if (request.by === 'sentiment') {
    const s = await sentimentOf(d);
    if (!s.ok) return s;
    const { rows, missing } = countRows(topics, s.value.classOf, 4);
    // the unscored column only when some post is unscored
    const unscored = rows.some((r) => r.counts[3]! > 0);
    return ok({
      by: 'sentiment',
      column: s.value.column,
      source: s.value.source,
      classes: unscored ? [...SENTIMENT_CLASSES, 'unscored'] : [...SENTIMENT_CLASSES],
      rows: unscored ? rows : rows.map((r) => ({ ...r, counts: r.counts.slice(0, 3) })),
      missing,
    });
  }
  const column = d.schema.find((c) => c.name === request.column);
  if (!column)
    return fail(
      'COLUMN_NOT_FOUND',
      `The dataset has no column "${request.column}".`,
      'Pick one of the listed columns.',
    );
  const codes = cachedIn(d, `topics:codes:${column.name}`, () =>
    encodeCategory(d.table.columns[column.index]!),
  );
  // the most frequent values among the topics' posts, the rest as one
  const freq = new Array<number>(codes.values.length).fill(0);
  for (let r = 0; r < topics.length; r++)
    if (topics[r]! >= 0 && codes.codes[r]! >= 0) freq[codes.codes[r]!]!++;
  const order = freq
    .map((n, v) => [n, v] as const)
    .filter(([n]) => n > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, v]) => v);
  const shown = order.length > CATEGORY_VALUES + 1 ? order.slice(0, CATEGORY_VALUES) : order;
  const slot = new Int32Array(codes.values.length).fill(shown.length);
  shown.forEach((v, i) => (slot[v] = i));
  const other = order.length - shown.length;
  const classes = [
    ...shown.map((v) => codes.values[v]!),
    ...(other > 0 ? [`Other (${other} values)`] : []),
  ];
  const { rows, missing } = countRows(
    topics,
    (r) => (codes.codes[r]! >= 0 ? slot[codes.codes[r]!]! : -1),
    classes.length,
  );
  return ok({ by: 'category', column: column.name, source: null, classes, rows, missing });
}

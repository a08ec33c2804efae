/** The trends card's data: leading terms over time, rising and new terms, sentiment per term. */
import type { TopicTrends, TrendsRequest } from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import {
  bucketTimes,
  risingTerms,
  termSentiment,
  termsOverTime,
  timeSpan,
} from '../../core/trends/index.ts';
import type { LoadedDataset } from '../shared/session.ts';
import { compoundOf, termsOf, timesOf } from './topicsSession.ts';

/** Trends of the posts' hashtags or text terms. Fails with NO_TEXT_COLUMN or INVALID_OPTIONS. */
export function trendsOf(d: LoadedDataset, request: TrendsRequest): Result<TopicTrends> {
  const top = request.top ?? 8;
  if (!(Number.isInteger(top) && top >= 1 && top <= 20))
    return fail('INVALID_OPTIONS', `The chart shows 1 to 20 terms, not ${top}.`);
  const terms = termsOf(d, request.words);
  if (!terms.ok) return terms;
  const { index, source } = terms.value;
  const times = timesOf(d);
  const buckets = times && bucketTimes(times.times);
  let rising: TopicTrends['rising'] = null;
  let risingUnavailable: string | null = null;
  if (!times || !buckets) {
    risingUnavailable = times
      ? `No post has a readable time in "${times.column}".`
      : 'No timestamp column: map the column with the post time to the role "timestamp" in the Dataset view.';
  } else {
    const r = risingTerms(
      index,
      times.times,
      request.windowMs === undefined ? {} : { windowMs: request.windowMs },
    );
    if (r.ok) rising = r.value;
    else if (r.error.code === 'INVALID_OPTIONS') return r;
    else risingUnavailable = `${r.error.message}${r.error.hint ? ` ${r.error.hint}` : ''}`;
  }
  const compound = compoundOf(d);
  return ok({
    words: request.words,
    source,
    timestampColumn: times?.column ?? null,
    overTime: buckets ? termsOverTime(index, buckets, top) : null,
    rising,
    risingUnavailable,
    span: times ? timeSpan(times.times) : null,
    sentiment: compound ? termSentiment(index, compound.compound) : null,
    sentimentUnavailable: compound
      ? null
      : 'No column has the text role, so there are no sentiment scores.',
  });
}

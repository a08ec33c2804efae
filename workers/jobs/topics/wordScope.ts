/**
 * The posts a word cloud or a word's post list covers: all, one sentiment label (as the charts count
 * it: posts we cannot read are in none), or one cluster of the last analysis; only the languages the
 * page's language filter keeps.
 */
import type { WordScope } from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { topicGroups } from '../../core/cluster/topicGroups.ts';
import { DEFAULT_THRESHOLDS } from '../../core/sentiment/label.ts';
import { postReading } from '../shared/chosenSentiment.ts';
import { languageMask } from '../shared/languageFilter.ts';
import { currentSentimentMode } from '../shared/sentimentMode.ts';
import { keptTopics } from '../shared/keptTopics.ts';
import type { LoadedDataset } from '../shared/session.ts';
import { compoundOf } from './topicsSession.ts';

const LABELS = new Set(['positive', 'neutral', 'negative']);

/** Rows of `scope` (increasing), or null for every row. */
export function scopeRows(d: LoadedDataset, scope: WordScope): Result<number[] | null> {
  // the page's language filter narrows every cloud
  const mask = languageMask(d);
  if (scope === 'all') return ok(mask ? maskedRows(mask) : null);
  if (LABELS.has(scope)) {
    const c = compoundOf(d);
    if (!c)
      return fail(
        'NO_TEXT_COLUMN',
        'No column has the text role, so posts have no sentiment to group by.',
        'In the Dataset view, give the column with the post text the role "text".',
      );
    // each post's class as every sentiment chart counts it: posts we cannot read are in no label's cloud
    const reading = postReading(
      d,
      c.column,
      (r) => c.compound[r]!,
      DEFAULT_THRESHOLDS,
      currentSentimentMode(),
    );
    const want = ['negative', 'neutral', 'positive'].indexOf(scope);
    const rows: number[] = [];
    for (let r = 0; r < c.compound.length; r++)
      if ((!mask || mask[r] === 1) && reading.classOf(r) === want) rows.push(r);
    return ok(rows);
  }
  const m = /^cluster:(\d+)$/.exec(scope);
  if (!m)
    return fail(
      'INVALID_OPTIONS',
      `Unknown scope "${scope}".`,
      'Use all, positive, neutral, negative or cluster:N.',
    );
  const kept = keptTopics(d);
  const cluster = Number(m[1]);
  if (!kept)
    return fail('INVALID_OPTIONS', 'There are no clusters yet.', 'Run the topic analysis first.');
  if (cluster >= kept.result.k)
    return fail(
      'INVALID_OPTIONS',
      `There is no cluster ${cluster + 1}: the analysis has ${kept.result.k}.`,
      'Pick one of the listed clusters.',
    );
  // a topic others were merged into covers their posts too
  const groups = topicGroups(
    kept.result.clusters.map((c) => c.label),
    kept.result.edits,
  );
  const rows: number[] = [];
  kept.labels.forEach((c, r) => {
    if (c >= 0 && groups[c]!.topic === cluster && (!mask || mask[r] === 1)) rows.push(r);
  });
  return ok(rows);
}

function maskedRows(mask: Uint8Array): number[] {
  const rows: number[] = [];
  for (let r = 0; r < mask.length; r++) if (mask[r] === 1) rows.push(r);
  return rows;
}

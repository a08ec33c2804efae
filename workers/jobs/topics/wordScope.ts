/** The posts a word cloud or a word's post list covers: all, one VADER label, or one cluster of the last analysis. */
import type { WordScope } from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { sentimentLabel } from '../../core/sentiment/index.ts';
import { topicGroups } from '../../core/cluster/topicGroups.ts';
import { keptTopics } from '../shared/keptTopics.ts';
import type { LoadedDataset } from '../shared/session.ts';
import { compoundOf } from './topicsSession.ts';

const LABELS = new Set(['positive', 'neutral', 'negative']);

/** Rows of `scope` (increasing), or null for every row. */
export function scopeRows(d: LoadedDataset, scope: WordScope): Result<number[] | null> {
  if (scope === 'all') return ok(null);
  if (LABELS.has(scope)) {
    const c = compoundOf(d);
    if (!c)
      return fail(
        'NO_TEXT_COLUMN',
        'No column has the text role, so posts have no sentiment to group by.',
        'In the Dataset view, give the column with the post text the role "text".',
      );
    const rows: number[] = [];
    c.compound.forEach((v, r) => {
      if (sentimentLabel(v) === scope) rows.push(r);
    });
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
    if (c >= 0 && groups[c]!.topic === cluster) rows.push(r);
  });
  return ok(rows);
}

/** Renames, merges and hidden clusters of an analysis: checked before they are kept. */
import type { TopicEdits } from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';

export const NO_TOPIC_EDITS: TopicEdits = { names: {}, mergedInto: {}, hidden: [] };

/** Longest name a user may give a topic. */
export const MAX_TOPIC_NAME = 80;

/**
 * Edits made valid for `k` clusters: names trimmed (empty ones dropped), merges followed to the
 * cluster that finally holds them (a → b, b → c becomes a → c, b → c), hidden ids deduplicated.
 * Fails with INVALID_OPTIONS on an unknown cluster, a merge cycle or a name that is too long.
 */
export function checkEdits(edits: TopicEdits, k: number): Result<TopicEdits> {
  const known = (id: number): boolean => Number.isInteger(id) && id >= 0 && id < k;
  const names: Record<number, string> = {};
  for (const [key, name] of Object.entries(edits.names)) {
    const id = Number(key);
    if (!known(id)) return fail('INVALID_OPTIONS', `There is no topic ${id + 1} to rename.`);
    const trimmed = String(name).trim();
    if (trimmed.length > MAX_TOPIC_NAME)
      return fail(
        'INVALID_OPTIONS',
        `A topic name can be at most ${MAX_TOPIC_NAME} characters, not ${trimmed.length}.`,
      );
    if (trimmed !== '') names[id] = trimmed;
  }
  const mergedInto: Record<number, number> = {};
  for (const [key, target] of Object.entries(edits.mergedInto)) {
    const id = Number(key);
    if (!known(id) || !known(target))
      return fail('INVALID_OPTIONS', `Topics ${id + 1} and ${target + 1} cannot be merged.`);
    if (id !== target) mergedInto[id] = target;
  }
  for (const key of Object.keys(mergedInto)) {
    let at = Number(key);
    const seen = new Set([at]);
    while (mergedInto[at] !== undefined) {
      at = mergedInto[at]!;
      if (seen.has(at))
        return fail('INVALID_OPTIONS', 'These merges go round in a circle.', 'Undo one merge.');
      seen.add(at);
    }
    mergedInto[Number(key)] = at;
  }
  const hidden = [...new Set(edits.hidden)].sort((a, b) => a - b);
  for (const id of hidden)
    if (!known(id)) return fail('INVALID_OPTIONS', `There is no topic ${id + 1} to hide.`);
  return ok({ names, mergedInto, hidden });
}

/**
 * Groups of rows that are copies of each other: rows whose text has the same duplicate key
 * (preprocess/socialText.ts `duplicateKey`: handles and links set aside, case and spaces folded).
 * A group is named by its first row; a text with no words left (empty, only a link) is a group of
 * its own, since such rows are not copies of each other for any purpose.
 */
import { duplicateKey } from '../preprocess/socialText.ts';

/** Per row, the first row with the same duplicate key (its own index when it is the first or has no words). */
export function textGroups(texts: ArrayLike<string | null | undefined>): Int32Array {
  const n = texts.length;
  const groups = new Int32Array(n);
  const first = new Map<string, number>();
  for (let r = 0; r < n; r++) {
    const text = texts[r];
    const key = typeof text === 'string' ? duplicateKey(text) : '';
    if (key === '') {
      groups[r] = r;
      continue;
    }
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, r);
      groups[r] = r;
    } else groups[r] = seen;
  }
  return groups;
}

/** The groups of `rows` (positions into `groups`; default all), renumbered 0..count−1 in order of first appearance. */
export function denseGroups(
  groups: ArrayLike<number>,
  rows?: ArrayLike<number>,
): { readonly ids: Int32Array; readonly count: number } {
  const n = rows ? rows.length : groups.length;
  const out = new Int32Array(n);
  const ids = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const g = groups[rows ? rows[i]! : i]!;
    let id = ids.get(g);
    if (id === undefined) ids.set(g, (id = ids.size));
    out[i] = id;
  }
  return { ids: out, count: ids.size };
}

/** How many distinct groups `groups` holds. */
export function groupCount(groups: ArrayLike<number>): number {
  const seen = new Set<number>();
  for (let i = 0; i < groups.length; i++) seen.add(groups[i]!);
  return seen.size;
}

/**
 * Test rows whose group also has a row among the training rows: copies on both sides of a split,
 * which a model can recall instead of predict. 0 for a grouped or time split.
 */
export function splitOverlap(
  groups: ArrayLike<number>,
  train: ArrayLike<number>,
  test: ArrayLike<number>,
): number {
  const inTrain = new Set<number>();
  for (let i = 0; i < train.length; i++) inTrain.add(groups[train[i]!]!);
  let overlap = 0;
  for (let i = 0; i < test.length; i++) if (inTrain.has(groups[test[i]!]!)) overlap++;
  return overlap;
}

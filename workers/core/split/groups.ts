/**
 * Groups of rows that are copies of each other: rows whose text has the same duplicate key
 * (preprocess/socialText.ts `duplicateKey`: handles and links set aside, case and spaces folded).
 * A group is named by its first row; a text with no words left (empty, only a link) is a group of
 * its own, since such rows are not copies of each other for any purpose.
 */
import { duplicateKey } from '../preprocess/socialText.ts';

/** 53 bits of a string (cyrb53): the map key, with a collision check on the strings themselves. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Per row, the first row with the same key (its own index when first); rows whose key is '' are
 * groups of their own. Keys are kept as 53-bit hashes, not strings (a million posts' texts would
 * double the memory); a hash shared by two different keys is told apart by recomputing the key.
 * @param keyOf the key of row `r` (called once per row, and again for a first row on a hash hit)
 */
export function groupsByKey(n: number, keyOf: (row: number) => string): Int32Array {
  const groups = new Int32Array(n);
  const first = new Map<number, number>();
  // keys whose hash another key took first: rare, kept as strings
  let collided: Map<string, number> | null = null;
  for (let r = 0; r < n; r++) {
    const key = keyOf(r);
    groups[r] = r;
    if (key === '') continue;
    const h = hash53(key);
    const seen = first.get(h);
    if (seen === undefined) first.set(h, r);
    else if (keyOf(seen) === key) groups[r] = seen;
    else {
      collided ??= new Map();
      const other = collided.get(key);
      if (other === undefined) collided.set(key, r);
      else groups[r] = other;
    }
  }
  return groups;
}

/** Per row, the first row with the same duplicate key (its own index when it is the first or has no words). */
export function textGroups(texts: ArrayLike<string | null | undefined>): Int32Array {
  return groupsByKey(texts.length, (r) => {
    const text = texts[r];
    return typeof text === 'string' ? duplicateKey(text) : '';
  });
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

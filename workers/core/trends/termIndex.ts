/**
 * The distinct terms (hashtags or words) of each post, as integer ids: what trend counts, word
 * clouds and "posts with this word" all read. A term used twice in one post counts once.
 */

import { compareCodePoints } from '../text/codePointOrder.ts';

export interface TermIndex {
  /** Distinct terms, in order of first appearance. */
  readonly terms: readonly string[];
  /** Post i's term ids are `ids[ptr[i] .. ptr[i+1])`, each once. Length posts + 1. */
  readonly ptr: Uint32Array;
  readonly ids: Uint32Array;
  /** Posts using each term. */
  readonly postCounts: Uint32Array;
  /** Term → id. */
  readonly idOf: ReadonlyMap<string, number>;
}

/** Indexes per-post term lists (already normalised: case-folded, without '#'). */
export function indexTerms(lists: readonly (readonly string[])[]): TermIndex {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const lastPost: number[] = [];
  const ptr = new Uint32Array(lists.length + 1);
  const ids: number[] = [];
  lists.forEach((list, post) => {
    for (const term of list) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
        counts.push(0);
        lastPost.push(-1);
      }
      if (lastPost[id] === post) continue;
      lastPost[id] = post;
      counts[id]!++;
      ids.push(id);
    }
    ptr[post + 1] = ids.length;
  });
  return { terms, ptr, ids: Uint32Array.from(ids), postCounts: Uint32Array.from(counts), idOf };
}

/** The posts (increasing) that use `term`. */
export function postsWithTerm(index: TermIndex, term: string): number[] {
  const id = index.idOf.get(term);
  if (id === undefined) return [];
  const out: number[] = [];
  for (let post = 0; post + 1 < index.ptr.length; post++) {
    for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) {
      if (index.ids[p] === id) {
        out.push(post);
        break;
      }
    }
  }
  return out;
}

/**
 * Terms by how many of the given posts use them, most first (ties in code-point order of the
 * term), at most `limit`. `posts` null means every post.
 */
export function countTerms(
  index: TermIndex,
  posts: ArrayLike<number> | null,
  limit = Infinity,
): { term: string; count: number }[] {
  let counts: Uint32Array;
  if (posts === null) counts = index.postCounts;
  else {
    counts = new Uint32Array(index.terms.length);
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i]!;
      for (let p = index.ptr[post]!; p < index.ptr[post + 1]!; p++) counts[index.ids[p]!]!++;
    }
  }
  return topIds(counts, index.terms, limit).map((id) => ({
    term: index.terms[id]!,
    count: counts[id]!,
  }));
}

/** Ids with a positive count, by count descending then term (code-point order), at most `limit`. */
export function topIds(
  counts: ArrayLike<number>,
  terms: readonly string[],
  limit: number,
): number[] {
  let ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  if (ids.length > 4 * limit) {
    // only ids at or above the limit-th largest count can make the list: sort those alone
    const sorted = Float64Array.from(ids, (id) => counts[id]!).sort();
    const cut = sorted[sorted.length - limit]!;
    ids = ids.filter((id) => counts[id]! >= cut);
  }
  return ids
    .sort((a, b) => counts[b]! - counts[a]! || compareCodePoints(terms[a]!, terms[b]!))
    .slice(0, limit);
}

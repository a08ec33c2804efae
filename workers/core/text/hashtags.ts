/**
 * Hashtags out of free text and out of tag-list cells, case-folded, as scikit-learn's
 * `TfidfVectorizer(token_pattern=r'#\w+', lowercase=True)` sees them: the text is lower-cased
 * first, then `re.findall(r'#\w+')` runs on it. Terms are returned without the leading '#'.
 *
 * Python's `\w` on `str` is letters (L*), numbers of any category (N*) and '_', not combining
 * marks, which is `[\p{L}\p{N}_]`. Checked over all code points against CPython 3.11 (Unicode 14):
 * identical, except for ~14,000 characters added in later Unicode versions that Node's ICU knows
 * as letters and Python 3.11 does not. `String.prototype.toLowerCase` and Python's `str.lower()`
 * agree on every code point Python knows, final sigma included.
 *
 * One deliberate difference: 'İ' (U+0130) lower-cases to 'i' + U+0307 in both languages, and
 * U+0307 is not a word character, so sklearn cuts '#İstanbul' to '#i'. We fold 'İ' to a plain 'i'
 * and keep the tag whole ('istanbul'). Neither reference dataset contains U+0130.
 */

/** Python's `\w` for one code point: `[\p{L}\p{N}_]`, with a table for ASCII and a cache beyond. */
const WORD = /^[\p{L}\p{N}_]$/u;
const asciiWord = Uint8Array.from({ length: 128 }, (_, c) =>
  WORD.test(String.fromCharCode(c)) ? 1 : 0,
);
const wordCache = new Map<number, boolean>();

function isWord(cp: number): boolean {
  if (cp < 128) return asciiWord[cp] === 1;
  let w = wordCache.get(cp);
  if (w === undefined) wordCache.set(cp, (w = WORD.test(String.fromCodePoint(cp))));
  return w;
}

/** Lower-cases as Python's `str.lower()`, except 'İ' → 'i' (see the module comment). */
export function foldCase(text: string): string {
  return (text.includes('\u0130') ? text.replace(/\u0130/g, 'I') : text).toLowerCase();
}

/**
 * The hashtags of a free text, case-folded, without '#', in order of appearance with repeats
 * (repeats are the term counts TF-IDF uses). '#1' is a hashtag, as it is to `#\w+`.
 * A hand-written scan for `/#[\p{L}\p{N}_]+/gu`: the same matches, several times faster.
 */
export function extractHashtags(text: string): string[] {
  const folded = foldCase(text);
  const out: string[] = [];
  for (let i = folded.indexOf('#'); i >= 0;) {
    let j = i + 1;
    while (j < folded.length) {
      const cp = folded.codePointAt(j)!;
      if (!isWord(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    if (j > i + 1) out.push(folded.slice(i + 1, j));
    i = folded.indexOf('#', j);
  }
  return out;
}

/** A single tag as a vocabulary term: surrounding spaces and one leading '#' removed, case-folded. */
export function normalizeHashtag(tag: string): string {
  const t = tag.trim();
  return foldCase(t.startsWith('#') ? t.slice(1) : t);
}

const asTag = (word: string): string => (word.startsWith('#') ? word : `#${word}`);

/** Posts that have at least one hashtag, as token lists, with the index of the post each came from. */
export interface HashtagDocuments {
  /** One token list per kept post (terms without '#', case-folded). */
  readonly docs: string[][];
  /** `rows[i]` is the index, in the input, of the post `docs[i]` came from. */
  readonly rows: Uint32Array;
  /** Posts in the input, with or without hashtags. */
  readonly totalPosts: number;
}

/**
 * Turns per-post tag lists (as parsed by the importer, with or without '#') into TF-IDF documents.
 * Each tag is read as the text '#tag' would be, so 'Covid-19' gives 'covid' exactly as the
 * sklearn reference (which joins '#'+tag and re-tokenises) sees it. A term of several words (a
 * YouTube tag 'late night', a phrase of the text topics 'customer service') stays one term, each
 * word read so, where the reference would keep only the first word; its data has no such tags.
 * Posts left with no hashtag are dropped; `rows` maps back to them.
 */
export function hashtagDocuments(tagLists: readonly (readonly string[])[]): HashtagDocuments {
  const docs: string[][] = [];
  const rows: number[] = [];
  tagLists.forEach((tags, row) => {
    const doc: string[] = [];
    for (const tag of tags) {
      const parts = tag.trim().split(/\s+/);
      if (parts.length === 1) {
        if (parts[0]!.length > 0) doc.push(...extractHashtags(asTag(parts[0]!)));
        continue;
      }
      const words = parts.map((p) => extractHashtags(asTag(p))[0]).filter((w) => w !== undefined);
      if (words.length > 0) doc.push(words.join(' '));
    }
    if (doc.length > 0) {
      docs.push(doc);
      rows.push(row);
    }
  });
  return { docs, rows: Uint32Array.from(rows), totalPosts: tagLists.length };
}

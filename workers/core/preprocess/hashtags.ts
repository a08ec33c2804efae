/**
 * Hashtag normalisation for preprocessing. A tag is normalised by the same `normalizeHashtag`
 * the topic model uses (strip '#', case-fold as Python `str.lower()`), so a saved model and the
 * hashtag clusters agree on what counts as the same tag.
 */
import { normalizeHashtag } from '../text/hashtags.ts';

export { normalizeHashtag };

// Separators of the list formats exports use: "#a #b", "a, b", "['a', 'b']", '["a","b"]'.
const TAG_SEPARATORS = /[\s,;[\]"'#＃]+/u;

/**
 * The tags of one cell, unnormalised, for cells not already parsed by the importer
 * (whose `parseTagsCell` knows the exact format and should be preferred).
 */
export function splitHashtagCell(cell: string): string[] {
  return cell.split(TAG_SEPARATORS).filter((t) => t.length > 0);
}

/** Each tag normalised (no leading '#' or '＃', case-folded), empty ones dropped; order and repeats kept. */
export function normalizeHashtags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = normalizeHashtag(tag.trim().replace(/^[#＃]+/u, ''));
    if (t.length > 0) out.push(t);
  }
  return out;
}

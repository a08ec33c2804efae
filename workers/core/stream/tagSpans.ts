/** Where a post's hashtags are written in its text, for sources that give tags without positions (a replayed row). */

/** String spans [start, end) of each tag written as '#tag' in `text` (case-insensitive, first free occurrence; tags not found are left out). */
export function tagSpans(text: string, tags: readonly string[]): [number, number][] {
  if (tags.length === 0 || !text.includes('#')) return [];
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const tag of tags) {
    const needle = `#${tag.toLowerCase()}`;
    let at = lower.indexOf(needle);
    // the first occurrence not already marked, and not the start of a longer tag
    while (
      at >= 0 &&
      (spans.some(([s]) => s === at) || /[\p{L}\p{N}_]/u.test(lower[at + needle.length] ?? ''))
    )
      at = lower.indexOf(needle, at + 1);
    if (at >= 0) spans.push([at, at + needle.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

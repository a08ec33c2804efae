/**
 * Groups of posts whose texts are the same once case and spacing are set aside, so a copy never
 * sits on both sides of a split (the folds keep a group whole). A light stand-in until the
 * social-text normalisation of workers/core/preprocess can key the groups.
 */

/** The group id of each text (0, 1, … in order of first appearance). */
export function textGroups(texts: readonly string[]): Uint32Array {
  const ids = new Map<string, number>();
  const out = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const key = (texts[i] ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[i] = id;
  }
  return out;
}

/** Placeholder until its feature fills it in. */
export function HashtagPanel() {
  return null;
}

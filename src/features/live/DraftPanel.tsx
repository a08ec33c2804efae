/** Placeholder until its feature fills it in. */
export function DraftPanel() {
  return null;
}

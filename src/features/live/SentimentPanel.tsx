/** Placeholder until its feature fills it in. */
export function SentimentPanel() {
  return null;
}

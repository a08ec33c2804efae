/** How a saved model's parts and metrics read in the list. */
import type { BundlePart, BundleSummary } from '../../../workers/api.ts';

export const PART_NAMES: Readonly<Record<BundlePart, string>> = {
  sentiment: 'sentiment',
  topics: 'topics',
  engagement: 'engagement',
};

const num = (x: number | null, digits = 2): string => (x === null ? '—' : x.toFixed(digits));

/** One short line per part: the headline metric a user compares models by. */
export function metricLines(s: BundleSummary): string[] {
  const lines: string[] = [];
  if (s.sentiment) {
    lines.push(
      s.sentiment.classifier
        ? `classifier accuracy ${num(s.sentiment.accuracy)} (VADER ${num(s.sentiment.vaderAccuracy)}), macro F1 ${num(s.sentiment.macroF1)}`
        : `VADER, labels at ±${s.sentiment.thresholds.positive}`,
    );
  }
  if (s.topics)
    lines.push(
      `${s.topics.k} topics over ${s.topics.vocabulary.toLocaleString('en-US')} ${s.topics.terms === 'hashtags' ? 'hashtags' : 'terms'}${s.topics.silhouette === null ? '' : `, silhouette ${num(s.topics.silhouette)}`}`,
    );
  if (s.engagement) {
    const e = s.engagement;
    const score =
      e.task === 'regression'
        ? `test R² ${num(e.r2)}`
        : `accuracy ${num(e.accuracy)}${e.rocAuc === null ? '' : `, ROC AUC ${num(e.rocAuc)}`}`;
    lines.push(`${e.target}: ${score}, ${e.trees} trees${e.network ? ' + network' : ''}`);
  }
  return lines;
}

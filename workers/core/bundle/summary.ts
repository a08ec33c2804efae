/** A bundle in a few numbers, for the registry's list and the report: its parts and their headline metrics. */
import { bundleParts, type AnalysisBundle, type BundlePart } from './bundle.ts';

export interface BundleSummary {
  readonly parts: readonly BundlePart[];
  readonly dataset: string;
  readonly rows: number;
  readonly sentiment: {
    readonly classifier: boolean;
    /** Held-out accuracy and macro F1 of the classifier, and VADER's on the same rows (null without a classifier). */
    readonly accuracy: number | null;
    readonly macroF1: number | null;
    readonly vaderAccuracy: number | null;
    readonly thresholds: { readonly positive: number; readonly negative: number };
  } | null;
  readonly topics: {
    readonly k: number;
    readonly silhouette: number | null;
    readonly vocabulary: number;
    readonly terms: 'hashtags' | 'terms';
  } | null;
  readonly engagement: {
    readonly task: 'regression' | 'classification';
    readonly target: string;
    readonly trees: number;
    /** Test R² on the learned scale (regression), accuracy and ROC AUC (classification). */
    readonly r2: number | null;
    readonly accuracy: number | null;
    readonly rocAuc: number | null;
    readonly network: boolean;
  } | null;
}

export function summarizeBundle(bundle: AnalysisBundle): BundleSummary {
  const s = bundle.sentiment;
  const t = bundle.topics;
  const e = bundle.engagement;
  const m = e?.metrics;
  return {
    parts: bundleParts(bundle),
    dataset: bundle.dataset,
    rows: bundle.fingerprint.rows,
    sentiment: s
      ? {
          classifier: s.classifier !== null,
          accuracy: s.heldOut?.model.accuracy ?? null,
          macroF1: s.heldOut?.model.macroF1 ?? null,
          vaderAccuracy: s.heldOut?.vader.accuracy ?? null,
          thresholds: s.thresholds,
        }
      : null,
    topics: t
      ? {
          k: t.model.centroids.k,
          silhouette: t.metrics.silhouette,
          vocabulary: t.model.tfidf.vocabulary.length,
          terms: t.terms,
        }
      : null,
    engagement:
      e && m
        ? {
            task: e.task,
            target: e.target.label,
            trees: e.forest.nTrees,
            r2: m.kind === 'regression' ? m.fitted.model.r2 : null,
            accuracy: m.kind === 'classification' ? m.accuracy : null,
            rocAuc: m.kind === 'classification' ? m.rocAuc : null,
            network: e.mlp !== undefined,
          }
        : null,
  };
}

/**
 * The columns scoring adds to a file, in order, each with its type and its value for a post:
 * sentiment (neg, neu, pos, compound, label, the classifier's label), cluster (id, similarity, top
 * terms), the post's language when asked for, and predicted engagement (value, 10th and 90th
 * percentile). The scored CSV writes the values as text, the scored Parquet file as typed columns;
 * both read them from here. Topics are numbered from 1, as the page's "Topic 1"; predictions are
 * rounded to what they can tell apart.
 */
import type { StoredKind } from '../csv/types.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { LABELS, type ScoredColumns } from './scoreWithBundle.ts';
import type { TablePlan } from './tablePlan.ts';

/** Top terms written per cluster. */
const CLUSTER_TERMS = 5;

/**
 * `x` to `digits` decimals: a forest's prediction is a mean of leaf means, its 16 decimals are
 * noise (2 for counts such as likes; 3 for a probability or a similarity).
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no "-0" in the file
}

export interface ScoreField {
  readonly name: string;
  readonly kind: StoredKind;
  /**
   * Row r of a scored chunk (row `row` of the table); null when the post has none (no classifier
   * label for an empty text, no cluster).
   */
  value(s: ScoredColumns, r: number, row: number): string | number | null;
}

const vader = (name: string, k: number): ScoreField => ({
  name,
  kind: 'double',
  value: (s, r) => s.vader[r * 4 + k]!,
});

/** The score columns `plan` will fill with `loaded`, in the order they are written. */
export function scoreFields(loaded: LoadedBundle, plan: TablePlan): ScoreField[] {
  const fields: ScoreField[] = [];
  if (plan.parts.includes('sentiment')) {
    fields.push(
      vader('sentiment_neg', 0),
      vader('sentiment_neu', 1),
      vader('sentiment_pos', 2),
      vader('sentiment_compound', 3),
      { name: 'sentiment_label', kind: 'string', value: (s, r) => LABELS[s.label[r]!]! },
    );
    if (loaded.sentiment?.classifier)
      fields.push({
        name: 'classifier_label',
        kind: 'string',
        value: (s, r) => {
          const c = s.classifier?.choice[r] ?? -1;
          return c >= 0 ? s.classifier!.classes[c]! : null;
        },
      });
  }
  const languages = plan.languages;
  if (languages)
    fields.push({ name: 'language', kind: 'string', value: (_s, _r, row) => languages[row]! });
  if (plan.parts.includes('topics')) {
    const id = (s: ScoredColumns, r: number) => s.cluster?.id[r] ?? -1;
    // one string per cluster, not one per post (the same text, without a new string for every row)
    let termsOf: readonly (readonly string[])[] | null = null;
    let joined: string[] = [];
    const terms = (s: ScoredColumns, cluster: number): string => {
      const topTerms = s.cluster!.topTerms;
      if (topTerms !== termsOf) {
        termsOf = topTerms;
        joined = topTerms.map((t) => t.slice(0, CLUSTER_TERMS).join(' '));
      }
      return joined[cluster]!;
    };
    fields.push(
      // "Topic 1" on the page is cluster 0 in the model
      { name: 'cluster', kind: 'int32', value: (s, r) => (id(s, r) >= 0 ? id(s, r) + 1 : null) },
      {
        name: 'cluster_similarity',
        kind: 'double',
        value: (s, r) => (id(s, r) >= 0 ? roundTo(s.cluster!.similarity[r]!, 3) : null),
      },
      {
        name: 'cluster_terms',
        kind: 'string',
        value: (s, r) => (id(s, r) >= 0 ? terms(s, id(s, r)) : null),
      },
    );
  }
  if (plan.parts.includes('engagement')) {
    if (loaded.engagement!.bundle.engagement.task === 'classification')
      fields.push({
        name: 'predicted_probability',
        kind: 'double',
        value: (s, r) => roundTo(s.engagement!.value[r]!, 3),
      });
    else
      fields.push(
        {
          name: 'predicted_engagement',
          kind: 'double',
          value: (s, r) => roundTo(s.engagement!.value[r]!, 2),
        },
        {
          name: 'predicted_p10',
          kind: 'double',
          value: (s, r) => roundTo(s.engagement!.low![r]!, 2),
        },
        {
          name: 'predicted_p90',
          kind: 'double',
          value: (s, r) => roundTo(s.engagement!.high![r]!, 2),
        },
      );
  }
  return fields;
}

/** Names for the score columns that do not clash with the file's own (`sentiment_label_2` …). */
export function uniqueNames(taken: readonly string[], wanted: readonly string[]): string[] {
  const used = new Set(taken);
  return wanted.map((w) => {
    let name = w;
    for (let i = 2; used.has(name); i++) name = `${w}_${i}`;
    used.add(name);
    return name;
  });
}

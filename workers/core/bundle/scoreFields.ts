/**
 * The columns scoring adds to a file, in order, each with its type and its value for a post:
 * sentiment (neg, neu, pos, compound, label, the classifier's label), cluster (id, similarity, top
 * terms), the post's language when asked for, and predicted engagement (value, 10th and 90th percentile). The scored CSV writes the
 * values as text, the scored Parquet file as typed columns; both read them from here.
 */
import type { StoredKind } from '../csv/types.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { LABELS, type ScoredColumns } from './scoreWithBundle.ts';
import type { TablePlan } from './tablePlan.ts';

/** Top terms written per cluster. */
const CLUSTER_TERMS = 5;

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
    fields.push(
      { name: 'cluster', kind: 'int32', value: (s, r) => (id(s, r) >= 0 ? id(s, r) : null) },
      {
        name: 'cluster_similarity',
        kind: 'double',
        value: (s, r) => (id(s, r) >= 0 ? s.cluster!.similarity[r]! : null),
      },
      {
        name: 'cluster_terms',
        kind: 'string',
        value: (s, r) =>
          id(s, r) >= 0 ? s.cluster!.topTerms[id(s, r)]!.slice(0, CLUSTER_TERMS).join(' ') : null,
      },
    );
  }
  if (plan.parts.includes('engagement')) {
    if (loaded.engagement!.bundle.engagement.task === 'classification')
      fields.push({
        name: 'predicted_probability',
        kind: 'double',
        value: (s, r) => s.engagement!.value[r]!,
      });
    else
      fields.push(
        { name: 'predicted_engagement', kind: 'double', value: (s, r) => s.engagement!.value[r]! },
        { name: 'predicted_p10', kind: 'double', value: (s, r) => s.engagement!.low![r]! },
        { name: 'predicted_p90', kind: 'double', value: (s, r) => s.engagement!.high![r]! },
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

/**
 * What a summary of scored posts is made of, kept as statistics that add up: counts per label and
 * cluster, and exact sums. Scoring a file in shards gives one tally per shard; merging them gives
 * the tally of the whole file, so `murmur aggregate` prints exactly what one process prints.
 * A new summary figure (for example prediction-powered shares, which need sums of the classifier's
 * probabilities and of their squares) is added as another field with its merge rule here.
 */
import { addExact, exactTotal, mergeExact, type ExactSum } from '../stats/exactSum.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import { LABELS, type ScoredColumns } from './scoreWithBundle.ts';

export type LabelCounts = Record<SentimentLabel, number>;

/** Sufficient statistics of a run of scored posts. JSON-safe: it travels in shard manifests. */
export interface ScoreTally {
  readonly rows: number;
  /** Posts per VADER label. */
  readonly sentiment: LabelCounts;
  /** Posts per classifier label (posts with an empty text have none). */
  readonly classifier: LabelCounts;
  /** Posts per cluster id, and posts with no known term. */
  readonly clusterCounts: readonly number[];
  readonly clusterNone: number;
  /** Exact sum of the predicted engagement, as non-overlapping partials (see exactSum.ts). */
  readonly engagementSum: readonly number[];
}

/** Counts over the scored posts, for `--json`, the aggregate and the view's summary. */
export interface ScoreSummary {
  readonly rows: number;
  readonly parts: readonly string[];
  /** Posts per VADER label (null without a text column). */
  readonly sentiment: Readonly<LabelCounts> | null;
  /** Posts per classifier label (null without a classifier). */
  readonly classifier: Readonly<LabelCounts> | null;
  /** Posts per cluster id, and posts with no known term. */
  readonly clusters: { readonly counts: readonly number[]; readonly none: number } | null;
  /** Mean predicted engagement (raw scale, or probability). */
  readonly meanEngagement: number | null;
  readonly notes: readonly string[];
}

const zeroLabels = (): LabelCounts => ({ negative: 0, neutral: 0, positive: 0 });

/** A tally in the making: add scored chunks, then `freeze`. */
export class TallyBuilder {
  rows = 0;
  private readonly sentiment = zeroLabels();
  private readonly classifier = zeroLabels();
  private readonly clusterCounts: number[];
  private clusterNone = 0;
  private readonly engagementSum: ExactSum = [];

  constructor(clusters: number) {
    this.clusterCounts = new Array<number>(clusters).fill(0);
  }

  /** Counts every post of a scored chunk. */
  add(s: ScoredColumns): void {
    this.rows += s.rows;
    for (let r = 0; r < s.rows; r++) {
      this.sentiment[LABELS[s.label[r]!]!]++;
      const choice = s.classifier?.choice[r] ?? -1;
      if (s.classifier && choice >= 0) this.classifier[s.classifier.classes[choice]!]++;
      if (s.cluster) {
        const id = s.cluster.id[r]!;
        if (id >= 0) this.clusterCounts[id]!++;
        else this.clusterNone++;
      }
      if (s.engagement) addExact(this.engagementSum, s.engagement.value[r]!);
    }
  }

  freeze(): ScoreTally {
    return {
      rows: this.rows,
      sentiment: { ...this.sentiment },
      classifier: { ...this.classifier },
      clusterCounts: [...this.clusterCounts],
      clusterNone: this.clusterNone,
      engagementSum: [...this.engagementSum],
    };
  }
}

/** The tally of all the posts of `tallies` together. Cluster lists must have the same length (the same bundle). */
export function mergeTallies(tallies: readonly ScoreTally[]): ScoreTally {
  const k = Math.max(0, ...tallies.map((t) => t.clusterCounts.length));
  const add = (key: 'sentiment' | 'classifier'): LabelCounts => {
    const out = zeroLabels();
    for (const t of tallies) for (const l of LABELS) out[l] += t[key][l];
    return out;
  };
  return {
    rows: tallies.reduce((a, t) => a + t.rows, 0),
    sentiment: add('sentiment'),
    classifier: add('classifier'),
    clusterCounts: Array.from({ length: k }, (_, i) =>
      tallies.reduce((a, t) => a + (t.clusterCounts[i] ?? 0), 0),
    ),
    clusterNone: tallies.reduce((a, t) => a + t.clusterNone, 0),
    engagementSum: mergeExact(...tallies.map((t) => t.engagementSum)),
  };
}

/** What was scored, for turning a tally into a summary: the parts, whether there is a classifier, the plan's notes. */
export interface TallyContext {
  readonly parts: readonly string[];
  readonly classifier: boolean;
  readonly notes: readonly string[];
}

/** The summary a tally stands for: the same figures for one process and for merged shards. */
export function summaryOf(tally: ScoreTally, context: TallyContext): ScoreSummary {
  const { parts } = context;
  const n = tally.rows;
  return {
    rows: n,
    parts,
    sentiment: parts.includes('sentiment') ? { ...tally.sentiment } : null,
    classifier: parts.includes('sentiment') && context.classifier ? { ...tally.classifier } : null,
    clusters: parts.includes('topics')
      ? { counts: [...tally.clusterCounts], none: tally.clusterNone }
      : null,
    meanEngagement:
      parts.includes('engagement') && n > 0 ? exactTotal(tally.engagementSum) / n : null,
    notes: context.notes,
  };
}

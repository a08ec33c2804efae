/**
 * A file scored with a bundle, as CSV: the input columns, then sentiment (neg, neu, pos, compound,
 * label, the classifier's label), cluster (id, similarity, top terms) and predicted engagement
 * (value, 10th and 90th percentile). The same function writes the browser's download and the
 * CLI's `--out`, so the two are byte for byte the same.
 */
import type { ParsedTable } from '../csv/types.ts';
import { ok, type Result } from '../errors/index.ts';
import type { SentimentLabel } from '../sentiment/types.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import { LABELS, scoreColumns, type ScoredColumns } from './scoreWithBundle.ts';
import type { TablePlan } from './tablePlan.ts';

/** Rows scored per step (progress is reported between steps). */
export const SCORE_CHUNK_ROWS = 2000;

/** Top terms written per cluster. */
const CLUSTER_TERMS = 5;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as spreadsheets should read it: text that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` so it is not run as a formula (OWASP "CSV injection");
 * plain numbers such as `-0.5` are left alone. Then quoted as RFC 4180 when needed.
 */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !PLAIN_NUMBER.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Counts over the scored posts, for `--json` and the view's summary. */
export interface ScoreSummary {
  readonly rows: number;
  readonly parts: readonly string[];
  /** Posts per VADER label (null without a text column). */
  readonly sentiment: Readonly<Record<SentimentLabel, number>> | null;
  /** Posts per classifier label (null without a classifier). */
  readonly classifier: Readonly<Record<SentimentLabel, number>> | null;
  /** Posts per cluster id, and posts with no known term. */
  readonly clusters: { readonly counts: readonly number[]; readonly none: number } | null;
  /** Mean predicted engagement (raw scale, or probability). */
  readonly meanEngagement: number | null;
  readonly notes: readonly string[];
}

export interface ScoredCsv {
  /** The CSV text in pieces (the header line, then one piece per chunk of rows): join, or make a Blob of them. */
  readonly parts: readonly string[];
  readonly summary: ScoreSummary;
}

function uniqueNames(taken: readonly string[], wanted: readonly string[]): string[] {
  const used = new Set(taken);
  return wanted.map((w) => {
    let name = w;
    for (let i = 2; used.has(name); i++) name = `${w}_${i}`;
    used.add(name);
    return name;
  });
}

function scoreHeader(loaded: LoadedBundle, plan: TablePlan): string[] {
  const names: string[] = [];
  if (plan.parts.includes('sentiment')) {
    names.push(
      'sentiment_neg',
      'sentiment_neu',
      'sentiment_pos',
      'sentiment_compound',
      'sentiment_label',
    );
    if (loaded.sentiment?.classifier) names.push('classifier_label');
  }
  if (plan.parts.includes('topics')) names.push('cluster', 'cluster_similarity', 'cluster_terms');
  if (plan.parts.includes('engagement')) {
    names.push(
      ...(loaded.engagement!.bundle.engagement.task === 'classification'
        ? ['predicted_probability']
        : ['predicted_engagement', 'predicted_p10', 'predicted_p90']),
    );
  }
  return names;
}

/** The score cells of row r of a scored chunk, in scoreHeader's order. */
function scoreCells(s: ScoredColumns, r: number, plan: TablePlan): string[] {
  const out: string[] = [];
  if (plan.parts.includes('sentiment')) {
    for (let k = 0; k < 4; k++) out.push(String(s.vader[r * 4 + k]));
    out.push(LABELS[s.label[r]!]!);
    if (s.classifier)
      out.push(s.classifier.choice[r]! >= 0 ? s.classifier.classes[s.classifier.choice[r]!]! : '');
  }
  if (s.cluster) {
    const id = s.cluster.id[r]!;
    out.push(
      id >= 0 ? String(id) : '',
      id >= 0 ? String(s.cluster.similarity[r]) : '',
      id >= 0 ? s.cluster.topTerms[id]!.slice(0, CLUSTER_TERMS).join(' ') : '',
    );
  }
  if (s.engagement) {
    out.push(String(s.engagement.value[r]));
    if (s.engagement.low && s.engagement.high)
      out.push(String(s.engagement.low[r]), String(s.engagement.high[r]));
  }
  return out;
}

/**
 * Scores every row of `table` as `plan` says, in chunks, and writes the CSV. `onProgress` gets
 * the rows done after each chunk. Fails only when a chunk's features cannot be built.
 * `mode`: what VADER reads (default 'social'; 'reference' for the raw text).
 */
export function scoreTableToCsv(
  loaded: LoadedBundle,
  table: ParsedTable,
  plan: TablePlan,
  onProgress?: (done: number, total: number) => void,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Result<ScoredCsv> {
  const header = [...table.header, ...uniqueNames(table.header, scoreHeader(loaded, plan))];
  const parts = [`${header.map(csvCell).join(',')}\n`];
  const sentiment = { negative: 0, neutral: 0, positive: 0 };
  const classifier = { negative: 0, neutral: 0, positive: 0 };
  const clusterCounts = new Array<number>(loaded.topics?.model.centroids.k ?? 0).fill(0);
  let none = 0;
  let engagementSum = 0;
  for (let from = 0; from < table.rowCount; from += SCORE_CHUNK_ROWS) {
    const to = Math.min(table.rowCount, from + SCORE_CHUNK_ROWS);
    const scored = scoreColumns(loaded, plan.columns(from, to), mode);
    if (!scored.ok) return scored;
    const s = scored.value;
    const lines: string[] = [];
    for (let r = 0; r < s.rows; r++) {
      const cells = table.columns.map((c) => c[from + r]!);
      lines.push([...cells, ...scoreCells(s, r, plan)].map(csvCell).join(','));
      sentiment[LABELS[s.label[r]!]!]++;
      const choice = s.classifier?.choice[r] ?? -1;
      if (s.classifier && choice >= 0) classifier[s.classifier.classes[choice]!]++;
      if (s.cluster) {
        const id = s.cluster.id[r]!;
        if (id >= 0) clusterCounts[id]!++;
        else none++;
      }
      if (s.engagement) engagementSum += s.engagement.value[r]!;
    }
    parts.push(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    onProgress?.(to, table.rowCount);
  }
  const n = table.rowCount;
  return ok({
    parts,
    summary: {
      rows: n,
      parts: plan.parts,
      sentiment: plan.parts.includes('sentiment') ? sentiment : null,
      classifier:
        plan.parts.includes('sentiment') && loaded.sentiment?.classifier ? classifier : null,
      clusters: plan.parts.includes('topics') ? { counts: clusterCounts, none } : null,
      meanEngagement: plan.parts.includes('engagement') && n > 0 ? engagementSum / n : null,
      notes: plan.notes,
    },
  });
}

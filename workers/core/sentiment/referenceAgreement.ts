/**
 * How closely our scores match the reference vaderSentiment 3.3.2 outputs
 * (`shared/reference/vader/vader_<corpus>_scores.csv`). Pure: callers read the file; the
 * conformance test and the benchmark both report these figures.
 */
import Papa from 'papaparse';
import { sentimentLabel } from './label.ts';
import { polarityScores } from './vader.ts';
import type { SentimentScores } from './types.ts';

/** One reference row: `id,text,neg,neu,pos,compound[,human_mean]`. */
export interface ReferenceRow extends SentimentScores {
  readonly id: string;
  readonly text: string;
}

export interface AgreementReport {
  readonly n: number;
  /** Share (0–1) of texts whose four scores equal the reference exactly. */
  readonly exact: number;
  /** Share with |compound - reference| <= 0.0001. */
  readonly compoundWithin1e4: number;
  /** Share with all four scores within 0.001. */
  readonly allWithin1e3: number;
  /** Share with the same 3-class label (cut at +-0.05). */
  readonly sameLabel: number;
  /** Share with |compound - reference| <= 0.05. */
  readonly compoundWithin005: number;
  /** The texts with the largest difference in any of the four scores, worst first. */
  readonly worst: readonly {
    readonly id: string;
    readonly text: string;
    readonly ours: SentimentScores;
    readonly reference: SentimentScores;
  }[];
}

/** Parse a reference CSV; rows with a non-numeric score are skipped. */
export function parseReferenceCsv(csv: string): ReferenceRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const rows: ReferenceRow[] = [];
  for (const r of parsed.data) {
    const row = {
      id: r.id ?? '',
      text: r.text ?? '',
      neg: Number(r.neg),
      neu: Number(r.neu),
      pos: Number(r.pos),
      compound: Number(r.compound),
    };
    if ([row.neg, row.neu, row.pos, row.compound].every(Number.isFinite)) rows.push(row);
  }
  return rows;
}

// Absorbs the binary noise of differences such as 0.3613 - 0.3612.
const EPS = 1e-9;

/**
 * Score every row and compare with its reference scores.
 * @param score defaults to `polarityScores`.
 * @param worstCount how many of the largest differences to keep (default 10).
 */
export function measureAgreement(
  rows: readonly ReferenceRow[],
  score: (text: string) => SentimentScores = polarityScores,
  worstCount = 10,
): AgreementReport {
  let exact = 0;
  let c4 = 0;
  let all3 = 0;
  let label = 0;
  let c05 = 0;
  const diffs: { d: number; row: ReferenceRow; ours: SentimentScores }[] = [];
  for (const row of rows) {
    const ours = score(row.text);
    const d = Math.abs(ours.compound - row.compound);
    const fields = [
      ours.neg - row.neg,
      ours.neu - row.neu,
      ours.pos - row.pos,
      ours.compound - row.compound,
    ].map(Math.abs);
    if (fields.every((f) => f === 0)) exact++;
    else diffs.push({ d: Math.max(...fields), row, ours });
    if (d <= 1e-4 + EPS) c4++;
    if (fields.every((f) => f <= 1e-3 + EPS)) all3++;
    if (sentimentLabel(ours.compound) === sentimentLabel(row.compound)) label++;
    if (d <= 0.05 + EPS) c05++;
  }
  diffs.sort((a, b) => b.d - a.d);
  const n = rows.length;
  const share = (k: number): number => (n === 0 ? 1 : k / n);
  const pickScores = (s: SentimentScores): SentimentScores => ({
    neg: s.neg,
    neu: s.neu,
    pos: s.pos,
    compound: s.compound,
  });
  return {
    n,
    exact: share(exact),
    compoundWithin1e4: share(c4),
    allWithin1e3: share(all3),
    sameLabel: share(label),
    compoundWithin005: share(c05),
    worst: diffs.slice(0, worstCount).map(({ row, ours }) => ({
      id: row.id,
      text: row.text,
      ours: pickScores(ours),
      reference: pickScores(row),
    })),
  };
}

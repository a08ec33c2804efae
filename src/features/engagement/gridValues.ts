/**
 * The grid as the user types it: one text field per forest option, values separated by commas
 * ("50, 100, 200"; "none, 10, 20"; "sqrt, 0.5, 1.0"). Parsed here for instant feedback; the
 * worker checks the ranges again (resolveParams) before any fit.
 */
import type { MaxFeatures, ParamGrid } from '../../../workers/api.ts';

/** The grid fields the view edits, as text. */
export interface GridText {
  readonly nEstimators: string;
  readonly maxDepth: string;
  readonly maxFeatures: string;
  readonly minSamplesLeaf: string;
}

/** The reference's 27 points (sklearn: n_estimators 50/100/200, max_depth None/10/20, max_features sqrt/0.5/1.0). */
export const REFERENCE_GRID: GridText = {
  nEstimators: '50, 100, 200',
  maxDepth: 'none, 10, 20',
  maxFeatures: 'sqrt, 0.5, 1.0',
  minSamplesLeaf: '1',
};
/** Four points: a first look in seconds. */
export const QUICK_GRID: GridText = {
  nEstimators: '50',
  maxDepth: 'none, 10',
  maxFeatures: 'sqrt, 0.5',
  minSamplesLeaf: '1',
};

type Parsed<T> = { readonly values: T[] } | { readonly error: string };

function split(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseList<T>(
  text: string,
  label: string,
  one: (token: string) => T | undefined,
  hint: string,
): Parsed<T> {
  const tokens = split(text);
  if (tokens.length === 0) return { error: `${label}: give at least one value (${hint}).` };
  const values: T[] = [];
  for (const t of tokens) {
    const v = one(t);
    if (v === undefined) return { error: `${label}: "${t}" is not ${hint}.` };
    if (!values.includes(v)) values.push(v);
  }
  return { values };
}

const int = (min: number) => (t: string) =>
  /^\d+$/.test(t) && Number(t) >= min ? Number(t) : undefined;

/** The grid of the typed values, or the first problem found. */
export function parseGrid(text: GridText): { grid: ParamGrid; points: number } | { error: string } {
  const nEstimators = parseList(text.nEstimators, 'Trees', int(1), 'a whole number ≥ 1');
  if ('error' in nEstimators) return nEstimators;
  const maxDepth = parseList<number | null>(
    text.maxDepth,
    'Max depth',
    (t) => (/^(none|null|∞)$/i.test(t) ? null : int(1)(t)),
    '"none" or a whole number ≥ 1',
  );
  if ('error' in maxDepth) return maxDepth;
  const maxFeatures = parseList<MaxFeatures>(
    text.maxFeatures,
    'Max features',
    (t) => {
      if (t === 'sqrt' || t === 'log2' || t === 'all') return t;
      const v = Number(t);
      return /^\d*\.?\d+$/.test(t) && ((v > 0 && v <= 1) || (Number.isInteger(v) && v >= 2))
        ? v
        : undefined;
    },
    'sqrt, log2, all, a share in (0, 1] or a count ≥ 2',
  );
  if ('error' in maxFeatures) return maxFeatures;
  const minSamplesLeaf = parseList(
    text.minSamplesLeaf,
    'Min samples per leaf',
    int(1),
    'a whole number ≥ 1',
  );
  if ('error' in minSamplesLeaf) return minSamplesLeaf;
  const grid: ParamGrid = {
    nEstimators: nEstimators.values,
    maxDepth: maxDepth.values,
    maxFeatures: maxFeatures.values,
    minSamplesLeaf: minSamplesLeaf.values,
  };
  return {
    grid,
    points:
      nEstimators.values.length *
      maxDepth.values.length *
      maxFeatures.values.length *
      minSamplesLeaf.values.length,
  };
}

/** A grid value for a label: null depth is "none". */
export function formatParam(value: unknown): string {
  return value === null ? 'none' : String(value);
}

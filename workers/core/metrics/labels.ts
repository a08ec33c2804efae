import { MurmurError } from '../errors/index.ts';

/** A class label: sentiment evaluation uses strings ('negative'), models may use numbers. */
export type Label = string | number;

/**
 * The distinct labels of one or more label arrays, sorted as sklearn's `unique_labels`:
 * numbers ascending, strings by code unit. Mixing strings and numbers is a caller bug.
 */
export function sortedLabels(...arrays: readonly (readonly Label[])[]): Label[] {
  const seen = new Set<Label>();
  for (const a of arrays) for (const l of a) seen.add(l);
  const out = [...seen];
  const strings = out.filter((l) => typeof l === 'string').length;
  if (strings > 0 && strings < out.length) {
    throw new MurmurError(
      'INVALID_OPTIONS',
      'Labels mix strings and numbers.',
      'Use one type for all labels, e.g. convert numbers to strings.',
    );
  }
  return strings > 0 ? out.sort() : out.sort((a, b) => (a as number) - (b as number));
}

/** Throws when two paired arrays differ in length or are empty (a caller bug, not a user error). */
export function assertPaired(a: ArrayLike<unknown>, b: ArrayLike<unknown>, what: string): void {
  if (a.length !== b.length) {
    throw new MurmurError(
      'INVALID_OPTIONS',
      `${what}: ${a.length} true values but ${b.length} predictions.`,
      'Pass one prediction per true value.',
    );
  }
  if (a.length === 0)
    throw new MurmurError(
      'INVALID_OPTIONS',
      `${what}: no values to score.`,
      'Score at least one row.',
    );
}

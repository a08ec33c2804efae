/** Fitting the fill value of a column's missing-value strategy (sklearn `SimpleImputer` semantics). */
import { fail, ok, type Result } from '../errors/index.ts';
import { mean, median, modeOfNumbers, rankedCounts } from './statistics.ts';
import {
  MISSING_LABEL,
  type CategoricalMissingStrategy,
  type NumericMissingStrategy,
} from './types.ts';

function noValues<T>(name: string, what: string): Result<T> {
  return fail(
    'COLUMN_WRONG_TYPE',
    `Column "${name}" has no values to take the ${what} of: every row is missing.`,
    'Fill it with a constant, or leave the column out.',
  );
}

function needsConstant<T>(name: string, what: string): Result<T> {
  return fail(
    'INVALID_OPTIONS',
    `Column "${name}" uses the "constant" missing-value strategy but has no ${what} fill value.`,
    'Give a fill value, or pick another strategy.',
  );
}

/**
 * The fill for a numeric column from its present (non-NaN) values: median, mean, or mode (ties to
 * the smallest), as `SimpleImputer`; `fillValue` for 'constant'; null for 'drop'.
 */
export function fitNumericFill(
  name: string,
  present: ArrayLike<number>,
  strategy: NumericMissingStrategy,
  fillValue?: number,
): Result<number | null> {
  if (strategy === 'drop') return ok(null);
  if (strategy === 'constant') {
    if (fillValue === undefined || !Number.isFinite(fillValue))
      return needsConstant(name, 'finite number');
    return ok(fillValue);
  }
  if (present.length === 0) return noValues(name, strategy);
  return ok(
    strategy === 'median'
      ? median(present)
      : strategy === 'mean'
        ? mean(present)
        : modeOfNumbers(present),
  );
}

/**
 * The fill for a categorical column from its present values: the most frequent (ties to the first
 * in code-point order, as `SimpleImputer(strategy='most_frequent')`), `fillValue`, or `__missing__`.
 */
export function fitCategoricalFill(
  name: string,
  present: readonly string[],
  strategy: CategoricalMissingStrategy,
  fillValue?: string,
): Result<string | null> {
  switch (strategy) {
    case 'drop':
      return ok(null);
    case 'category':
      return ok(MISSING_LABEL);
    case 'constant':
      return fillValue === undefined ? needsConstant(name, 'text') : ok(fillValue);
    case 'mode': {
      const top = rankedCounts(present)[0];
      return top === undefined ? noValues(name, 'most frequent value') : ok(top[0]);
    }
  }
}

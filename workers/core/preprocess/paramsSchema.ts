/**
 * Reading preprocessing params back from JSON (a saved model, an imported bundle): checked in
 * full, so `applyPreprocess` never meets a malformed or hand-edited object.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import type { PreprocessParams } from './types.ts';

const name = z.string().min(1);
const finite = z.number(); // zod 4 numbers refuse NaN and ±Infinity

const scaler = z.discriminatedUnion('method', [
  z.object({ method: z.literal('none') }),
  z.object({ method: z.literal('zscore'), mean: finite, std: finite.positive() }),
  z
    .object({ method: z.literal('minmax'), min: finite, max: finite })
    .refine((m) => m.min <= m.max, { message: 'min must not exceed max' }),
  z.object({ method: z.literal('robust'), median: finite, iqr: finite.positive() }),
]);

/** Text-cleaning options as saved (all fields present); also used by the bundle schema. */
export const cleanOptionsSchema = z.object({
  lowercase: z.boolean(),
  decodeEntities: z.boolean(),
  removeUrls: z.boolean(),
  mentions: z.enum(['remove', 'keep']),
  hashtags: z.enum(['keep', 'strip', 'remove']),
  keepEmoji: z.boolean(),
  removeSpecial: z.boolean(),
  stopwords: z.union([z.literal('english'), z.literal('none'), z.array(z.string())]),
  keepNegations: z.boolean(),
});

const column = z.discriminatedUnion('kind', [
  z.object({
    name,
    kind: z.literal('numeric'),
    missing: z.enum(['drop', 'median', 'mean', 'mode', 'constant']),
    fill: finite.nullable(),
    log1p: z.boolean(),
    scaler,
  }),
  z.object({
    name,
    kind: z.literal('categorical'),
    missing: z.enum(['drop', 'mode', 'constant', 'category']),
    fill: z.string().nullable(),
    encoding: z.enum(['onehot', 'ordinal']),
    levels: z.array(z.string()),
    otherColumn: z.boolean(),
  }),
  z.object({
    name,
    kind: z.literal('text'),
    missing: z.enum(['drop', 'constant']),
    fill: z.string().nullable(),
    clean: cleanOptionsSchema,
  }),
  z.object({ name, kind: z.literal('hashtags'), missing: z.enum(['empty', 'drop']) }),
]);

const params = z.object({
  version: z.number().int(),
  missingTokens: z.array(z.string()),
  columns: z.array(column).min(1),
  fittedRows: z.number().int().nonnegative(),
  droppedRows: z.number().int().nonnegative(),
}) satisfies z.ZodType<Omit<PreprocessParams, 'version'> & { version: number }>;

/** Checks parsed JSON as `PreprocessParams`; BUNDLE_TOO_NEW for a later version, BUNDLE_INVALID otherwise. */
export function parsePreprocessParams(json: unknown): Result<PreprocessParams> {
  const parsed = params.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return fail(
      'BUNDLE_INVALID',
      `The saved preprocessing is not valid${where}: ${issue?.message ?? 'unknown problem'}.`,
      'Re-save the model from Murmur, or train it again.',
    );
  }
  const value = parsed.data;
  if (value.version > 1)
    return fail(
      'BUNDLE_TOO_NEW',
      `The saved preprocessing is version ${value.version}; this Murmur reads version 1.`,
      'Update Murmur to open this model.',
    );
  if (value.version !== 1)
    return fail(
      'BUNDLE_INVALID',
      `The saved preprocessing has an unknown version (${value.version}).`,
      'Re-save the model from Murmur, or train it again.',
    );
  const names = value.columns.map((c) => c.name);
  if (new Set(names).size !== names.length)
    return fail(
      'BUNDLE_INVALID',
      'The saved preprocessing lists a column twice.',
      'Re-save the model from Murmur, or train it again.',
    );
  return ok({ ...value, version: 1 });
}

/**
 * What a bundle's engagement model must prove before it scores a post, beyond its JSON shape:
 * - alignment: the features its builder makes, rebuilt from its spec and fitted preprocessing,
 *   are the ones it lists, in order, and the ones its forest was trained on (a column or a
 *   category level out of place would feed every split the wrong number);
 * - possible values: time fills on the calendar, leaves and node means finite and inside the
 *   training target's range, probabilities that are probabilities, weights that are numbers.
 * Messages name the path and what is wrong; alignment failures name the feature.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { outputNames, timePartsOf } from '../features/featureBuilder.ts';
import type { FeatureParams, TimePart } from '../features/types.ts';
import type { ForestModel } from '../forest/forest.ts';
import type { ColumnParams } from '../preprocess/types.ts';
import type { EngagementPart, MlpPart } from './bundle.ts';
import { base64ToFloat32 } from './typedBase64.ts';

const HINT = 'Export the model again from Murmur.';
const mismatch = <T>(message: string): Result<T> => fail('BUNDLE_MISMATCH', message, HINT);
const invalid = <T>(message: string): Result<T> => fail('BUNDLE_INVALID', message, HINT);
const n = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** Each spec setting that changes a column's numbers must agree with its fitted preprocessing. */
function checkSpecAgainstParams(features: FeatureParams): Result<true> {
  const { spec, preprocess } = features;
  const wanted = [...spec.numeric, ...spec.categorical];
  const params = new Map<string, ColumnParams>(preprocess?.columns.map((c) => [c.name, c]) ?? []);
  const path = 'engagement.features.preprocess.columns';
  if (wanted.length !== params.size || (wanted.length === 0) !== (preprocess === null))
    return mismatch(
      `${path}: the spec reads ${wanted.length} numeric and category columns but the preprocessing holds ${params.size}.`,
    );
  for (const f of spec.numeric) {
    const p = params.get(f.column.name);
    if (p?.kind !== 'numeric')
      return mismatch(`${path}: "${f.column.name}" is a numeric feature with no numeric params.`);
    if ((f.spec.log1p ?? false) !== p.log1p)
      return mismatch(
        `${path}: "${f.column.name}": the spec says log1p ${f.spec.log1p ?? false}, the params ${p.log1p}.`,
      );
    if ((f.spec.scale ?? 'none') !== p.scaler.method)
      return mismatch(
        `${path}: "${f.column.name}": the spec scales by ${f.spec.scale ?? 'none'}, the params by ${p.scaler.method}.`,
      );
    if (p.fill === null)
      return invalid(`${path}: "${f.column.name}" has no fill for a missing value.`);
  }
  for (const f of spec.categorical) {
    const p = params.get(f.column.name);
    if (p?.kind !== 'categorical')
      return mismatch(`${path}: "${f.column.name}" is a category feature with no category params.`);
    if ((f.spec.encoding ?? 'onehot') !== p.encoding)
      return mismatch(
        `${path}: "${f.column.name}": the spec encodes ${f.spec.encoding ?? 'onehot'}, the params ${p.encoding}.`,
      );
    if (new Set(p.levels).size !== p.levels.length)
      return invalid(`${path}: "${f.column.name}" lists a category level twice.`);
    if (p.missing === 'drop' || (p.fill === null && p.missing !== 'category'))
      return invalid(`${path}: "${f.column.name}" has no fill for a missing value.`);
  }
  return ok(true);
}

/** The first position where two name lists differ, described; null when equal. */
function firstDifference(
  listed: readonly string[],
  made: readonly string[],
  listedBy: string,
  madeBy: string,
  path: string,
): string | null {
  for (let i = 0; i < Math.max(listed.length, made.length); i++) {
    if (listed[i] === made[i]) continue;
    const at = `${path}.${i}`;
    if (i >= listed.length)
      return `${at}: ${madeBy} makes ${made.length} features but ${listedBy} lists ${listed.length}; the first missing is "${made[i]}".`;
    if (i >= made.length)
      return `${at}: ${listedBy} lists ${listed.length} features but ${madeBy} makes ${made.length}; "${listed[i]}" is extra.`;
    return `${at}: feature ${i + 1} is "${listed[i]}" in ${listedBy} but "${made[i]}" in ${madeBy}, so the model would read the wrong column.`;
  }
  return null;
}

/**
 * The features the builder makes are the ones it lists, in order, and the forest's: rebuilt from
 * the spec and fitted preprocessing, not taken on trust. BUNDLE_MISMATCH naming the first feature
 * out of place.
 */
export function checkFeatureAlignment(features: FeatureParams, forest: ForestModel): Result<true> {
  const settings = checkSpecAgainstParams(features);
  if (!settings.ok) return settings;
  const made = outputNames(features.spec, features.preprocess);
  if (!made.ok)
    return mismatch(`engagement.features: ${made.error.message} ${made.error.hint ?? ''}`.trim());
  const own = firstDifference(
    features.names,
    made.value,
    'the bundle',
    'its preprocessing',
    'engagement.features.names',
  );
  if (own) return mismatch(own);
  if (forest.featureNames.length > 0) {
    const trained = firstDifference(
      forest.featureNames,
      features.names,
      'the forest',
      'the feature builder',
      'engagement.forest.featureNames',
    );
    if (trained) return mismatch(trained);
  }
  return ok(true);
}

/** Calendar bounds of each time part's fill (pandas `dt.hour`, `dt.dayofweek`, `dt.month`, `dt.year`). */
const TIME_BOUNDS: Readonly<Record<TimePart, readonly [number, number]>> = {
  hour: [0, 23],
  day_of_week: [0, 6],
  month: [1, 12],
  year: [1, 9999],
};

/** Every time part the builder makes has a whole-number fill on the calendar. */
export function checkTimeFill(features: FeatureParams): Result<true> {
  for (const part of timePartsOf(features.spec)) {
    const fill = features.timeFill[part];
    const [lo, hi] = TIME_BOUNDS[part];
    const at = `engagement.features.timeFill.${part}`;
    if (fill === undefined)
      return invalid(`${at}: missing; a post with no readable time needs it (${lo} to ${hi}).`);
    if (!Number.isInteger(fill) || fill < lo || fill > hi)
      return invalid(`${at}: ${n(fill)} is not a ${part.replace('_', ' ')} (${lo} to ${hi}).`);
  }
  return ok(true);
}

/** Relative slack for values that were rounded on their way into the bundle (float32 node means). */
const SLACK = 1e-6;

/** The interval the forest's leaves and node means must lie in, with slack for float32 rounding. */
function valueBounds(part: EngagementPart, nTrees: number): { lo: number; hi: number } {
  if (part.task === 'classification') return { lo: -SLACK, hi: 1 + SLACK };
  // sums over the trees must stay finite even when the range is unknown
  const safe = Number.MAX_VALUE / Math.max(1, nTrees) / 2;
  const r = part.targetRange?.learned;
  if (!r) return { lo: -safe, hi: safe };
  const slack = SLACK * Math.max(1, Math.abs(r.min), Math.abs(r.max));
  return { lo: Math.max(-safe, r.min - slack), hi: Math.min(safe, r.max + slack) };
}

/** expm1 turns a learned value back into a count: past this it is Infinity. */
const MAX_LOG1P_VALUE = Math.log1p(Number.MAX_VALUE);

/**
 * The forest's numbers can only make finite predictions of the kind its task promises: a
 * classifier with two classes (0 and 1) and leaves that are class shares summing to 1; a
 * regressor whose leaves lie in its training target's range (and whose log1p target comes back
 * as a finite count); node means inside the same bounds.
 */
export function checkForestValues(
  part: EngagementPart,
  forest: ForestModel,
  nodeMeans: Float32Array,
): Result<true> {
  const nTrees = forest.treeRoot.length;
  if (part.task === 'classification') {
    const classes = forest.classes.map(String);
    if (classes.length !== 2 || !classes.includes('0') || !classes.includes('1'))
      return invalid(
        `engagement.forest.classes: an engagement classifier predicts classes 0 and 1, found ${JSON.stringify(forest.classes).slice(0, 60)}.`,
      );
  }
  const range = part.targetRange;
  if (range) {
    if (part.task === 'classification' && (range.learned.min < 0 || range.learned.max > 1))
      return invalid('engagement.targetRange.learned: a classifier learns 0 and 1.');
    if (part.task === 'regression') {
      const expected = part.target.log1p
        ? { min: Math.log1p(range.raw.min), max: Math.log1p(range.raw.max) }
        : range.raw;
      const off = (a: number, b: number) => Math.abs(a - b) > SLACK * Math.max(1, Math.abs(b));
      if (off(range.learned.min, expected.min) || off(range.learned.max, expected.max))
        return mismatch(
          `engagement.targetRange: the learned range ${n(range.learned.min)} to ${n(range.learned.max)} is not the raw range ${n(range.raw.min)} to ${n(range.raw.max)}${part.target.log1p ? ' after log1p' : ''}, so target.log1p does not describe this model.`,
        );
    }
  }
  const { lo, hi } = valueBounds(part, nTrees);
  const top = part.task === 'regression' && part.target.log1p ? Math.min(hi, MAX_LOG1P_VALUE) : hi;
  const k = forest.nOutputs;
  const leaves = forest.leafValue;
  const describe =
    part.task === 'classification'
      ? 'a class share (0 to 1)'
      : 'inside the training target’s range';
  for (let i = 0; i < leaves.length; i++) {
    const v = leaves[i]!;
    if (!(v >= lo && v <= top))
      return invalid(
        `engagement.forest.leafValue: entry ${i} is ${n(v)}, not ${describe}${range && part.task === 'regression' ? ` (${n(range.learned.min)} to ${n(range.learned.max)})` : ''}.`,
      );
  }
  if (k > 1)
    for (let leaf = 0; leaf * k < leaves.length; leaf++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += leaves[leaf * k + c]!;
      if (Math.abs(sum - 1) > 1e-6)
        return invalid(
          `engagement.forest.leafValue: leaf ${leaf}'s class shares add up to ${n(sum)}, not 1.`,
        );
    }
  for (let i = 0; i < nodeMeans.length; i++) {
    const v = nodeMeans[i]!;
    if (!(v >= lo && v <= top))
      return invalid(`engagement.nodeMeans: split node ${i} has mean ${n(v)}, not ${describe}.`);
  }
  for (let i = 0; i < forest.featureImportances.length; i++)
    if (!(forest.featureImportances[i]! >= 0 && forest.featureImportances[i]! <= 1 + SLACK))
      return invalid(`engagement.forest.featureImportances: entry ${i} is not a share (0 to 1).`);
  return ok(true);
}

/** The network's weights are finite numbers (the schema checked its scalars). */
export function checkMlpWeights(mlp: MlpPart): Result<true> {
  for (const [i, l] of mlp.layers.entries())
    for (const name of ['kernel', 'bias'] as const) {
      const w = base64ToFloat32(l[name]);
      if (w && !w.every(Number.isFinite))
        return invalid(`engagement.mlp.layers.${i}.${name}: weights must be finite numbers.`);
    }
  return ok(true);
}

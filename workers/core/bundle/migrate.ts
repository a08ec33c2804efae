/**
 * Bundles from earlier schema versions, brought to the current one. Version 1 (the first
 * engagement bundles, e.g. from `murmur train --save` before the Models feature) held the feature
 * builder at the top level and the forest as `serializeForest` writes it, with node means as
 * float32: version 2 moves the builder into the engagement part and packs the forest. Version 3
 * adds the engagement target's range (and, in files, the checksum).
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { deserializeForest, type SerializedForest } from '../forest/serialize.ts';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION } from './format.ts';
import { packForest, packNodeMeans } from './packedForest.ts';
import { base64ToFloat32 } from './typedBase64.ts';

const invalid = <T>(why: string): Result<T> =>
  fail(
    'BUNDLE_INVALID',
    `This is not a Murmur bundle: ${why}.`,
    'Export the model again from Murmur, or pick the JSON file it exported.',
  );

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 → 2: the feature builder joins the engagement part, the forest and node means are packed. */
function fromVersion1(v1: Json): Result<Json> {
  const { features, engagement, schemaVersion: _version, ...envelope } = v1;
  if (!isObject(engagement))
    return invalid('engagement: a version-1 bundle must hold an engagement model');
  if (!isObject(features) || features['kind'] !== 'murmur.features')
    return invalid('features: a version-1 bundle must hold its feature builder');
  const forest = deserializeForest(engagement['forest']);
  if (!forest.ok)
    return fail(forest.error.code, `engagement.forest: ${forest.error.message}`, forest.error.hint);
  const means =
    typeof engagement['nodeMeans'] === 'string' ? base64ToFloat32(engagement['nodeMeans']) : null;
  if (!means || means.length !== forest.value.feature.length) {
    return invalid(
      `engagement.nodeMeans: expected ${forest.value.feature.length.toLocaleString('en-US')} float32 values, found ${means ? means.length.toLocaleString('en-US') : 'none'}`,
    );
  }
  // the rest of the part is checked by the version-2 schema
  const part = {
    ...engagement,
    features,
    forest: packForest(forest.value, engagement['forest'] as SerializedForest),
    nodeMeans: packNodeMeans(forest.value, means),
  };
  return ok({ ...envelope, schemaVersion: 2, dataset: '', engagement: part });
}

/**
 * Version 2 → 3: the engagement part gains its target range, unknown for an older bundle (null:
 * its leaves are then only checked to be finite and safe to add up). The checksum that version 3
 * files carry is checked before migration (integrity.ts), so it is not part of the bundle here.
 */
function fromVersion2(v2: Json): Result<Json> {
  const { engagement } = v2;
  if (engagement === undefined) return ok({ ...v2, schemaVersion: 3 });
  if (!isObject(engagement)) return invalid('engagement: expected an object');
  return ok({ ...v2, schemaVersion: 3, engagement: { ...engagement, targetRange: null } });
}

const STEPS: Readonly<Record<number, (bundle: Json) => Result<Json>>> = {
  1: fromVersion1,
  2: fromVersion2,
};

/**
 * The value as a current-version bundle object (not yet validated), with the version it came
 * from. BUNDLE_INVALID for foreign JSON, BUNDLE_TOO_NEW for a later schema version.
 */
export function migrateBundle(value: unknown): Result<{ bundle: Json; from: number }> {
  if (!isObject(value))
    return invalid(
      Array.isArray(value) ? 'it is a JSON array, not an object' : 'it is not a JSON object',
    );
  if (value['format'] !== BUNDLE_FORMAT)
    return invalid(
      `the "format" field is ${value['format'] === undefined ? 'missing' : JSON.stringify(value['format']).slice(0, 40)}, not "${BUNDLE_FORMAT}" (is this another app's JSON?)`,
    );
  const from = value['schemaVersion'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return invalid('schemaVersion: expected a whole number ≥ 1');
  if (from > BUNDLE_SCHEMA_VERSION) {
    return fail(
      'BUNDLE_TOO_NEW',
      `This bundle uses schema version ${from}; this Murmur reads versions 1 to ${BUNDLE_SCHEMA_VERSION}.`,
      'Update Murmur to open it, or export it again from the version that made it.',
    );
  }
  let bundle: Json = value;
  for (let v = from; v < BUNDLE_SCHEMA_VERSION; v++) {
    const step = STEPS[v]!(bundle);
    if (!step.ok) return step;
    bundle = step.value;
  }
  return ok({ bundle, from });
}

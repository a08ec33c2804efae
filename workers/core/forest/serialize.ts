import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import type { ForestModel } from './forest.ts';
import { resolveParams } from './params.ts';

/** Format tag and version of serialised forests; bump the version when the layout changes. */
export const FOREST_FORMAT = 'murmur-forest';
export const FOREST_FORMAT_VERSION = 1;

/** A forest as plain JSON: the typed arrays as base64 of their little-endian bytes. */
export interface SerializedForest {
  readonly format: typeof FOREST_FORMAT;
  readonly version: number;
  readonly kind: ForestModel['kind'];
  readonly nFeatures: number;
  readonly featureNames: readonly string[];
  readonly classes: readonly (string | number)[];
  readonly nOutputs: number;
  readonly params: ForestModel['params'];
  readonly arrays: Readonly<Record<ArrayName, string>>;
}

type ArrayName = 'treeStart' | 'feature' | 'threshold' | 'right' | 'leafValue' | 'featureImportances';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The array's bytes in little-endian order (a view when the platform is little-endian). */
function leBytes(a: Int32Array | Float64Array): Uint8Array {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return LITTLE_ENDIAN ? bytes : swapBytes(bytes.slice(), a.BYTES_PER_ELEMENT);
}

function swapBytes(bytes: Uint8Array, size: number): Uint8Array {
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes;
}

/** The forest as JSON-safe data; deserializeForest gives back a model with bit-identical predictions. */
export function serializeForest(model: ForestModel): SerializedForest {
  const arrays = {
    treeStart: bytesToBase64(leBytes(model.treeStart)),
    feature: bytesToBase64(leBytes(model.feature)),
    threshold: bytesToBase64(leBytes(model.threshold)),
    right: bytesToBase64(leBytes(model.right)),
    leafValue: bytesToBase64(leBytes(model.leafValue)),
    featureImportances: bytesToBase64(leBytes(model.featureImportances)),
  };
  return {
    format: FOREST_FORMAT,
    version: FOREST_FORMAT_VERSION,
    kind: model.kind,
    nFeatures: model.nFeatures,
    featureNames: model.featureNames,
    classes: model.classes,
    nOutputs: model.nOutputs,
    params: model.params,
    arrays,
  };
}

const envelope = z.object({
  format: z.literal(FOREST_FORMAT),
  version: z.number().int(),
  kind: z.enum(['regression', 'classification']),
  nFeatures: z.number().int().min(1),
  featureNames: z.array(z.string()),
  classes: z.array(z.union([z.string(), z.number()])),
  nOutputs: z.number().int().min(1),
  params: z.record(z.string(), z.unknown()),
  arrays: z.object({
    treeStart: z.string(),
    feature: z.string(),
    threshold: z.string(),
    right: z.string(),
    leafValue: z.string(),
    featureImportances: z.string(),
  }),
});

function decode<T extends Int32Array | Float64Array>(text: string, make: (buffer: ArrayBuffer) => T, size: number): T | null {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length % size !== 0) return null;
  return make((LITTLE_ENDIAN ? bytes : swapBytes(bytes, size)).buffer as ArrayBuffer);
}

/**
 * A forest from serializeForest output (or JSON.parse of it). Checks the structure fully (every
 * child index points forward inside its tree, every leaf index exists) so a damaged or hostile file
 * fails with BUNDLE_INVALID (BUNDLE_TOO_NEW for a later format) instead of hanging a prediction.
 */
export function deserializeForest(data: unknown): Result<ForestModel> {
  const invalid = (why: string): Result<ForestModel> => fail('BUNDLE_INVALID', `This is not a valid Murmur forest: ${why}.`, 'Export the model again from Murmur.');
  const parsed = envelope.safeParse(data);
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
  const e = parsed.data;
  if (e.version > FOREST_FORMAT_VERSION) return fail('BUNDLE_TOO_NEW', `The forest uses format version ${e.version}; this Murmur reads up to ${FOREST_FORMAT_VERSION}.`, 'Update Murmur to open it.');
  const params = resolveParams(e.params, e.kind);
  if (!params.ok) return invalid(params.error.message);
  const treeStart = decode(e.arrays.treeStart, (b) => new Int32Array(b), 4);
  const feature = decode(e.arrays.feature, (b) => new Int32Array(b), 4);
  const threshold = decode(e.arrays.threshold, (b) => new Float64Array(b), 8);
  const right = decode(e.arrays.right, (b) => new Int32Array(b), 4);
  const leafValue = decode(e.arrays.leafValue, (b) => new Float64Array(b), 8);
  const featureImportances = decode(e.arrays.featureImportances, (b) => new Float64Array(b), 8);
  if (!treeStart || !feature || !threshold || !right || !leafValue || !featureImportances) return invalid('an array is not valid base64');
  const k = e.kind === 'regression' ? 1 : e.classes.length;
  if (e.nOutputs !== k) return invalid(`${e.nOutputs} outputs for ${e.kind} with ${e.classes.length} classes`);
  const nodes = feature.length;
  if (threshold.length !== nodes || right.length !== nodes) return invalid('node arrays differ in length');
  if (featureImportances.length !== e.nFeatures) return invalid('feature importances do not match the feature count');
  if (leafValue.length % k !== 0) return invalid('leaf values do not match the output count');
  const nLeaves = leafValue.length / k;
  if (treeStart.length < 2 || treeStart[0] !== 0 || treeStart[treeStart.length - 1] !== nodes) return invalid('tree offsets do not cover the nodes');
  for (let t = 0; t + 1 < treeStart.length; t++) {
    const end = treeStart[t + 1]!;
    if (end <= treeStart[t]!) return invalid(`tree ${t} is empty`);
    for (let i = treeStart[t]!; i < end; i++) {
      const f = feature[i]!;
      if (f < 0) {
        if (f !== -1 || right[i]! < 0 || right[i]! >= nLeaves) return invalid(`leaf ${i} is malformed`);
      } else if (f >= e.nFeatures || !Number.isFinite(threshold[i]!) || i + 1 >= end || right[i]! <= i + 1 || right[i]! >= end) {
        return invalid(`node ${i} is malformed`);
      }
    }
  }
  return ok({
    kind: e.kind,
    nFeatures: e.nFeatures,
    featureNames: e.featureNames,
    classes: e.classes,
    nOutputs: k,
    params: params.value,
    treeStart,
    feature,
    threshold,
    right,
    leafValue,
    featureImportances,
  });
}

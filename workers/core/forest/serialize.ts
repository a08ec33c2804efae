import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import type { ForestModel } from './forest.ts';
import { resolveParams } from './params.ts';

/** Format tag and version of serialised forests; bump the version when the layout changes. */
export const FOREST_FORMAT = 'murmur-forest';
export const FOREST_FORMAT_VERSION = 1;

/**
 * A forest as plain JSON: typed arrays as base64 of their little-endian bytes. Child references
 * are not stored: `shape` lists each tree's nodes in preorder (1 = split, 0 = leaf), from which
 * the references are rebuilt on load (a byte per node instead of eight per split).
 */
export interface SerializedForest extends ForestHeader {
  readonly format: typeof FOREST_FORMAT;
  readonly version: number;
  readonly arrays: Readonly<Record<ArrayName, string>>;
}

/** What every stored form of a forest says about it besides its nodes. */
export interface ForestHeader {
  readonly kind: ForestModel['kind'];
  readonly nFeatures: number;
  readonly featureNames: readonly string[];
  readonly classes: readonly (string | number)[];
  readonly nOutputs: number;
  readonly nTrees: number;
  readonly params: ForestModel['params'];
}

type ArrayName = 'shape' | 'feature' | 'threshold' | 'leafValue' | 'featureImportances';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The array's bytes in little-endian order (a view when the platform is little-endian). */
function leBytes(a: Uint8Array | Int32Array | Float64Array): Uint8Array {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return LITTLE_ENDIAN || a.BYTES_PER_ELEMENT === 1
    ? bytes
    : swapBytes(bytes.slice(), a.BYTES_PER_ELEMENT);
}

function swapBytes(bytes: Uint8Array, size: number): Uint8Array {
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes;
}

/** Every tree's nodes in preorder, 1 for a split and 0 for a leaf. */
function treeShapes(model: ForestModel): Uint8Array {
  const shape = new Uint8Array(model.feature.length + model.leafValue.length / model.nOutputs);
  const stack = new Int32Array(model.feature.length + 2);
  let pos = 0;
  for (const root of model.treeRoot) {
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const ref = stack[--top]!;
      shape[pos++] = ref >= 0 ? 1 : 0;
      if (ref >= 0) {
        stack[top++] = model.right[ref]!;
        stack[top++] = model.left[ref]!;
      }
    }
  }
  return shape;
}

/** The forest as JSON-safe data; deserializeForest gives back a model with bit-identical predictions. */
export function serializeForest(model: ForestModel): SerializedForest {
  return {
    format: FOREST_FORMAT,
    version: FOREST_FORMAT_VERSION,
    kind: model.kind,
    nFeatures: model.nFeatures,
    featureNames: model.featureNames,
    classes: model.classes,
    nOutputs: model.nOutputs,
    nTrees: model.treeRoot.length,
    params: model.params,
    arrays: {
      shape: bytesToBase64(treeShapes(model)),
      feature: bytesToBase64(leBytes(model.feature)),
      threshold: bytesToBase64(leBytes(model.threshold)),
      leafValue: bytesToBase64(leBytes(model.leafValue)),
      featureImportances: bytesToBase64(leBytes(model.featureImportances)),
    },
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
  nTrees: z.number().int().min(1),
  params: z.record(z.string(), z.unknown()),
  arrays: z.object({
    shape: z.string(),
    feature: z.string(),
    threshold: z.string(),
    leafValue: z.string(),
    featureImportances: z.string(),
  }),
});

function decode<T extends Int32Array | Float64Array>(
  text: string,
  make: (buffer: ArrayBuffer) => T,
  size: number,
): T | null {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length % size !== 0) return null;
  return make((LITTLE_ENDIAN ? bytes : swapBytes(bytes, size)).buffer as ArrayBuffer);
}

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Rebuilds roots and child references from each tree's nodes in preorder (`kinds`: 1 split, 0
 * leaf), checking that they describe exactly nTrees complete trees over `splits` split nodes and
 * `leaves` leaves. Returns a reason otherwise. Shared by both stored forms (this file's and the
 * bundle's packed one), which differ only in how they write the kinds.
 */
export function linksFromPreorder(
  kinds: ArrayLike<number>,
  nTrees: number,
  splits: number,
  leaves: number,
): Pick<ForestModel, 'treeRoot' | 'left' | 'right'> | string {
  // every tree has a node, and n splits make n + 1 leaves per tree: checked before any allocation
  if (!(Number.isInteger(nTrees) && nTrees >= 1 && nTrees <= kinds.length))
    return `${count(nTrees)} trees cannot fit in ${count(kinds.length)} nodes`;
  if (!(splits >= 0 && leaves === splits + nTrees && splits + leaves === kinds.length))
    return `${count(splits)} splits and ${count(leaves)} leaves cannot make ${count(nTrees)} binary trees of ${count(kinds.length)} nodes`;
  const treeRoot = new Int32Array(nTrees);
  const left = new Int32Array(splits);
  const right = new Int32Array(splits);
  const slots = new Int32Array(2 * splits + 2); // (parent, side) pairs waiting for a child
  let pos = 0;
  let inner = 0;
  let leaf = 0;
  for (let t = 0; t < nTrees; t++) {
    let top = 0;
    slots[top++] = -1;
    slots[top++] = 0;
    while (top > 0) {
      const side = slots[--top]!;
      const parent = slots[--top]!;
      if (pos >= kinds.length) return `tree ${t} is cut short`;
      const kind = kinds[pos++]!;
      if (kind > 1) return `node ${pos - 1} has an unknown kind`;
      if (kind === 1 && inner >= splits) return 'more splits than stored';
      if (kind === 0 && leaf >= leaves) return 'more leaves than stored';
      const ref = kind === 1 ? inner : ~leaf;
      if (parent < 0) treeRoot[t] = ref;
      else if (side === 0) left[parent] = ref;
      else right[parent] = ref;
      if (kind === 0) {
        leaf++;
        continue;
      }
      slots[top++] = inner; // right slot below the left one: left is filled first (preorder)
      slots[top++] = 1;
      slots[top++] = inner;
      slots[top++] = 0;
      inner++;
    }
  }
  if (pos !== kinds.length || inner !== splits || leaf !== leaves)
    return 'node counts disagree with the stored arrays';
  return { treeRoot, left, right };
}

/** Known features and finite thresholds at every split; a reason otherwise. */
function checkSplits(
  feature: Int32Array,
  threshold: Float64Array,
  nFeatures: number,
): string | null {
  if (threshold.length !== feature.length) return 'split arrays differ in length';
  for (let i = 0; i < feature.length; i++) {
    if (feature[i]! < 0 || feature[i]! >= nFeatures || !Number.isFinite(threshold[i]!))
      return `split ${i} is malformed`;
  }
  return null;
}

/**
 * A forest from serializeForest output (or JSON.parse of it). Checks the structure fully (every
 * tree complete, every index in range) so a damaged or hostile file fails with BUNDLE_INVALID
 * (BUNDLE_TOO_NEW for a later format) instead of hanging a prediction.
 */
export function deserializeForest(data: unknown): Result<ForestModel> {
  const invalid = (why: string): Result<ForestModel> =>
    fail(
      'BUNDLE_INVALID',
      `This is not a valid Murmur forest: ${why}.`,
      'Export the model again from Murmur.',
    );
  const parsed = envelope.safeParse(data);
  if (!parsed.success)
    return invalid(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
  const e = parsed.data;
  if (e.version > FOREST_FORMAT_VERSION)
    return fail(
      'BUNDLE_TOO_NEW',
      `The forest uses format version ${e.version}; this Murmur reads up to ${FOREST_FORMAT_VERSION}.`,
      'Update Murmur to open it.',
    );
  const params = resolveParams(e.params, e.kind);
  if (!params.ok) return invalid(params.error.message);
  const shape = base64ToBytes(e.arrays.shape);
  const feature = decode(e.arrays.feature, (b) => new Int32Array(b), 4);
  const threshold = decode(e.arrays.threshold, (b) => new Float64Array(b), 8);
  const leafValue = decode(e.arrays.leafValue, (b) => new Float64Array(b), 8);
  const featureImportances = decode(e.arrays.featureImportances, (b) => new Float64Array(b), 8);
  if (!shape || !feature || !threshold || !leafValue || !featureImportances)
    return invalid('an array is not valid base64');
  const k = e.kind === 'regression' ? 1 : e.classes.length;
  if (e.nOutputs !== k)
    return invalid(`${e.nOutputs} outputs for ${e.kind} with ${e.classes.length} classes`);
  if (featureImportances.length !== e.nFeatures)
    return invalid('feature importances do not match the feature count');
  if (leafValue.length % k !== 0) return invalid('leaf values do not match the output count');
  const splitProblem = checkSplits(feature, threshold, e.nFeatures);
  if (splitProblem) return invalid(splitProblem);
  const links = linksFromPreorder(shape, e.nTrees, feature.length, leafValue.length / k);
  if (typeof links === 'string') return invalid(links);
  return ok({
    kind: e.kind,
    nFeatures: e.nFeatures,
    featureNames: e.featureNames,
    classes: e.classes,
    nOutputs: k,
    params: params.value,
    ...links,
    feature,
    threshold,
    leafValue,
    featureImportances,
  });
}

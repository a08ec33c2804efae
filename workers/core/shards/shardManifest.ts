/**
 * The manifest a shard writes beside its scored part: which bundle and which input (by SHA-256 of
 * their bytes), which rows, how long it took, and the tally of its scores (sufficient statistics
 * that add up, see bundle/scoreTally.ts). `murmur aggregate` reads only manifests and checks
 * the parts against them.
 */
import type { TableFormat } from '../csv/types.ts';
import type { ScoreTally, TallyContext } from '../bundle/scoreTally.ts';
import { fail, ok, type Result } from '../errors/index.ts';

export const MANIFEST_FORMAT = 'murmur-score-shard';
export const MANIFEST_VERSION = 1;

export interface FileIdentity {
  /** The file's name as given on the command line. */
  readonly file: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly bytes: number;
}

export interface ShardManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: typeof MANIFEST_VERSION;
  readonly bundle: FileIdentity;
  readonly input: FileIdentity & { readonly format: TableFormat; readonly rows: number };
  /** Shard `index` of `count`: rows [from, to) of the input. */
  readonly shard: {
    readonly index: number;
    readonly count: number;
    readonly from: number;
    readonly to: number;
  };
  readonly output: FileIdentity & { readonly format: TableFormat };
  readonly rows: number;
  readonly seconds: number;
  /** What the summary needs besides the tally: parts scored, classifier or not, the plan's notes. */
  readonly context: TallyContext;
  readonly tally: ScoreTally;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isHex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isFormat = (v: unknown): v is TableFormat => v === 'csv' || v === 'parquet';

function identity(v: unknown): boolean {
  return isObject(v) && typeof v['file'] === 'string' && isHex(v['sha256']) && isCount(v['bytes']);
}

function labels(v: unknown): boolean {
  return isObject(v) && ['negative', 'neutral', 'positive'].every((k) => isCount(v[k]));
}

/** The first field of `m` that is not as a manifest has it, or null. */
function firstProblem(m: Json): string | null {
  if (m['format'] !== MANIFEST_FORMAT) return '"format" is not "murmur-score-shard"';
  if (m['version'] !== MANIFEST_VERSION)
    return `version ${String(m['version'])} is not ${MANIFEST_VERSION}`;
  if (!identity(m['bundle'])) return '"bundle" lacks its file, sha256 or bytes';
  const input = m['input'];
  if (!identity(input) || !isFormat((input as Json)['format']) || !isCount((input as Json)['rows']))
    return '"input" lacks its file, sha256, bytes, format or rows';
  const output = m['output'];
  if (!identity(output) || !isFormat((output as Json)['format']))
    return '"output" lacks its file, sha256, bytes or format';
  const s = m['shard'];
  if (
    !isObject(s) ||
    !isCount(s['index']) ||
    !isCount(s['count']) ||
    !isCount(s['from']) ||
    !isCount(s['to']) ||
    s['index'] >= s['count'] ||
    s['from'] > s['to'] ||
    s['to'] > ((input as Json)['rows'] as number)
  )
    return '"shard" is not an index below its count with rows from ≤ to ≤ the input\'s rows';
  if (!isCount(m['rows']) || m['rows'] !== s['to'] - s['from'])
    return '"rows" is not the size of the shard\'s range';
  if (typeof m['seconds'] !== 'number' || !(m['seconds'] >= 0)) return '"seconds" is missing';
  const c = m['context'];
  if (
    !isObject(c) ||
    !Array.isArray(c['parts']) ||
    !c['parts'].every((p) => typeof p === 'string') ||
    typeof c['classifier'] !== 'boolean' ||
    !Array.isArray(c['notes']) ||
    !c['notes'].every((p) => typeof p === 'string')
  )
    return '"context" lacks its parts, classifier or notes';
  const t = m['tally'];
  if (
    !isObject(t) ||
    t['rows'] !== m['rows'] ||
    !labels(t['sentiment']) ||
    !labels(t['classifier']) ||
    !Array.isArray(t['clusterCounts']) ||
    !t['clusterCounts'].every(isCount) ||
    !isCount(t['clusterNone']) ||
    !Array.isArray(t['engagementSum']) ||
    !t['engagementSum'].every((x) => typeof x === 'number')
  )
    return '"tally" is incomplete or does not count the shard\'s rows';
  return null;
}

/** A parsed manifest checked field by field. Fails with PART_INVALID naming `label` and the first field that is wrong. */
export function readManifest(json: unknown, label: string): Result<ShardManifest> {
  const problem = isObject(json) ? firstProblem(json) : 'it is not a JSON object';
  if (problem)
    return fail(
      'PART_INVALID',
      `${label} is not a shard manifest: ${problem}.`,
      'Give the scored parts that `npm run cli -- score … --shard i/N --out PART` wrote, with their .manifest.json beside them.',
    );
  return ok(json as unknown as ShardManifest);
}

/** Where a part's manifest lives: beside it, named `<part>.manifest.json`. */
export function manifestPath(part: string): string {
  return `${part}.manifest.json`;
}

/**
 * A bundle file's checksum: SHA-256 (Web Crypto, the same `crypto.subtle` in workers, pages and
 * Node 20) of the bundle's canonical JSON: every field but `integrity`, keys sorted, no spaces,
 * numbers as JSON writes them (the scheme of RFC 8785). Canonical, so a file that is only
 * re-indented or re-ordered by an editor still verifies, while any change to a value does not.
 *
 * It proves a file was not damaged or changed by accident since Murmur exported it. It is not a
 * signature: whoever edits a bundle on purpose can compute a new checksum, which is why loading
 * still checks every part (loadBundle.ts).
 */
import { fail, ok, type Result } from '../errors/index.ts';

export const INTEGRITY_ALGORITHM = 'SHA-256';

/** The `integrity` field of a bundle file. */
export interface BundleIntegrity {
  readonly algorithm: typeof INTEGRITY_ALGORITHM;
  /** 64 lower-case hex digits. */
  readonly digest: string;
}

/** Deeper JSON than this is refused before it is walked (a real bundle nests about 10 levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * The canonical JSON text of a parsed JSON value (objects with keys in code-unit order).
 * Throws RangeError past MAX_JSON_DEPTH; `safeJson.ts` refuses such files before this runs.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_JSON_DEPTH) throw new RangeError('JSON nested too deeply');
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k], depth + 1)}`).join(',')}}`;
}

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest(INTEGRITY_ALGORITHM, new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The checksum of a bundle value (its `integrity` field, if any, left out). */
export async function bundleDigest(bundle: Readonly<Record<string, unknown>>): Promise<string> {
  const { integrity: _integrity, ...content } = bundle;
  return sha256Hex(canonicalJson(content));
}

/**
 * The file text of a bundle: its JSON with the checksum first. What the Models view exports,
 * `murmur train --save` writes and `npm run make-default-bundle` ships. The value is written as
 * JSON.stringify reads it (undefined fields left out), and the checksum is taken over that.
 */
export async function bundleFileText(bundle: object): Promise<string> {
  const { integrity: _old, ...content } = JSON.parse(JSON.stringify(bundle)) as Record<
    string,
    unknown
  >;
  const integrity: BundleIntegrity = {
    algorithm: INTEGRITY_ALGORITHM,
    digest: await sha256Hex(canonicalJson(content)),
  };
  return JSON.stringify({ integrity, ...content });
}

const CHANGED_HINT =
  'Export the model again from Murmur (or ask whoever sent it for a fresh copy), then import that file.';

/** How a bundle file's integrity was established. */
export type IntegrityCheck = 'verified' | 'unsigned';

/**
 * Checks the `integrity` field of a parsed bundle file against its content: 'verified' when it
 * matches, 'unsigned' for a file written before bundles carried one (schema version 1 or 2, no
 * field), BUNDLE_CHANGED otherwise (a mismatch, a malformed field, or a current-version file
 * without one).
 */
export async function checkIntegrity(
  value: Readonly<Record<string, unknown>>,
  currentVersion: number,
): Promise<Result<IntegrityCheck>> {
  const field = value['integrity'];
  if (field === undefined) {
    const version = value['schemaVersion'];
    if (typeof version === 'number' && Number.isInteger(version) && version < currentVersion)
      return ok('unsigned');
    return fail(
      'BUNDLE_CHANGED',
      'This bundle has no checksum, so it cannot be told apart from a damaged or edited file: Murmur writes one into every bundle it exports.',
      CHANGED_HINT,
    );
  }
  const f = field as Partial<Record<string, unknown>> | null;
  if (
    typeof f !== 'object' ||
    f === null ||
    f['algorithm'] !== INTEGRITY_ALGORITHM ||
    typeof f['digest'] !== 'string' ||
    !/^[0-9a-f]{64}$/.test(f['digest'])
  )
    return fail(
      'BUNDLE_CHANGED',
      `This bundle's checksum is damaged: "integrity" should name ${INTEGRITY_ALGORITHM} and hold 64 hex digits.`,
      CHANGED_HINT,
    );
  const digest = await bundleDigest(value);
  if (digest !== f['digest'])
    return fail(
      'BUNDLE_CHANGED',
      'This bundle was changed or damaged after it was exported: its content no longer matches the SHA-256 checksum written into it, so its models cannot be trusted.',
      CHANGED_HINT,
    );
  return ok('verified');
}

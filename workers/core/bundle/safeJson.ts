/**
 * Reading untrusted bundle JSON: refused up front when too large, parsed without throwing, and
 * walked for keys that could pollute prototypes when the value is later spread or merged.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { MAX_JSON_DEPTH } from './integrity.ts';

/** Largest bundle file read, bytes (a 200-tree forest on 10k posts is under 10 MB). */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** Refuses a file over `limit` bytes before anything reads it (BUNDLE_TOO_LARGE). */
export function checkBundleSize(bytes: number, limit = MAX_BUNDLE_BYTES): Result<true> {
  if (bytes > limit) {
    return fail(
      'BUNDLE_TOO_LARGE',
      `The file is ${megabytes(bytes)}; a Murmur bundle is at most ${megabytes(limit)}.`,
      'Pick the JSON file Murmur exported (a model bundle is usually a few MB).',
    );
  }
  return ok(true);
}

/** What makes parsed JSON unsafe to walk or merge: a forbidden key, or nesting past MAX_JSON_DEPTH. */
export type JsonHazard = { readonly kind: 'key' | 'depth'; readonly path: string };

/** The first hazard in `value` (iteratively, so deep nesting cannot overflow the stack), or null. */
export function findJsonHazard(value: unknown): JsonHazard | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { kind: 'depth', path: path || '(the bundle)' };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        if (typeof v[i] === 'object')
          stack.push({ value: v[i], path: `${path}.${i}`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'key', path: at };
      stack.push({ value: (v as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** The path of the first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in `value`, or null. */
export function findForbiddenKey(value: unknown): string | null {
  const hazard = findJsonHazard(value);
  return hazard?.kind === 'key' ? hazard.path : null;
}

/**
 * Parses bundle text: BUNDLE_INVALID for text that is not JSON (e.g. a truncated file), holds a
 * forbidden key or nests too deeply. A UTF-8 byte-order mark (some editors save one) is skipped.
 */
export function parseBundleJson(text: string): Result<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    // V8 says "end of JSON input", or names a position at the very end of a cut-off file
    const at = /position (\d+)/.exec(why);
    const cut =
      /end of (JSON )?input|Unterminated/i.test(why) ||
      (at !== null && Number(at[1]) >= text.trimEnd().length);
    return fail(
      'BUNDLE_INVALID',
      `This file is not valid JSON${cut ? ': it ends too early (a truncated or partial download?)' : ''} (${why}).`,
      'Export the model again from Murmur and import the whole file.',
    );
  }
  return refuseForbiddenKeys(value);
}

/** The value itself, or BUNDLE_INVALID naming the first forbidden key's path (or where it nests too deeply). */
export function refuseForbiddenKeys(value: unknown): Result<unknown> {
  const hazard = findJsonHazard(value);
  if (hazard?.kind === 'key')
    return fail(
      'BUNDLE_INVALID',
      `${hazard.path}: the key "${hazard.path.split('.').pop()}" is not allowed in a bundle.`,
      'Use a bundle exported by Murmur; this file may have been edited to attack the app.',
    );
  if (hazard?.kind === 'depth')
    return fail(
      'BUNDLE_INVALID',
      `${hazard.path}: the JSON nests more than ${MAX_JSON_DEPTH} levels deep; a Murmur bundle nests about 10.`,
      'Use a bundle exported by Murmur; this file was damaged or edited.',
    );
  return ok(value);
}

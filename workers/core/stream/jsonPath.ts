/**
 * A small JSON path for mapping a feed's fields: dotted keys with array steps, e.g.
 * `commit.record.text`, `data.tags[*]`, `entities.hashtags[].tag`, `items[0].id`, an optional
 * leading `$.`. `[*]` and `[]` fan out over every element; reading gives every value reached.
 */
import { fail, ok, type Result } from '../errors/index.ts';

type Step = { readonly key: string } | { readonly index: number } | { readonly all: true };

/** A parsed path, ready to read values with. */
export interface JsonPath {
  readonly source: string;
  readonly steps: readonly Step[];
}

const TOKEN = /([^.[\]]+)|\[(\d*|\*)\]|(\.)/gy;

/** Parses `source`; INVALID_OPTIONS names what is wrong ("commit..text": an empty key). */
export function parseJsonPath(source: string): Result<JsonPath> {
  const text = source.trim().replace(/^\$\.?/, '');
  if (text === '')
    return fail(
      'STREAM_BAD_CONFIG',
      `The field path "${source}" is empty.`,
      'Write a path such as commit.record.text.',
    );
  const steps: Step[] = [];
  let expectKey = true;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m)
      return fail(
        'STREAM_BAD_CONFIG',
        `The field path "${source}" cannot be read at “${text.slice(at)}”.`,
        'Use dotted names with [n] or [*] for arrays, e.g. data.tags[*].name.',
      );
    if (m[1] !== undefined) {
      if (!expectKey)
        return fail(
          'STREAM_BAD_CONFIG',
          `The field path "${source}" needs a dot before “${m[1]}”.`,
          'Separate names with dots.',
        );
      steps.push({ key: m[1].trim() });
      expectKey = false;
    } else if (m[2] !== undefined) {
      steps.push(m[2] === '' || m[2] === '*' ? { all: true } : { index: Number(m[2]) });
      expectKey = false;
    } else {
      if (expectKey)
        return fail(
          'STREAM_BAD_CONFIG',
          `The field path "${source}" has an empty name between dots.`,
          'Remove the extra dot.',
        );
      expectKey = true;
    }
  }
  if (expectKey)
    return fail(
      'STREAM_BAD_CONFIG',
      `The field path "${source}" ends with a dot.`,
      'Remove the last dot.',
    );
  return ok({ source, steps });
}

/** Every value `path` reaches in `value` (none when a step is missing). */
export function readJsonPath(value: unknown, path: JsonPath): unknown[] {
  let current: unknown[] = [value];
  for (const step of path.steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if ('key' in step) {
        if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, step.key))
          next.push((v as Record<string, unknown>)[step.key]);
      } else if (Array.isArray(v)) {
        if ('all' in step) next.push(...v);
        else if (step.index < v.length) next.push(v[step.index]);
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current.filter((v) => v !== undefined);
}

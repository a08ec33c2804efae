/**
 * Any JSON feed: the user says where the text, hashtags, time, language and id of a post are
 * (JSON paths), and each frame is read with them. A frame without text at the text path is not a
 * post; hashtags default to the #tags of the text; a frame without a time gets its arrival time.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { extractHashtags } from '../text/hashtags.ts';
import { MAX_FRAME_BYTES, readFrameJson } from './frame.ts';
import { parseJsonPath, readJsonPath, type JsonPath } from './jsonPath.ts';
import { readTimeMs } from './time.ts';
import type { FrameOutcome, StreamPost } from './types.ts';

/** Where a post's fields are, as JSON paths (see jsonPath.ts); only `text` is required. */
export interface GenericMapping {
  readonly text: string;
  /** Strings (with or without '#'), objects' fields via a path like `tags[*].name`, or one string of tags. Empty: the #tags of the text. */
  readonly hashtags?: string;
  /** Epoch s/ms/µs or ISO 8601. Empty: the arrival time. */
  readonly time?: string;
  readonly language?: string;
  /** A unique id per post, to skip posts delivered twice. Empty: none are skipped. */
  readonly id?: string;
}

/** A mapping with its paths parsed. */
export interface GenericReader {
  readonly text: JsonPath;
  readonly hashtags: JsonPath | null;
  readonly time: JsonPath | null;
  readonly language: JsonPath | null;
  readonly id: JsonPath | null;
}

/** Parses every path of `mapping`; STREAM_BAD_CONFIG names the field whose path is wrong. */
export function genericReader(mapping: GenericMapping): Result<GenericReader> {
  const parsed: Partial<Record<keyof GenericMapping, JsonPath | null>> = {};
  for (const field of ['text', 'hashtags', 'time', 'language', 'id'] as const) {
    const source = mapping[field]?.trim() ?? '';
    if (source === '') {
      if (field === 'text')
        return fail(
          'STREAM_BAD_CONFIG',
          'The generic feed needs the path of the post text.',
          'Fill in “Text path”, e.g. text or data.message.',
        );
      parsed[field] = null;
      continue;
    }
    const path = parseJsonPath(source);
    if (!path.ok) return fail(path.error.code, `${field}: ${path.error.message}`, path.error.hint);
    parsed[field] = path.value;
  }
  return ok(parsed as GenericReader);
}

function firstString(values: readonly unknown[]): string | null {
  for (const v of values) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return null;
}

function tagsOf(values: readonly unknown[]): string[] {
  const tags: string[] = [];
  for (const v of values.flat()) {
    if (typeof v !== 'string') continue;
    // one string may hold several tags: '#a #b' or 'a, b'
    for (const t of v.split(/[\s,]+/)) {
      const tag = t.replace(/^#+/, '').trim();
      if (tag !== '') tags.push(tag);
    }
  }
  return tags;
}

/** One frame of a generic feed read with `reader`. */
export function parseGenericFrame(
  data: unknown,
  reader: GenericReader,
  maxBytes = MAX_FRAME_BYTES,
): FrameOutcome {
  const read = readFrameJson(data, maxBytes);
  if (!read.ok) return { kind: 'skip', reason: read.reason, cursor: null };
  const json = read.json;
  if (typeof json !== 'object' || json === null)
    return { kind: 'skip', reason: 'malformed', cursor: null };
  const text = firstString(readJsonPath(json, reader.text));
  if (text === null) return { kind: 'skip', reason: 'missing-fields', cursor: null };
  const hashtags = reader.hashtags
    ? tagsOf(readJsonPath(json, reader.hashtags))
    : extractHashtags(text);
  const post: StreamPost = {
    key: reader.id ? firstString(readJsonPath(json, reader.id)) : null,
    text,
    hashtags,
    spans: [],
    lang: reader.language ? firstString(readJsonPath(json, reader.language)) : null,
    timeMs: reader.time ? readTimeMs(readJsonPath(json, reader.time)[0]) : NaN,
  };
  return { kind: 'post', post, cursor: null };
}

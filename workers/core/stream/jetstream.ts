/**
 * Bluesky Jetstream (v1) frames: JSON events `{ did, time_us, kind, commit?, identity?, account? }`.
 * A post is a `commit` event whose `operation` is "create" in the `app.bsky.feed.post` collection;
 * its text is `commit.record.text`, its languages `commit.record.langs`, and its hashtags the
 * `app.bsky.richtext.facet#tag` features of `commit.record.facets` (the `tag` has no '#'; the
 * facet's `index.byteStart`/`byteEnd` count UTF-8 bytes of the text). Every event carries
 * `time_us`, the cursor a reconnect resumes from.
 * See https://github.com/bluesky-social/jetstream (README: "Consuming Jetstream").
 */
import { asObject, MAX_FRAME_BYTES, readFrameJson } from './frame.ts';
import type { FrameOutcome, StreamPost } from './types.ts';
import { utf8OffsetsToIndices } from './utf8.ts';

export const POST_COLLECTION = 'app.bsky.feed.post';
export const TAG_FEATURE = 'app.bsky.richtext.facet#tag';

/**
 * The subscribe URL for `host` ("jetstream2.us-east.bsky.network", or a full ws:// or wss://
 * address for a local server), asking for posts only, resuming at `cursor` (time_us) when given.
 * Null when the host is not a usable address.
 */
export function jetstreamUrl(host: string, cursor: number | null = null): string | null {
  const h = host.trim();
  if (h === '') return null;
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(h) && !/^wss?:\/\//i.test(h)) return null;
  let url: URL;
  try {
    url = new URL(/^wss?:\/\//i.test(h) ? h : `wss://${h}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/subscribe';
  url.searchParams.set('wantedCollections', POST_COLLECTION);
  url.searchParams.delete('cursor');
  if (cursor !== null) url.searchParams.set('cursor', String(Math.floor(cursor)));
  return url.href;
}

interface TagHit {
  readonly tag: string;
  readonly byteStart: number;
  readonly byteEnd: number;
}

/** The #tag features of a record's facets, in order; a feature without a usable `tag` takes it from the text it covers. */
function facetTags(facets: unknown): TagHit[] {
  if (!Array.isArray(facets)) return [];
  const hits: TagHit[] = [];
  for (const f of facets) {
    const facet = asObject(f);
    const index = asObject(facet?.index);
    if (!facet || !Array.isArray(facet.features)) continue;
    const byteStart = typeof index?.byteStart === 'number' ? index.byteStart : -1;
    const byteEnd = typeof index?.byteEnd === 'number' ? index.byteEnd : -1;
    for (const feat of facet.features) {
      const feature = asObject(feat);
      if (feature?.$type !== TAG_FEATURE) continue;
      hits.push({
        tag: typeof feature.tag === 'string' ? feature.tag.replace(/^#/, '').trim() : '',
        byteStart,
        byteEnd,
      });
    }
  }
  return hits;
}

/** Hashtags and their string spans from the tag facets of `text` (byte offsets turned into string indices). */
export function hashtagsFromFacets(
  text: string,
  facets: unknown,
): { hashtags: string[]; spans: [number, number][] } {
  const hits = facetTags(facets);
  const indices = utf8OffsetsToIndices(
    text,
    hits.flatMap((h) => [h.byteStart, h.byteEnd]),
  );
  const hashtags: string[] = [];
  const spans: [number, number][] = [];
  hits.forEach((h, i) => {
    const start = indices[2 * i]!;
    const end = indices[2 * i + 1]!;
    const valid = start >= 0 && end > start;
    const tag = h.tag !== '' ? h.tag : valid ? text.slice(start, end).replace(/^#/, '').trim() : '';
    if (tag === '') return;
    hashtags.push(tag);
    if (valid) spans.push([start, end]);
  });
  return { hashtags, spans };
}

/**
 * One Jetstream frame: a post, or why not ('binary', 'too-large', 'malformed' JSON, 'not-a-post'
 * for other events and operations, 'missing-fields' for a create without `did`, `rkey`, `time_us`
 * or a text string). The cursor is the event's `time_us` whenever it has one.
 */
export function parseJetstreamFrame(data: unknown, maxBytes = MAX_FRAME_BYTES): FrameOutcome {
  const read = readFrameJson(data, maxBytes);
  if (!read.ok) return { kind: 'skip', reason: read.reason, cursor: null };
  const event = asObject(read.json);
  if (!event) return { kind: 'skip', reason: 'malformed', cursor: null };
  const timeUs =
    typeof event.time_us === 'number' && Number.isFinite(event.time_us) && event.time_us > 0
      ? event.time_us
      : null;
  const commit = asObject(event.commit);
  if (
    event.kind !== 'commit' ||
    !commit ||
    commit.operation !== 'create' ||
    (commit.collection !== undefined && commit.collection !== POST_COLLECTION)
  ) {
    return {
      kind: 'skip',
      reason: event.kind === undefined ? 'missing-fields' : 'not-a-post',
      cursor: timeUs,
    };
  }
  const record = asObject(commit.record);
  if (
    timeUs === null ||
    typeof event.did !== 'string' ||
    typeof commit.rkey !== 'string' ||
    !record ||
    typeof record.text !== 'string'
  ) {
    return { kind: 'skip', reason: 'missing-fields', cursor: timeUs };
  }
  const text = record.text;
  const { hashtags, spans } = hashtagsFromFacets(text, record.facets);
  const lang =
    Array.isArray(record.langs) && typeof record.langs[0] === 'string' ? record.langs[0] : null;
  const post: StreamPost = {
    key: `${event.did}/${commit.rkey}`,
    text,
    hashtags,
    spans,
    lang,
    timeMs: timeUs / 1000,
  };
  return { kind: 'post', post, cursor: timeUs };
}

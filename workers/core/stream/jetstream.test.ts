import { describe, expect, it } from 'vitest';
import { jetstreamUrl, parseJetstreamFrame } from './jetstream.ts';

const TAG = 'app.bsky.richtext.facet#tag';

/** A Jetstream commit event as the service sends it. */
function event(
  record: Record<string, unknown>,
  over: Record<string, unknown> = {},
  commit: Record<string, unknown> = {},
) {
  return JSON.stringify({
    did: 'did:plc:abc123',
    time_us: 1725911162329308,
    kind: 'commit',
    commit: {
      rev: '3l3qo2vutsw2b',
      operation: 'create',
      collection: 'app.bsky.feed.post',
      rkey: '3l3qo2vuowo2b',
      cid: 'bafyrei',
      record: { $type: 'app.bsky.feed.post', createdAt: '2024-09-09T19:46:02.102Z', ...record },
      ...commit,
    },
    ...over,
  });
}

describe('parseJetstreamFrame', () => {
  it('reads a post with accented and emoji text, its tag facets by UTF-8 byte offsets, language and time', () => {
    // "Olá 🌍 #café and #Über": O l á(2) ␠ 🌍(4) ␠ → '#café' starts at byte 10, ends at 16; '#Über' 21..27
    const text = 'Olá 🌍 #café and #Über';
    const out = parseJetstreamFrame(
      event({
        text,
        langs: ['pt', 'en'],
        facets: [
          { index: { byteStart: 10, byteEnd: 16 }, features: [{ $type: TAG, tag: 'café' }] },
          { index: { byteStart: 21, byteEnd: 27 }, features: [{ $type: TAG, tag: 'Über' }] },
          {
            index: { byteStart: 0, byteEnd: 4 },
            features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://x' }],
          },
        ],
      }),
    );
    expect(out.kind).toBe('post');
    if (out.kind !== 'post') return;
    expect(out.cursor).toBe(1725911162329308);
    expect(out.post).toMatchObject({
      key: 'did:plc:abc123/3l3qo2vuowo2b',
      text,
      hashtags: ['café', 'Über'],
      lang: 'pt',
      timeMs: 1725911162329.308,
    });
    expect(out.post.spans).toEqual([
      [7, 12],
      [17, 22],
    ]);
    expect(out.post.spans.map(([s, e]) => text.slice(s, e))).toEqual(['#café', '#Über']);
  });

  it('takes a tag without a `tag` from the text it covers, and keeps a tag whose offsets split a character without a span', () => {
    const text = '👍 #ok';
    const out = parseJetstreamFrame(
      event({
        text,
        facets: [
          { index: { byteStart: 5, byteEnd: 8 }, features: [{ $type: TAG }] },
          { index: { byteStart: 1, byteEnd: 3 }, features: [{ $type: TAG, tag: '#thumbs' }] },
        ],
      }),
    );
    expect(out.kind === 'post' && out.post.hashtags).toEqual(['ok', 'thumbs']);
    expect(out.kind === 'post' && out.post.spans).toEqual([[3, 6]]);
  });

  it('skips events that are not new posts, keeping their cursor', () => {
    expect(
      parseJetstreamFrame(
        JSON.stringify({ did: 'did:plc:x', time_us: 5, kind: 'identity', identity: {} }),
      ),
    ).toEqual({ kind: 'skip', reason: 'not-a-post', cursor: 5 });
    expect(parseJetstreamFrame(event({ text: 'x' }, {}, { operation: 'delete' }))).toMatchObject({
      reason: 'not-a-post',
      cursor: 1725911162329308,
    });
    expect(
      parseJetstreamFrame(event({ text: 'x' }, {}, { collection: 'app.bsky.feed.like' })),
    ).toMatchObject({ reason: 'not-a-post' });
  });

  it('counts a create without text, rkey, did or time as missing fields', () => {
    expect(parseJetstreamFrame(event({}))).toMatchObject({
      kind: 'skip',
      reason: 'missing-fields',
    });
    expect(parseJetstreamFrame(event({ text: 'hi' }, {}, { rkey: undefined }))).toMatchObject({
      reason: 'missing-fields',
    });
    expect(parseJetstreamFrame(event({ text: 'hi' }, { did: 42 }))).toMatchObject({
      reason: 'missing-fields',
    });
    expect(parseJetstreamFrame(event({ text: 'hi' }, { time_us: 'soon' }))).toMatchObject({
      reason: 'missing-fields',
      cursor: null,
    });
    expect(parseJetstreamFrame(JSON.stringify({ time_us: 7 }))).toMatchObject({
      reason: 'missing-fields',
      cursor: 7,
    });
  });

  it('skips malformed JSON, JSON that is not an object, binary frames and frames over the size limit', () => {
    expect(parseJetstreamFrame('{"kind": "commit",')).toEqual({
      kind: 'skip',
      reason: 'malformed',
      cursor: null,
    });
    expect(parseJetstreamFrame('[1,2]')).toMatchObject({ reason: 'malformed' });
    expect(parseJetstreamFrame('null')).toMatchObject({ reason: 'malformed' });
    expect(parseJetstreamFrame(new ArrayBuffer(8))).toMatchObject({ reason: 'binary' });
    expect(parseJetstreamFrame(new Uint8Array([123, 125]))).toMatchObject({ reason: 'binary' });
    const big = event({ text: 'a'.repeat(1024 * 1024) });
    expect(parseJetstreamFrame(big)).toMatchObject({ reason: 'too-large' });
    // 400,000 euro signs: 400,000 code units but 1.2 MB of UTF-8
    expect(parseJetstreamFrame(event({ text: '€'.repeat(400_000) }))).toMatchObject({
      reason: 'too-large',
    });
    expect(parseJetstreamFrame(event({ text: '€'.repeat(300_000) })).kind).toBe('post');
  });
});

describe('jetstreamUrl', () => {
  it('asks a host for posts only, resuming at a cursor', () => {
    expect(jetstreamUrl('jetstream2.us-east.bsky.network')).toBe(
      'wss://jetstream2.us-east.bsky.network/subscribe?wantedCollections=app.bsky.feed.post',
    );
    expect(jetstreamUrl(' ws://127.0.0.1:4000 ', 1725911162329308)).toBe(
      'ws://127.0.0.1:4000/subscribe?wantedCollections=app.bsky.feed.post&cursor=1725911162329308',
    );
    expect(jetstreamUrl('wss://host.example/subscribe?cursor=1', 9)).toBe(
      'wss://host.example/subscribe?wantedCollections=app.bsky.feed.post&cursor=9',
    );
  });

  it('refuses an empty host or one that is not a WebSocket address', () => {
    expect(jetstreamUrl('  ')).toBeNull();
    expect(jetstreamUrl('https://example.com')).toBeNull();
    expect(jetstreamUrl('wss://')).toBeNull();
  });
});

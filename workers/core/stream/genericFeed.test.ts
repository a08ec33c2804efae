import { describe, expect, it } from 'vitest';
import { genericReader, parseGenericFrame, type GenericMapping } from './genericFeed.ts';

function reader(mapping: GenericMapping) {
  const r = genericReader(mapping);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('generic JSON feeds', () => {
  it('maps text, hashtags, time, language and id by their paths', () => {
    const r = reader({
      text: 'data.body',
      hashtags: 'data.tags[*].name',
      time: 'ts',
      language: 'data.lang',
      id: 'data.id',
    });
    const frame = JSON.stringify({
      ts: '2025-01-02T03:04:05Z',
      data: {
        id: 991,
        body: 'Grand soleil ☀️',
        lang: 'fr',
        tags: [{ name: '#Été' }, { name: 'plage' }],
      },
    });
    expect(parseGenericFrame(frame, r)).toEqual({
      kind: 'post',
      cursor: null,
      post: {
        key: '991',
        text: 'Grand soleil ☀️',
        hashtags: ['Été', 'plage'],
        spans: [],
        lang: 'fr',
        timeMs: Date.UTC(2025, 0, 2, 3, 4, 5),
      },
    });
  });

  it('takes the #tags of the text when no hashtag path is given, one tag string split on spaces and commas when it is', () => {
    const plain = reader({ text: 'text' });
    const out = parseGenericFrame(JSON.stringify({ text: 'Go #Team #team2' }), plain);
    expect(out.kind === 'post' && out.post).toMatchObject({
      hashtags: ['team', 'team2'],
      key: null,
      lang: null,
    });
    expect(out.kind === 'post' && out.post.timeMs).toBeNaN();
    const split = reader({ text: 'text', hashtags: 'tags' });
    const two = parseGenericFrame(JSON.stringify({ text: 'x', tags: '#a, b #c' }), split);
    expect(two.kind === 'post' && two.post.hashtags).toEqual(['a', 'b', 'c']);
  });

  it('counts a frame without text as missing fields and bad frames by their reason', () => {
    const r = reader({ text: 'text' });
    expect(parseGenericFrame(JSON.stringify({ body: 'x' }), r)).toEqual({
      kind: 'skip',
      reason: 'missing-fields',
      cursor: null,
    });
    expect(parseGenericFrame('not json', r)).toMatchObject({ reason: 'malformed' });
    expect(parseGenericFrame('42', r)).toMatchObject({ reason: 'malformed' });
    expect(parseGenericFrame(new ArrayBuffer(2), r)).toMatchObject({ reason: 'binary' });
  });

  it('refuses a mapping without a text path or with a broken path, naming the field', () => {
    const noText = genericReader({ text: ' ' });
    expect(noText.ok || noText.error).toMatchObject({
      code: 'STREAM_BAD_CONFIG',
      message: expect.stringMatching(/path of the post text/),
    });
    const broken = genericReader({ text: 'text', time: 'a..b' });
    expect(broken.ok || broken.error.message).toMatch(/^time: /);
  });
});

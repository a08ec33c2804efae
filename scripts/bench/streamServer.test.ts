import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRng } from '../../workers/core/random/rng.ts';
import { parseJetstreamFrame } from '../../workers/core/stream/jetstream.ts';
import { JetstreamFixture, postRecord } from './streamServer.ts';

let fixture: JetstreamFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

function collect(url: string, until: (frames: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const frames: string[] = [];
    const ws = new WebSocket(url);
    ws.on('message', (d) => {
      frames.push(String(d));
      if (until(frames)) {
        ws.close();
        resolve(frames);
      }
    });
    ws.on('error', reject);
  });
}

describe('the Jetstream fixture', () => {
  it('writes tag facets at the UTF-8 byte offsets of the tags in texts with emoji and accents', () => {
    const rng = createRng(3);
    let multiByte = 0;
    for (let i = 0; i < 300; i++) {
      const r = postRecord(rng);
      if (Buffer.byteLength(r.text) !== r.text.length) multiByte++;
      const out = parseJetstreamFrame(
        JSON.stringify({
          did: 'did:plc:x',
          time_us: 1,
          kind: 'commit',
          commit: {
            operation: 'create',
            collection: 'app.bsky.feed.post',
            rkey: 'r',
            record: JSON.parse(r.json),
          },
        }),
      );
      expect(out.kind).toBe('post');
      if (out.kind !== 'post') continue;
      expect(out.post.hashtags).toEqual(r.tags);
      // each facet, read back by our byte-to-index conversion, covers exactly "#tag"
      expect(out.post.spans.map(([s, e]) => out.post.text.slice(s, e))).toEqual(
        r.tags.map((t) => `#${t}`),
      );
    }
    expect(multiByte).toBeGreaterThan(50);
  });

  it('replays from a cursor as Jetstream does, and records the cursor it was given', async () => {
    fixture = await JetstreamFixture.start({ seed: 2, nonPostShare: 0.2 });
    fixture.produce(40);
    const cursor = fixture.log[30]!.timeUs;
    const frames = await collect(
      `${fixture.url}/subscribe?cursor=${cursor}`,
      (f) => f.length === 10,
    );
    expect(fixture.cursors).toEqual([cursor]);
    expect(frames.map((f) => (JSON.parse(f) as { time_us: number }).time_us)).toEqual(
      fixture.log.slice(30).map((e) => e.timeUs),
    );
    expect(fixture.events).toBe(40);
    expect(fixture.posts).toBe(fixture.log.filter((e) => e.postKey !== null).length);
    expect(fixture.posts).toBeLessThan(40);
  });
});

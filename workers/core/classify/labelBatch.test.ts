import { describe, expect, it } from 'vitest';
import { auditOrder, nextBatch, type BatchInput } from './labelBatch.ts';
import { ngramCounts } from './ngramCounts.ts';
import { labelledPosts } from './posts.testutil.ts';
import { ACTIVE, AUDIT, UNLABELLED } from './ppiShares.ts';
import { fitTfidfSpace, tfidfRows } from './tfidfSpace.ts';

function setup(n: number) {
  const { texts } = labelledPosts(n, 5);
  const counts = ngramCounts(texts);
  const space = fitTfidfSpace(counts);
  return {
    texts,
    features: (rows: readonly number[]) => tfidfRows(space, counts, rows),
  };
}

describe('nextBatch', () => {
  it('draws a third of each batch in the seeded audit order and never offers a labelled or skipped post', () => {
    const n = 400;
    const { features } = setup(n);
    const state = new Uint8Array(n);
    const excluded = new Uint8Array(n);
    const order = auditOrder(n, 9);
    // the first audit post is already labelled, the second skipped: both are passed over
    state[order[0]!] = ACTIVE;
    excluded[order[1]!] = 1;
    const input: BatchInput = {
      state,
      excluded,
      auditOrder: order,
      auditCursor: 0,
      confidence: null,
      features,
      labelled: [order[0]!],
    };
    const b = nextBatch(input, { seed: 1 });
    expect(b.picks).toHaveLength(20);
    expect(new Set(b.picks.map((p) => p.row)).size).toBe(20);
    const audit = b.picks.filter((p) => p.kind === 'audit').map((p) => p.row);
    expect(audit.sort()).toEqual(Array.from(order.subarray(2, 9)).sort());
    expect(b.auditCursor).toBe(9);
    for (const p of b.picks) {
      expect(state[p.row]).toBe(UNLABELLED);
      expect(excluded[p.row]).toBe(0);
    }
  });

  it('chooses the least sure posts, spread across the data rather than copies of one', () => {
    const n = 300;
    const { texts } = setup(n);
    // the model is unsure of 60 posts; 40 of them are copies of one text
    const confidence = new Float64Array(n).fill(0.9);
    const copy = texts[0]!;
    for (let i = 0; i < 40; i++) texts[i] = copy;
    const counts = ngramCounts(texts);
    const space = fitTfidfSpace(counts);
    for (let i = 0; i < 60; i++) confidence[i] = i < 40 ? 0.05 : 0.1;
    const b = nextBatch(
      {
        state: new Uint8Array(n),
        excluded: new Uint8Array(n),
        auditOrder: auditOrder(n, 1),
        auditCursor: 0,
        confidence,
        features: (rows) => tfidfRows(space, counts, rows),
        labelled: [],
      },
      { seed: 2, auditShare: 0 },
    );
    const rows = b.picks.map((p) => p.row);
    expect(b.picks.every((p) => p.kind === 'active')).toBe(true);
    // every pick is one of the unsure posts, and the copies give at most a couple of them
    expect(rows.every((r) => r < 60)).toBe(true);
    expect(rows.filter((r) => r < 40).length).toBeLessThanOrEqual(2);
  });

  it('offers what is left when fewer posts remain than a batch', () => {
    const n = 12;
    const { features } = setup(n);
    const state = new Uint8Array(n);
    state.fill(AUDIT, 0, 5);
    const b = nextBatch(
      {
        state,
        excluded: new Uint8Array(n),
        auditOrder: auditOrder(n, 1),
        auditCursor: 0,
        confidence: null,
        features,
        labelled: [0, 1, 2, 3, 4],
      },
      { seed: 3 },
    );
    expect(b.picks.map((p) => p.row).sort((a, c) => a - c)).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });
});

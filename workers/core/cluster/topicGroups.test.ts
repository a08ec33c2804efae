import { describe, expect, it } from 'vitest';
import { topicGroups, topicOfPosts } from './topicGroups.ts';

describe('topicGroups', () => {
  const labels = ['bags · lost', 'late · hours', 'refund', 'Mixed / unclear'];

  it('counts a merged cluster in the topic it went into, under that topic’s name', () => {
    const groups = topicGroups(labels, {
      names: { 0: 'Lost bags' },
      mergedInto: { 1: 0 },
      hidden: [3],
    });
    expect(groups).toEqual([
      { topic: 0, name: 'Lost bags', hidden: false },
      { topic: 0, name: 'Lost bags', hidden: false },
      { topic: 2, name: 'refund', hidden: false },
      { topic: 3, name: 'Mixed / unclear', hidden: true },
    ]);
    // posts: cluster 1 → topic 0; hidden and unclustered → -1
    expect(Array.from(topicOfPosts(Int32Array.from([0, 1, 2, 3, -1]), groups))).toEqual([
      0, 0, 2, -1, -1,
    ]);
  });

  it('follows a chain of merges, and a topic merged into a hidden one is hidden', () => {
    const groups = topicGroups(labels, { names: {}, mergedInto: { 0: 1, 1: 2 }, hidden: [2] });
    expect(groups.map((g) => [g.topic, g.hidden])).toEqual([
      [2, true],
      [2, true],
      [2, true],
      [3, false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkEdits } from './topicEdits.ts';

describe('topic edits', () => {
  it('trims names, follows merges to the topic that holds them and sorts hidden topics', () => {
    const r = checkEdits(
      { names: { 0: '  Lost bags ', 1: ' ' }, mergedInto: { 0: 1, 1: 2, 3: 3 }, hidden: [4, 2, 4] },
      5,
    );
    expect(r).toEqual({
      ok: true,
      value: { names: { 0: 'Lost bags' }, mergedInto: { 0: 2, 1: 2 }, hidden: [2, 4] },
    });
  });

  it('refuses unknown topics, merge circles and long names', () => {
    expect(checkEdits({ names: { 7: 'x' }, mergedInto: {}, hidden: [] }, 5).ok).toBe(false);
    expect(checkEdits({ names: {}, mergedInto: { 0: 1, 1: 0 }, hidden: [] }, 5).ok).toBe(false);
    expect(checkEdits({ names: {}, mergedInto: {}, hidden: [5] }, 5).ok).toBe(false);
    expect(checkEdits({ names: { 0: 'x'.repeat(81) }, mergedInto: {}, hidden: [] }, 5).ok).toBe(
      false,
    );
  });
});

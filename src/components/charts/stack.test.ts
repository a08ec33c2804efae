import { describe, expect, it } from 'vitest';
import { runsWithCounts, stackShares } from './stack.ts';

describe('stackShares', () => {
  it('stacks each period’s shares from 0 to 1 in series order', () => {
    // 1 + 3 = 4 posts: 0.25 then 0.75; 2 + 2: a half each
    expect(
      stackShares(
        [
          [1, 3],
          [2, 2],
        ],
        2,
      ),
    ).toEqual({
      stacks: [
        [0, 0.25, 1],
        [0, 0.5, 1],
      ],
      totals: [4, 4],
    });
  });

  it('leaves a period without counts at 0 throughout', () => {
    expect(stackShares([[0, 0, 0]], 3)).toEqual({ stacks: [[0, 0, 0, 0]], totals: [0] });
  });
});

describe('runsWithCounts', () => {
  it('splits the periods at those without counts', () => {
    expect(runsWithCounts([3, 1, 0, 0, 2, 0, 5, 5])).toEqual([
      [0, 1],
      [4, 4],
      [6, 7],
    ]);
  });

  it('has no run when no period has counts', () => {
    expect(runsWithCounts([0, 0])).toEqual([]);
  });
});

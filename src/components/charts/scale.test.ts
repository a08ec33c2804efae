import { describe, expect, it } from 'vitest';
import { spreadTicks } from './scale.ts';

describe('spreadTicks', () => {
  it('spreads six indices over the periods, the first and the last included', () => {
    // 35 periods: 34 / 5 = 6.8 apart, rounded
    expect(spreadTicks(35)).toEqual([0, 7, 14, 20, 27, 34]);
  });

  it('labels each period once when there are fewer than six', () => {
    expect(spreadTicks(3)).toEqual([0, 1, 2]);
  });

  it('labels the only period', () => {
    expect(spreadTicks(1)).toEqual([0]);
  });
});

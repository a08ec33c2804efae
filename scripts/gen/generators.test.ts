import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../../workers/core/csv/tableFromRows.ts';
import { findDuplicates } from '../../workers/core/split/duplicates.ts';
import { airlineTweetsCsv, generateAirlineTweets } from './airlineTweets.ts';
import { copiedPostsRows } from './copiedPosts.ts';

describe('generated airline tweets', () => {
  const tweets = generateAirlineTweets({ rows: 3000, seed: 4 });
  const share = (p: (t: (typeof tweets)[number]) => boolean) =>
    tweets.filter(p).length / tweets.length;

  it('are the same for a seed and differ across seeds', () => {
    expect(airlineTweetsCsv({ rows: 50, seed: 4 })).toBe(airlineTweetsCsv({ rows: 50, seed: 4 }));
    expect(airlineTweetsCsv({ rows: 50, seed: 5 })).not.toBe(
      airlineTweetsCsv({ rows: 50, seed: 4 }),
    );
  });

  it('are mostly complaints, every one addressed to an airline, with links, RT prefixes and entities', () => {
    expect(share((t) => t.label === 'negative')).toBeCloseTo(0.6, 1);
    expect(share((t) => t.label === 'positive')).toBeCloseTo(0.18, 1);
    expect(share((t) => t.airline === 'United')).toBeCloseTo(0.26, 1);
    expect(
      share((t) =>
        /@(united|USAirways|AmericanAir|SouthwestAir|Delta|VirginAmerica)\b/.test(t.text),
      ),
    ).toBe(1);
    expect(share((t) => t.text.includes('http'))).toBeGreaterThan(0.2);
    expect(share((t) => t.text.startsWith('RT @'))).toBeGreaterThan(0.05);
    expect(share((t) => t.text.includes('&amp;'))).toBeGreaterThan(0.15);
  });
});

describe('a generated export full of copies', () => {
  it('has 661 rows of which 559 copy an earlier row, by default', () => {
    const [header, ...rows] = copiedPostsRows({ seed: 1 });
    const t = tableFromRows(header!, rows);
    const d = findDuplicates(t.columns, t.rowCount, { index: 0, name: 'caption' });
    expect(d.report).toMatchObject({ rows: 661, exactRows: 559, repeatedTexts: 559 });
  });

  it('can restyle copies (case, spaces) so only the normalised text finds them', () => {
    const [header, ...rows] = copiedPostsRows({ seed: 1, restyled: 0.5 });
    const t = tableFromRows(header!, rows);
    const d = findDuplicates(t.columns, t.rowCount, { index: 0, name: 'caption' });
    expect(d.report.repeatedTexts).toBe(559);
    expect(d.report.exactRows).toBeLessThan(400);
  });
});

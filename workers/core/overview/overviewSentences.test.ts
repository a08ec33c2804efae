import { describe, expect, it } from 'vitest';
import { overviewSentences, type OverviewSentence } from './overviewSentences.ts';
import type { OverviewSummary } from './overviewSummary.ts';
import { dateSpan, percent, percentRange, plainFeature } from './wording.ts';

const MAR3 = Date.UTC(2024, 2, 3, 9, 30);
const APR28 = Date.UTC(2024, 3, 28, 22, 10);

const FULL: OverviewSummary = {
  dataset: 'spring campaign',
  posts: 2340,
  dates: { column: 'created_at', first: MAR3, last: APR28 },
  languages: [
    { code: 'en', posts: 2130 },
    { code: 'fr', posts: 150 },
    { code: 'unknown', posts: 60 },
  ],
  duplicates: { exactRows: 15, repeatedTexts: 120 },
  values: { headerRow: null, unreadable: [], shortCounts: [], dayOrderGuessed: [] },
  hasText: true,
  sentiment: {
    source: 'corrected',
    posts: 2340,
    shares: { negative: 0.4123, neutral: 0.3502, positive: 0.2375 },
    ci95: { negative: [0.381, 0.444], neutral: [0.32, 0.38], positive: [0.21, 0.265] },
    labels: 300,
    unscored: 0,
  },
  topics: {
    terms: 'hashtags',
    posts: 1800,
    clusters: 8,
    top: [
      { name: 'customer service · rude', posts: 324, share: 0.18 },
      { name: 'delays', posts: 216, share: 0.12 },
      { name: 'food', posts: 162, share: 0.09 },
      { name: 'lounges', posts: 90, share: 0.05 },
    ],
  },
  engagement: {
    target: 'likes',
    task: 'regression',
    drivers: [
      { name: 'author followers', weight: 0.41 },
      { name: 'hour', weight: 0.2 },
      { name: 'text length', weight: 0.1 },
      { name: 'platform: X', weight: 0.05 },
    ],
  },
};

const byPart = (s: OverviewSummary) =>
  Object.fromEntries(overviewSentences(s).map((x) => [x.part, x])) as Record<
    string,
    OverviewSentence
  >;

describe('overviewSentences', () => {
  it('writes every part with its numbers and the view it links to', () => {
    const s = byPart(FULL);
    expect(s.dataset!.text).toBe('2,340 posts from 3 Mar to 28 Apr 2024, mostly English (91%).');
    expect(s.dataset!.view).toBe('dataset');
    expect(s.duplicates!.text).toBe(
      "120 posts repeat an earlier post's text (15 of them exact copies of a whole row).",
    );
    expect(s.sentiment!.text).toBe(
      'About 41% of the posts are negative (38–44%), 35% neutral (32–38%) and 24% positive (21–27%), estimated from the classifier corrected with 300 labels.',
    );
    expect(s.sentiment!.view).toBe('sentiment');
    expect(s.sentiment!.note).toBeNull();
    expect(s.topics!.text).toBe(
      'The largest of 8 topics found in the hashtags are “customer service · rude” (18%), “delays” (12%) and “food” (9%).',
    );
    expect(s.engagement!.text).toBe(
      'Likes depend most on author followers, then hour and text length.',
    );
    expect(overviewSentences(FULL).map((x) => x.part)).toEqual([
      'dataset',
      'duplicates',
      'sentiment',
      'topics',
      'engagement',
    ]);
    expect(overviewSentences(FULL).every((x) => x.action === null)).toBe(true);
  });

  it('uses the singular for one of anything', () => {
    const s = byPart({
      ...FULL,
      posts: 1,
      dates: { column: 'created_at', first: MAR3, last: MAR3 + 3600_000 },
      languages: [{ code: 'de', posts: 1 }],
      duplicates: { exactRows: 1, repeatedTexts: 1 },
      sentiment: { ...FULL.sentiment!, source: 'classifier', labels: 1, unscored: 1 },
      topics: { ...FULL.topics!, clusters: 1, top: [FULL.topics!.top[0]!] },
      engagement: { ...FULL.engagement!, drivers: [FULL.engagement!.drivers[0]!] },
    });
    expect(s.dataset!.text).toBe('1 post on 3 Mar 2024, all in German.');
    expect(s.duplicates!.text).toBe(
      "1 post repeats an earlier post's text (one of them an exact copy of a whole row).",
    );
    expect(s.sentiment!.text).toMatch(/as the classifier trained on 1 label reads them\./);
    expect(s.sentiment!.text).toMatch(
      /1 post in languages we have no word list for is left out\.$/,
    );
    expect(s.topics!.text).toBe(
      'One topic was found in the hashtags: “customer service · rude” (18%).',
    );
    expect(s.engagement!.text).toBe('Likes depend most on author followers.');
  });

  it('says what is missing and what to do about it', () => {
    const s = byPart({
      ...FULL,
      dates: null,
      languages: null,
      duplicates: null,
      sentiment: null,
      topics: null,
      engagement: null,
    });
    expect(s.dataset!.text).toBe('2,340 posts.');
    expect(s.duplicates).toBeUndefined();
    expect(s.sentiment).toMatchObject({
      text: 'Sentiment has not been read yet.',
      action: 'Read the sentiment',
      view: 'sentiment',
    });
    expect(s.topics).toMatchObject({ action: 'Find the topics', view: 'topics' });
    expect(s.engagement).toMatchObject({ action: 'Train a model', view: 'engagement' });
    const noText = byPart({ ...FULL, hasText: false, sentiment: null });
    expect(noText.sentiment).toMatchObject({ view: 'dataset', action: 'Choose the text column' });
  });

  it("gives VADER's shares with a note that the ranges leave its mistakes out", () => {
    const s = byPart({
      ...FULL,
      sentiment: {
        ...FULL.sentiment!,
        source: 'vader',
        shares: { negative: 0.1, neutral: 0.3, positive: 0.6 },
        ci95: null,
      },
    });
    expect(s.sentiment!.text).toBe(
      "About 60% of the posts are positive, 30% neutral and 10% negative, as VADER's word list reads them.",
    );
    expect(s.sentiment!.note).toMatch(/label a few posts/);
  });

  it('notes values that did not read as written under the dataset sentence', () => {
    expect(byPart(FULL).dataset!.note).toBeNull();
    expect(byPart({ ...FULL, values: null }).dataset!.note).toBeNull();
    const s = byPart({
      ...FULL,
      values: {
        headerRow: 1,
        unreadable: ['likes', 'date'],
        shortCounts: ['shares'],
        dayOrderGuessed: ['date'],
      },
    });
    expect(s.dataset!.note).toBe(
      'Row 1 below the header looks like a second header row, not a post. Some values of "likes" and "date" did not read as numbers or dates and count as missing. "shares" has counts written short (2.1K), read as rounded. Whether the dates of "date" are day or month first is a guess. The Dataset view says more.',
    );
  });

  it('names a mix of languages when none has half the posts', () => {
    const s = byPart({
      ...FULL,
      posts: 100,
      languages: [
        { code: 'es', posts: 40 },
        { code: 'en', posts: 35 },
        { code: 'fr', posts: 25 },
      ],
    });
    expect(s.dataset!.text).toMatch(/, in 3 languages, Spanish the most common \(40%\)\.$/);
  });

  it('says when no post repeats another, and copies across years', () => {
    const s = byPart({
      ...FULL,
      duplicates: { exactRows: 0, repeatedTexts: 0 },
      dates: { column: 'd', first: Date.UTC(2023, 11, 3), last: APR28 },
    });
    expect(s.duplicates!.text).toBe('No post repeats an earlier one.');
    expect(s.duplicates!.note).toBeNull();
    expect(s.dataset!.text).toMatch(/^2,340 posts from 3 Dec 2023 to 28 Apr 2024,/);
  });

  it('counts mixed clusters apart instead of naming them as topics', () => {
    const top = FULL.topics!.top;
    const s = byPart({
      ...FULL,
      topics: {
        ...FULL.topics!,
        top: [{ name: 'Mixed / unclear', posts: 600, share: 0.33, mixed: true }, ...top],
      },
    });
    expect(s.topics!.text).toBe(
      'The largest of 8 topics found in the hashtags are “customer service · rude” (18%), “delays” (12%) and “food” (9%). 33% of the posts fit no clear topic.',
    );
    const allMixed = byPart({
      ...FULL,
      topics: {
        ...FULL.topics!,
        clusters: 2,
        top: [
          { ...top[0]!, mixed: true },
          { ...top[1]!, mixed: true },
        ],
      },
    });
    expect(allMixed.topics!.text).toBe(
      'No clear topic stands out in the hashtags: the 2 groups found are mixed.',
    );
  });

  it('says whether a class is high for a classification model', () => {
    const s = byPart({ ...FULL, engagement: { ...FULL.engagement!, task: 'classification' } });
    expect(s.engagement!.text).toBe(
      'Whether likes are high depends most on author followers, then hour and text length.',
    );
  });
});

describe('wording', () => {
  it('rounds shares without claiming 0% or 100% for a few posts', () => {
    expect(percent(0.4149)).toBe('41%');
    expect(percent(0.4151)).toBe('42%');
    expect(percent(0.004)).toBe('under 1%');
    expect(percent(0.996)).toBe('over 99%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percentRange([0.381, 0.444])).toBe('38–44%');
    expect(percentRange([0.4, 0.401])).toBe('40%');
  });

  it('writes spans in UTC days', () => {
    expect(dateSpan(Date.UTC(2024, 0, 31, 23, 59), Date.UTC(2024, 1, 1, 0, 1))).toBe(
      'from 31 Jan to 1 Feb 2024',
    );
  });

  it('puts feature names in plain words', () => {
    expect(plainFeature('log1p_author_followers')).toBe('author followers');
    expect(plainFeature('platform=TikTok')).toBe('platform: TikTok');
  });
});

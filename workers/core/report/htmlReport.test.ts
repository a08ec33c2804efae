import { describe, expect, it } from 'vitest';
import type { OverviewSummary } from '../overview/overviewSummary.ts';
import { htmlReport, type HtmlReportInput } from './htmlReport.ts';

const SUMMARY: OverviewSummary = {
  dataset: 'spring campaign',
  posts: 2340,
  dates: { column: 'created_at', first: Date.UTC(2024, 2, 3), last: Date.UTC(2024, 3, 28) },
  languages: [
    { code: 'en', posts: 2130 },
    { code: 'fr', posts: 210 },
  ],
  duplicates: { exactRows: 15, repeatedTexts: 120 },
  values: { headerRow: null, unreadable: [], shortCounts: [], dayOrderGuessed: [] },
  hasText: true,
  sentiment: {
    source: 'vader',
    posts: 2340,
    shares: { negative: 0.41, neutral: 0.35, positive: 0.24 },
    ci95: { negative: [0.39, 0.43], neutral: [0.33, 0.37], positive: [0.22, 0.26] },
    labels: 0,
    unscored: 0,
  },
  topics: {
    terms: 'text',
    posts: 2000,
    clusters: 2,
    top: [
      { name: 'delays · gate', posts: 1200, share: 0.6 },
      { name: 'food', posts: 800, share: 0.4 },
    ],
  },
  engagement: {
    target: 'likes',
    task: 'regression',
    drivers: [
      { name: 'author followers', weight: 0.6 },
      { name: 'hour', weight: 0.4 },
    ],
  },
};

const INPUT: HtmlReportInput = {
  summary: SUMMARY,
  generatedAt: '2026-12-07T07:00:00.000Z',
  appVersion: '0.1.0',
  methods: {
    vaderReading: 'social',
    thresholds: { positive: 0.05, negative: -0.05 },
    classifier: null,
    topics: { k: 2, silhouette: 0.12 },
  },
  sentimentOverTime: {
    unit: 'week',
    source: 'vader',
    periods: [
      { start: Date.UTC(2024, 2, 4), counts: [10, 5, 5] },
      { start: Date.UTC(2024, 2, 11), counts: [4, 4, 12] },
      { start: Date.UTC(2024, 2, 18), counts: [0, 0, 0] },
    ],
  },
};

/** Each `<svg>…</svg>` of the page. */
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe('htmlReport', () => {
  it('holds the summary, the dataset, each chart and the method notes', () => {
    const html = htmlReport(INPUT);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const id of ['summary', 'dataset', 'sentiment', 'topics', 'engagement', 'methods'])
      expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('<h1>spring campaign</h1>');
    expect(html).toContain('made on 7 Dec 2026');
    // the overview's sentence, linking to its section
    expect(html).toContain(
      '<a href="#dataset">2,340 posts from 3 Mar to 28 Apr 2024, mostly English (91%).</a>',
    );
    expect(html).toMatch(/<a href="#sentiment">About 41% of the posts are negative \(39–43%\)/);
    // three charts: shares, over time, topics, drivers
    expect(svgs(html)).toHaveLength(4);
    expect(html).toContain('Sentiment per week');
    expect(html).toContain('>delays · gate</text>');
    expect(html).toContain('>author followers</text>');
    expect(html).toContain('The sentiment charts show VADER (a word list).');
    expect(html).toContain('Wilson intervals');
    expect(html).toContain('mean silhouette 0.12');
    expect(html).toContain('@media print');
  });

  it('loads nothing: no script, no src, no outside link or stylesheet', () => {
    const html = htmlReport(INPUT);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/https?:/i);
    // every link stays in the page
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#[a-z]+$/);
  });

  it('keeps user text as text: a post with <script> in a topic name or the dataset name', () => {
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const html = htmlReport({
      ...INPUT,
      summary: {
        ...SUMMARY,
        dataset: evil,
        topics: { ...SUMMARY.topics!, top: [{ name: evil, posts: 1200, share: 0.6 }] },
        engagement: { ...SUMMARY.engagement!, target: evil },
        dates: { ...SUMMARY.dates!, column: evil },
      },
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img');
    // no tag carries a src (the escaped text, in content or a quoted value, may spell one out)
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
  });

  it('says what was not run instead of drawing an empty chart', () => {
    const html = htmlReport({
      ...INPUT,
      summary: { ...SUMMARY, sentiment: null, topics: null, engagement: null, duplicates: null },
      sentimentOverTime: null,
      methods: { ...INPUT.methods, topics: null },
    });
    expect(svgs(html)).toHaveLength(0);
    expect(html).toContain('Sentiment was not read for this report.');
    expect(html).toContain('Topics were not looked for before this report was made.');
    expect(html).toContain('No engagement model was trained before this report was made.');
    expect(html).toContain('Topics have not been looked for yet.');
  });

  it('names the corrected source and the classifier’s accuracy in the notes', () => {
    const html = htmlReport({
      ...INPUT,
      summary: {
        ...SUMMARY,
        sentiment: { ...SUMMARY.sentiment!, source: 'corrected', labels: 120 },
      },
      methods: {
        ...INPUT.methods,
        classifier: { accuracy: 0.8, ci95: [0.7, 0.87], n: 40, vaderAccuracy: 0.55 },
      },
    });
    expect(html).toContain('prediction-powered estimates');
    expect(html).toContain('120 labels in all');
    expect(html).toContain('the classifier was right on 80% (95% range 70–87%), VADER on 55%');
  });
});

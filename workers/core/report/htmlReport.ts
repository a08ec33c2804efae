/**
 * The analysis as one self-contained HTML page people can read and print to PDF: the overview's
 * sentences, the key charts as inline SVG, and how the numbers were made. Nothing in it loads
 * anything (no script, no external stylesheet, font or image); every user-supplied string is
 * escaped. The JSON report stays for machines.
 */
import { overviewSentences, type OverviewView } from '../overview/overviewSentences.ts';
import {
  OVERVIEW_CLASSES,
  type OverviewClass,
  type OverviewSummary,
} from '../overview/overviewSummary.ts';
import { count, dateSpan, day, languageName, percent, percentRange } from '../overview/wording.ts';
import { escapeHtml } from './escapeHtml.ts';
import { barChart, stackedShareChart } from './svgCharts.ts';

/** One colour per sentiment class, as the app's charts. */
export const CLASS_COLOURS: Readonly<Record<OverviewClass, string>> = {
  negative: '#e03131',
  neutral: '#868e96',
  positive: '#2f9e44',
};

/** How the numbers were made, for the method notes. */
export interface ReportMethods {
  /** What VADER read: the social reading (handles, links set aside) or the raw text (reference). */
  readonly vaderReading: 'social' | 'reference';
  /** Compound scores at or above `positive` are positive, at or below `negative` negative. */
  readonly thresholds: { readonly positive: number; readonly negative: number };
  /** The classifier's accuracy on labels it did not learn from, beside VADER's on the same labels. */
  readonly classifier: {
    readonly accuracy: number;
    readonly ci95: readonly [number, number];
    readonly n: number;
    readonly vaderAccuracy: number | null;
  } | null;
  /** Topics: clusters chosen, and their mean cosine silhouette. */
  readonly topics: { readonly k: number; readonly silhouette: number | null } | null;
}

/** Sentiment per period of the source the charts show. */
export interface ReportSentimentOverTime {
  readonly unit: 'hour' | 'day' | 'week' | 'month';
  /** The charts' chosen source (the over-time chart is not corrected). */
  readonly source: 'vader' | 'classifier';
  readonly periods: readonly {
    readonly start: number;
    /** Posts per class: negative, neutral, positive. */
    readonly counts: readonly [number, number, number];
  }[];
}

export interface HtmlReportInput {
  readonly summary: OverviewSummary;
  /** ISO 8601 time the report was made. */
  readonly generatedAt: string;
  readonly appVersion: string;
  readonly methods: ReportMethods;
  readonly sentimentOverTime: ReportSentimentOverTime | null;
}

const SECTION_OF: Readonly<Record<OverviewView, string>> = {
  dataset: 'dataset',
  sentiment: 'sentiment',
  topics: 'topics',
  engagement: 'engagement',
};

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; background: #f8f9fa; }
main { max-width: 760px; margin: 0 auto; padding: 32px 24px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-top: 8px; border-top: 1px solid #dee2e6; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .note, figcaption { color: #495057; font-size: 13px; }
.summary { padding-left: 20px; }
.summary li { margin: 6px 0; }
.summary a { color: inherit; text-decoration: none; }
.summary a:hover { text-decoration: underline; }
.summary .note { display: block; }
.missing { color: #495057; font-style: italic; }
table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid #e9ecef; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 12px 0; }
svg { max-width: 100%; height: auto; display: block; }
footer { margin-top: 32px; color: #495057; font-size: 13px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section, figure, table, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm; }
}
`;

const esc = escapeHtml;

function summarySection(s: OverviewSummary): string {
  const items = overviewSentences(s).map((x) => {
    const note = x.note ? ` <span class="note">${esc(x.note)}</span>` : '';
    return `<li data-part="${x.part}"><a href="#${SECTION_OF[x.view]}">${esc(x.text)}</a>${note}</li>`;
  });
  return `<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2><ul class="summary">${items.join('')}</ul></section>`;
}

function datasetSection(s: OverviewSummary): string {
  const rows: string[] = [`<tr><th>Posts</th><td class="num">${count(s.posts)}</td></tr>`];
  if (s.dates)
    rows.push(
      `<tr><th>Dates</th><td>${esc(dateSpan(s.dates.first, s.dates.last))} (column “${esc(s.dates.column)}”, UTC)</td></tr>`,
    );
  if (s.duplicates)
    rows.push(
      `<tr><th>Repeated texts</th><td class="num">${count(s.duplicates.repeatedTexts)}</td></tr>`,
      `<tr><th>Exact copies of a row</th><td class="num">${count(s.duplicates.exactRows)}</td></tr>`,
    );
  let languages = '';
  if (s.languages && s.languages.length > 0 && s.posts > 0) {
    const shown = s.languages.slice(0, 8);
    languages =
      `<h3>Languages</h3><table><thead><tr><th>Language</th><th class="num">Posts</th><th class="num">Share</th></tr></thead><tbody>` +
      shown
        .map(
          (l) =>
            `<tr><td>${esc(languageName(l.code))}</td><td class="num">${count(l.posts)}</td><td class="num">${percent(l.posts / s.posts)}</td></tr>`,
        )
        .join('') +
      `</tbody></table>` +
      (s.languages.length > shown.length
        ? `<p class="note">And ${count(s.languages.length - shown.length)} more.</p>`
        : '');
  }
  return `<section id="dataset" aria-labelledby="dataset-title"><h2 id="dataset-title">Dataset</h2><table><tbody>${rows.join('')}</tbody></table>${languages}</section>`;
}

const SOURCE_NAME = {
  vader: 'VADER (a word list)',
  classifier: 'the classifier trained on your labels',
  corrected: 'the classifier corrected with randomly drawn labels (prediction-powered)',
} as const;

function periodLabel(ms: number, unit: ReportSentimentOverTime['unit']): string {
  const iso = new Date(ms).toISOString();
  if (unit === 'hour') return `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00`;
  if (unit === 'month') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

function sentimentSection(input: HtmlReportInput): string {
  const x = input.summary.sentiment;
  const head = `<section id="sentiment" aria-labelledby="sentiment-title"><h2 id="sentiment-title">Sentiment</h2>`;
  if (!x || x.posts === 0)
    return `${head}<p class="missing">Sentiment was not read for this report.</p></section>`;
  const title = `Share of posts by sentiment with 95% ranges, from ${SOURCE_NAME[x.source]}`;
  const chart = barChart(
    title,
    OVERVIEW_CLASSES.map((c) => ({
      label: c,
      value: x.shares[c],
      text: x.ci95 ? `${percent(x.shares[c])} (${percentRange(x.ci95[c])})` : percent(x.shares[c]),
      colour: CLASS_COLOURS[c],
      ...(x.ci95 ? { range: x.ci95[c] } : {}),
    })),
    { fullScale: true },
  );
  const table =
    `<table><thead><tr><th>Sentiment</th><th class="num">Share</th><th class="num">95% range</th></tr></thead><tbody>` +
    OVERVIEW_CLASSES.map(
      (c) =>
        `<tr><td>${c}</td><td class="num">${percent(x.shares[c])}</td><td class="num">${x.ci95 ? percentRange(x.ci95[c]) : '–'}</td></tr>`,
    ).join('') +
    `</tbody></table>`;
  let overTime = '';
  const t = input.sentimentOverTime;
  if (t && t.periods.length > 1) {
    const chartTitle = `Sentiment per ${t.unit} as shares of the posts, from ${SOURCE_NAME[t.source]}`;
    overTime = `<figure>${stackedShareChart(
      chartTitle,
      OVERVIEW_CLASSES.map((c) => ({ name: c, colour: CLASS_COLOURS[c] })),
      t.periods.map((p) => ({ label: periodLabel(p.start, t.unit), values: p.counts })),
    )}<figcaption>${esc(chartTitle)}.</figcaption></figure>`;
  }
  return `${head}<figure>${chart}<figcaption>${esc(title)}, of ${count(x.posts)} posts.</figcaption></figure>${table}${overTime}</section>`;
}

function topicsSection(s: OverviewSummary): string {
  const t = s.topics;
  const head = `<section id="topics" aria-labelledby="topics-title"><h2 id="topics-title">Topics</h2>`;
  if (!t || t.top.length === 0)
    return `${head}<p class="missing">Topics were not looked for before this report was made.</p></section>`;
  const title = `The largest topics, as shares of the ${count(t.posts)} posts clustered`;
  const chart = barChart(
    title,
    t.top.slice(0, 10).map((c) => ({ label: c.name, value: c.share, text: percent(c.share) })),
  );
  const list =
    `<table><thead><tr><th>Topic</th><th class="num">Posts</th><th class="num">Share</th></tr></thead><tbody>` +
    t.top
      .slice(0, 10)
      .map(
        (c) =>
          `<tr><td>${esc(c.name)}</td><td class="num">${count(c.posts)}</td><td class="num">${percent(c.share)}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`;
  return `${head}<figure>${chart}<figcaption>${esc(title)}.</figcaption></figure>${list}</section>`;
}

function engagementSection(s: OverviewSummary): string {
  const e = s.engagement;
  const head = `<section id="engagement" aria-labelledby="engagement-title"><h2 id="engagement-title">What drives engagement</h2>`;
  if (!e || e.drivers.length === 0)
    return `${head}<p class="missing">No engagement model was trained before this report was made.</p></section>`;
  const title = `What the model leans on to predict ${e.target} (share of importance)`;
  const chart = barChart(
    title,
    e.drivers
      .slice(0, 10)
      .map((d) => ({ label: d.name, value: d.weight, text: percent(d.weight) })),
  );
  return `${head}<figure>${chart}<figcaption>${esc(title)}.</figcaption></figure></section>`;
}

function methodsSection(input: HtmlReportInput): string {
  const { methods: m, summary: s } = input;
  const notes: string[] = [];
  const reading =
    m.vaderReading === 'social'
      ? 'on the social reading of each post (@handles, links and “RT” prefixes set aside, hashtags read as words)'
      : 'on the raw text, exactly as vaderSentiment 3.3.2';
  notes.push(
    `VADER, a sentiment word list, scored every post ${reading}; a compound score of ${m.thresholds.positive} or more counts as positive, ${m.thresholds.negative} or less as negative, the rest neutral.`,
  );
  const x = s.sentiment;
  if (x) {
    notes.push(`The sentiment charts show ${SOURCE_NAME[x.source]}.`);
    if (x.source === 'vader')
      notes.push(
        'The 95% ranges are Wilson intervals on the posts: they cover chance only, not the word list’s own mistakes.',
      );
    else if (x.source === 'corrected')
      notes.push(
        `The shares are prediction-powered estimates (Angelopoulos et al., Science 2023): the classifier’s answer on every post, corrected by its errors on the randomly drawn labels (${count(x.labels)} labels in all), each judged by a model that did not learn from it; the 95% ranges come from the same estimate.`,
      );
    else
      notes.push(
        `The shares are the classifier’s answers on every post, trained on ${count(x.labels)} labels; without randomly drawn labels they cannot be corrected, so no range is given.`,
      );
    if (x.unscored > 0)
      notes.push(
        `${count(x.unscored)} posts in languages without a word list are left out of the shares, not counted as neutral.`,
      );
  }
  if (m.classifier) {
    const c = m.classifier;
    notes.push(
      `On ${count(c.n)} labels it did not learn from, the classifier was right on ${percent(c.accuracy)} (95% range ${percentRange(c.ci95)})${c.vaderAccuracy !== null ? `, VADER on ${percent(c.vaderAccuracy)}` : ''}.`,
    );
  }
  if (s.topics && m.topics) {
    const terms = s.topics.terms === 'hashtags' ? 'hashtags' : 'words';
    notes.push(
      `Topics: posts grouped by their ${terms} (TF-IDF, k-means with cosine distance) into ${count(m.topics.k)} clusters${m.topics.silhouette !== null ? ` (mean silhouette ${m.topics.silhouette.toFixed(2)}; near 0 means the groups overlap)` : ''}; each is named by its most distinctive ${terms}.`,
    );
  }
  if (s.engagement)
    notes.push(
      `Engagement: a random forest predicts ${s.engagement.target} from the post’s columns; a column’s importance is its share of the forest’s error reduction (all columns sum to 100%). Importance shows what the model uses, not cause and effect.`,
    );
  return `<section id="methods" aria-labelledby="methods-title"><h2 id="methods-title">How these numbers were made</h2><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`;
}

/** The report as one HTML document (UTF-8), ready to save as `.html` and to print to PDF. */
export function htmlReport(input: HtmlReportInput): string {
  const s = input.summary;
  const made = day(Date.parse(input.generatedAt));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${s.dataset}: Murmur report`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    `<header><h1>${esc(s.dataset)}</h1><p class="meta">Murmur report, made on ${made} with Murmur ${esc(input.appVersion)}, in the browser: no post left the machine.</p></header>`,
    summarySection(s),
    datasetSection(s),
    sentimentSection(input),
    topicsSection(s),
    engagementSection(s),
    methodsSection(input),
    `<footer>Generated ${esc(input.generatedAt)}. Percentages are rounded to whole numbers; ranges are 95% intervals.</footer>`,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

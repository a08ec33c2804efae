/**
 * The overview in sentences a marketer would write ("2,340 posts from 3 Mar to 28 Apr 2024,
 * mostly English (91%)."), one per part, each naming the view that shows it in full. The app's
 * Overview card and the HTML report both read them, so they say the same thing.
 */
import {
  OVERVIEW_CLASSES,
  type OverviewClass,
  type OverviewSentiment,
  type OverviewSummary,
  type OverviewValues,
} from './overviewSummary.ts';
import {
  capitalised,
  count,
  dateSpan,
  languageName,
  listOf,
  percent,
  percentRange,
  plural,
} from './wording.ts';

export type OverviewPart = 'dataset' | 'duplicates' | 'sentiment' | 'topics' | 'engagement';

/** The app's views a sentence links to. */
export type OverviewView = 'dataset' | 'sentiment' | 'topics' | 'engagement';

export interface OverviewSentence {
  readonly part: OverviewPart;
  readonly view: OverviewView;
  readonly text: string;
  /** Set when the part is not known yet: what to do about it ("Find the topics"). */
  readonly action: string | null;
  /** A caveat in smaller print under the sentence, or null. */
  readonly note: string | null;
}

/** Topics and engagement drivers named in a sentence. */
const NAMED = 3;

function datasetSentence(s: OverviewSummary): OverviewSentence {
  const parts = [plural(s.posts, 'post')];
  if (s.dates) parts[0] += ` ${dateSpan(s.dates.first, s.dates.last)}`;
  const known = (s.languages ?? []).filter((l) => l.code !== 'unknown' && l.posts > 0);
  const top = known[0];
  if (top && s.posts > 0) {
    const share = top.posts / s.posts;
    const name = languageName(top.code);
    if (known.length === 1 && top.posts === s.posts) parts.push(`all in ${name}`);
    else if (share >= 0.5) parts.push(`mostly ${name} (${percent(share)})`);
    else
      parts.push(
        `in ${count(known.length)} languages, ${name} the most common (${percent(share)})`,
      );
  }
  return {
    part: 'dataset',
    view: 'dataset',
    text: `${parts.join(', ')}.`,
    action: null,
    note: valuesNote(s.values),
  };
}

/** Values that did not read as written, in a line: the Dataset view lists them. */
function valuesNote(v: OverviewValues | null): string | null {
  if (v === null) return null;
  const quoted = (columns: readonly string[]) => listOf(columns.map((c) => `"${c}"`));
  const said: string[] = [];
  if (v.headerRow !== null)
    said.push(
      `Row ${count(v.headerRow)} below the header looks like a second header row, not a post.`,
    );
  if (v.unreadable.length > 0)
    said.push(
      `Some values of ${quoted(v.unreadable)} did not read as numbers or dates and count as missing.`,
    );
  if (v.shortCounts.length > 0)
    said.push(
      `${capitalised(quoted(v.shortCounts))} ${v.shortCounts.length === 1 ? 'has' : 'have'} counts written short (2.1K), read as rounded.`,
    );
  if (v.dayOrderGuessed.length > 0)
    said.push(
      `Whether the dates of ${quoted(v.dayOrderGuessed)} are day or month first is a guess.`,
    );
  return said.length === 0 ? null : `${said.join(' ')} The Dataset view says more.`;
}

function duplicatesSentence(s: OverviewSummary): OverviewSentence | null {
  const d = s.duplicates;
  if (!d) return null;
  let text: string;
  if (d.repeatedTexts === 0 && d.exactRows === 0) text = 'No post repeats an earlier one.';
  else if (d.repeatedTexts === 0)
    text = `${plural(d.exactRows, 'row')} ${d.exactRows === 1 ? 'copies' : 'copy'} an earlier row exactly.`;
  else {
    const verb = d.repeatedTexts === 1 ? 'repeats' : 'repeat';
    const exact =
      d.exactRows === 1
        ? ' (one of them an exact copy of a whole row)'
        : d.exactRows > 1
          ? ` (${count(d.exactRows)} of them exact copies of a whole row)`
          : '';
    text = `${plural(d.repeatedTexts, 'post')} ${verb} an earlier post's text${exact}.`;
  }
  const found = d.repeatedTexts + d.exactRows > 0;
  return {
    part: 'duplicates',
    view: 'dataset',
    text,
    action: null,
    note: found ? 'Copies inflate counts and make models look better than they are.' : null,
  };
}

/** "About 41% are negative (38–44%), 35% neutral (32–38%) and 24% positive (21–27%)". */
function sharesClause(x: OverviewSentiment): string {
  const order = [...OVERVIEW_CLASSES].sort((a, b) => x.shares[b] - x.shares[a]);
  const one = (c: OverviewClass) =>
    `${percent(x.shares[c])} ${c}${x.ci95 ? ` (${percentRange(x.ci95[c])})` : ''}`;
  const [first, ...rest] = order.map(one);
  const [p, ...label] = first!.split(' ');
  return `About ${p} of the posts are ${label.join(' ')}${rest.length ? `, ${listOf(rest)}` : ''}`;
}

function sentimentSentence(s: OverviewSummary): OverviewSentence {
  const x = s.sentiment;
  if (!x)
    return s.hasText
      ? {
          part: 'sentiment',
          view: 'sentiment',
          text: 'Sentiment has not been read yet.',
          action: 'Read the sentiment',
          note: null,
        }
      : {
          part: 'sentiment',
          view: 'dataset',
          text: 'No column holds the posts’ text, so sentiment cannot be read.',
          action: 'Choose the text column',
          note: null,
        };
  if (x.posts === 0)
    return {
      part: 'sentiment',
      view: 'sentiment',
      text: 'No post has a text sentiment can be read from.',
      action: null,
      note: null,
    };
  const labels = plural(x.labels, 'label');
  const how =
    x.source === 'corrected'
      ? `, estimated from the classifier corrected with ${labels}`
      : x.source === 'classifier'
        ? `, as the classifier trained on ${labels} reads them`
        : `, as VADER's word list reads them`;
  const unscored =
    x.unscored > 0
      ? ` ${plural(x.unscored, 'post')} in languages we have no word list for ${x.unscored === 1 ? 'is' : 'are'} left out.`
      : '';
  return {
    part: 'sentiment',
    view: 'sentiment',
    text: `${sharesClause(x)}${how}.${unscored}`,
    action: null,
    note:
      x.source === 'vader'
        ? 'The ranges cover chance only, not VADER’s own mistakes, which can be large on complaints and sarcasm: label a few posts in the Sentiment view to check and correct them.'
        : null,
  };
}

function topicsSentence(s: OverviewSummary): OverviewSentence {
  const t = s.topics;
  if (!t || t.top.length === 0)
    return {
      part: 'topics',
      view: 'topics',
      text: 'Topics have not been looked for yet.',
      action: 'Find the topics',
      note: null,
    };
  const clear = t.top.filter((c) => !c.mixed);
  const named = clear.slice(0, NAMED).map((c) => `“${c.name}” (${percent(c.share)})`);
  const mixedShare = t.top.reduce((a, c) => a + (c.mixed ? c.share : 0), 0);
  const where = t.terms === 'hashtags' ? 'in the hashtags' : 'in the words of the posts';
  const unclear =
    mixedShare > 0 ? ` ${capitalised(percent(mixedShare))} of the posts fit no clear topic.` : '';
  const text =
    named.length === 0
      ? `No clear topic stands out ${where}: the ${plural(t.clusters, 'group')} found ${t.clusters === 1 ? 'is' : 'are'} mixed.`
      : t.clusters === 1
        ? `One topic was found ${where}: ${named[0]}.`
        : `The largest of ${count(t.clusters)} topics found ${where} ${named.length === 1 ? 'is' : 'are'} ${listOf(named)}.${unclear}`;
  return { part: 'topics', view: 'topics', text, action: null, note: null };
}

function engagementSentence(s: OverviewSummary): OverviewSentence {
  const e = s.engagement;
  if (!e || e.drivers.length === 0)
    return {
      part: 'engagement',
      view: 'engagement',
      text: 'No engagement model yet: train one to see what drives likes, shares or comments.',
      action: 'Train a model',
      note: null,
    };
  const [first, ...rest] = e.drivers.slice(0, NAMED).map((d) => d.name);
  const then = rest.length ? `, then ${listOf(rest)}` : '';
  return {
    part: 'engagement',
    view: 'engagement',
    text:
      e.task === 'classification'
        ? `Whether ${e.target} are high depends most on ${first}${then}.`
        : `${capitalised(e.target)} depend most on ${first}${then}.`,
    action: null,
    note: null,
  };
}

/** The overview's sentences, in reading order; duplicates only when they were counted. */
export function overviewSentences(summary: OverviewSummary): OverviewSentence[] {
  const out: OverviewSentence[] = [datasetSentence(summary)];
  const dup = duplicatesSentence(summary);
  if (dup) out.push(dup);
  out.push(sentimentSentence(summary), topicsSentence(summary), engagementSentence(summary));
  return out;
}

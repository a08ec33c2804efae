/** Word clouds of a scope's posts, laid out in the worker, and the posts behind a clicked word. */
import type {
  TopicWordCloud,
  WordCloudRequest,
  WordPost,
  WordPostsPage,
  WordScope,
} from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { columnWithRole } from '../../core/schema/index.ts';
import { sentimentLabel } from '../../core/sentiment/index.ts';
import { countTerms, postsWithTerm, type TermKind } from '../../core/trends/index.ts';
import { layoutWordCloud } from '../../core/wordcloud/index.ts';
import { keptTopics } from '../shared/keptTopics.ts';
import type { LoadedDataset } from '../shared/session.ts';
import { shownTerm } from './topicsResult.ts';
import { compoundOf, termsOf } from './topicsSession.ts';
import { scopeRows } from './wordScope.ts';
import { cloudLanguage, rowsInLanguage } from './cloudLanguage.ts';

/** The font the cloud is measured in here and drawn in on the page. */
export const CLOUD_FONT = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  weight: 600,
} as const;

/** Font size the canvas measures at; widths scale linearly with the size. */
const MEASURE_PX = 100;

/**
 * Widths from a real font when the worker has OffscreenCanvas (browsers), else null (Node: the
 * estimate). Each word is measured once, at MEASURE_PX, and scaled: a layout asks for the same
 * word at several sizes, and setting `ctx.font` for each size is the slow part of measuring.
 */
function canvasMeasure(): ((text: string, fontPx: number) => number) | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return null;
  ctx.font = `${CLOUD_FONT.weight} ${MEASURE_PX}px ${CLOUD_FONT.family}`;
  const widths = new Map<string, number>();
  return (text, fontPx) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
    return (w * fontPx) / MEASURE_PX;
  };
}

/** The most used words of a scope, laid out. Fails as `scopeRows`, or on bad sizes. */
export function wordCloud(d: LoadedDataset, request: WordCloudRequest): Result<TopicWordCloud> {
  const maxWords = request.maxWords ?? 100;
  const width = request.width ?? 640;
  const height = request.height ?? 320;
  if (!(Number.isInteger(maxWords) && maxWords >= 1 && maxWords <= 200))
    return fail('INVALID_OPTIONS', `A cloud holds 1 to 200 words, not ${maxWords}.`);
  if (!(width >= 100 && width <= 4000 && height >= 60 && height <= 4000))
    return fail(
      'INVALID_OPTIONS',
      `A cloud must be 100–4000 × 60–4000 px, not ${width} × ${height}.`,
    );
  const terms = termsOf(d, request.words);
  if (!terms.ok) return terms;
  const rows = scopeRows(d, request.scope);
  if (!rows.ok) return rows;
  const { index } = terms.value;
  // one language at a time when the posts are in several (the most common unless asked)
  const language = cloudLanguage(d, request.language);
  const posts = rowsInLanguage(rows.value, index.ptr.length - 1, language);
  let postsWithWords = 0;
  const used = new Uint8Array(index.terms.length);
  const n = posts ? posts.length : index.ptr.length - 1;
  for (let i = 0; i < n; i++) {
    const r = posts ? posts[i]! : i;
    if (index.ptr[r + 1]! > index.ptr[r]!) postsWithWords++;
    for (let p = index.ptr[r]!; p < index.ptr[r + 1]!; p++) used[index.ids[p]!] = 1;
  }
  const top = countTerms(index, posts, maxWords);
  const measure = canvasMeasure();
  const t0 = performance.now();
  const layout = layoutWordCloud(
    top.map((t) => ({ text: shownTerm(t.term, request.words), count: t.count })),
    { width, height, ...(measure && { measure }) },
  );
  return ok({
    words: request.words,
    scope: request.scope,
    posts: n,
    postsWithWords,
    distinctWords: used.reduce((a, b) => a + b, 0),
    layout,
    font: CLOUD_FONT,
    measured: measure ? 'canvas' : 'estimate',
    layoutMs: Math.round((performance.now() - t0) * 10) / 10,
    languages: language.languages,
  });
}

/** Posts of `scope` that use `word` ('#tag' or 'tag' for hashtags), a page at a time, with their sentiment and cluster. */
export function wordPosts(
  d: LoadedDataset,
  request: {
    words: TermKind;
    word: string;
    scope: WordScope;
    offset: number;
    limit: number;
    language?: string;
  },
): Result<WordPostsPage> {
  const { words, scope, offset, limit } = request;
  if (!(
    Number.isInteger(offset) &&
    offset >= 0 &&
    Number.isInteger(limit) &&
    limit >= 1 &&
    limit <= 500
  ))
    return fail(
      'INVALID_OPTIONS',
      `Pages start at a row ≥ 0 and hold 1 to 500 posts (got ${offset}, ${limit}).`,
    );
  const terms = termsOf(d, words);
  if (!terms.ok) return terms;
  const rows = scopeRows(d, scope);
  if (!rows.ok) return rows;
  const term =
    words === 'hashtags' && request.word.startsWith('#') ? request.word.slice(1) : request.word;
  const { index, lists } = terms.value;
  let matching = postsWithTerm(index, term);
  const inLanguage = rowsInLanguage(rows.value, lists.length, cloudLanguage(d, request.language));
  if (inLanguage) {
    const inScope = new Uint8Array(lists.length);
    for (const r of inLanguage) inScope[r] = 1;
    matching = matching.filter((r) => inScope[r] === 1);
  }
  const text = columnWithRole(d.schema, 'text');
  const compound = compoundOf(d);
  const kept = keptTopics(d);
  const page: WordPost[] = matching.slice(offset, offset + limit).map((row) => {
    const c = compound ? compound.compound[row]! : null;
    return {
      row,
      text: text ? d.table.columns[text.index]![row]!.slice(0, 300) : '',
      terms: (lists[row] ?? []).slice(0, 12).map((t) => shownTerm(t, words)),
      compound: c,
      label: c === null ? null : sentimentLabel(c),
      cluster: kept && kept.labels[row]! >= 0 ? kept.labels[row]! : null,
    };
  });
  return ok({ word: request.word, scope, total: matching.length, offset, posts: page });
}

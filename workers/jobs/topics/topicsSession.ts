/**
 * The Topics feature's share of the analysis worker's memory, in the active dataset's cache
 * (dropped when the dataset or its roles change; a restarted worker starts empty): each post's
 * hashtags or text terms and their index, parsed times and VADER compounds. The last analysis is
 * kept in shared/keptTopics.ts, where Engagement and the report read it.
 */
import { ok, type Result } from '../../core/errors/index.ts';
import { columnWithRole, datetimeColumn } from '../../core/schema/index.ts';
import {
  indexTerms,
  postTerms,
  type PostTerms,
  type TermIndex,
  type TermKind,
} from '../../core/trends/index.ts';
import { scoreStore } from '../shared/scores.ts';
import { languageReading, type LanguageReading } from '../shared/languageReading.ts';
import { cacheEntry, cachedIn, type LoadedDataset } from '../shared/session.ts';

const KEY = 'topics:';

function cached<T>(d: LoadedDataset, key: string, make: () => T): T {
  return cachedIn(d, KEY + key, make);
}

export interface IndexedTerms extends PostTerms {
  readonly index: TermIndex;
}

const termsEntry = (kind: TermKind) =>
  cacheEntry<{ reading: LanguageReading | null; terms: Result<IndexedTerms> }>(
    `${KEY}terms:${kind}`,
  );

/**
 * Every post's hashtags or text terms, with their index. Text terms lose each post's own
 * language's stop words once the posts' languages are read (English before, and for a language
 * without a list). Fails with NO_TEXT_COLUMN (no column to read).
 */
export function termsOf(d: LoadedDataset, kind: TermKind): Result<IndexedTerms> {
  const text = columnWithRole(d.schema, 'text');
  const reading = kind === 'terms' && text ? languageReading(d, text.name) : null;
  const entry = termsEntry(kind);
  const hit = entry.get(d);
  if (hit && hit.reading === reading) return hit.terms;
  const r = postTerms(d.table, d.schema, kind, reading ? { languages: reading.languages } : {});
  const terms: Result<IndexedTerms> = r.ok
    ? ok({ ...r.value, index: indexTerms(r.value.lists) })
    : r;
  entry.set(d, { reading, terms });
  return terms;
}

/** The timestamp column's times (epoch ms, NaN where unreadable), or null without one. */
export function timesOf(d: LoadedDataset): { column: string; times: Float64Array } | null {
  const column = columnWithRole(d.schema, 'timestamp');
  if (!column) return null;
  return cached(d, `times:${column.name}`, () => ({
    column: column.name,
    times: datetimeColumn(d.table, column),
  }));
}

/**
 * VADER compound of every post's text, null without a text column. Read from the shared score
 * store (the Sentiment view's scores); rows it has not scored yet are scored into it now (about 250k texts/s).
 */
export function compoundOf(d: LoadedDataset): { column: string; compound: Float32Array } | null {
  const column = columnWithRole(d.schema, 'text');
  if (!column) return null;
  const store = scoreStore(d, column);
  if (!store.complete) store.scoreMissing(d.table.columns[column.index]!, store.done.keys());
  return cached(d, `compound:${column.name}:${store.revision}`, () => {
    const compound = new Float32Array(store.rows);
    for (let r = 0; r < store.rows; r++) compound[r] = store.compound(r);
    return { column: column.name, compound };
  });
}

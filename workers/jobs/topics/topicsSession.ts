/**
 * The Topics feature's share of the analysis worker's memory, in the active dataset's cache
 * (dropped when the dataset or its roles change; a restarted worker starts empty): each post's
 * hashtags or text terms and their index, parsed times, VADER compounds and the last analysis.
 */
import type { TopicsResult } from '../../api/topics.ts';
import { ok, type Result } from '../../core/errors/index.ts';
import { columnWithRole, datetimeColumn } from '../../core/schema/index.ts';
import { scoreTexts } from '../../core/sentiment/index.ts';
import { indexTerms, postTerms, type PostTerms, type TermIndex, type TermKind } from '../../core/trends/index.ts';
import type { LoadedDataset } from '../dataset/session.ts';

const KEY = 'topics:';

function cached<T>(d: LoadedDataset, key: string, make: () => T): T {
  const k = KEY + key;
  if (d.cache.has(k)) return d.cache.get(k) as T;
  const v = make();
  d.cache.set(k, v);
  return v;
}

export interface IndexedTerms extends PostTerms {
  readonly index: TermIndex;
}

/** Every post's hashtags or text terms, with their index. Fails with NO_TEXT_COLUMN (no column to read). */
export function termsOf(d: LoadedDataset, kind: TermKind): Result<IndexedTerms> {
  return cached(d, `terms:${kind}`, (): Result<IndexedTerms> => {
    const r = postTerms(d.table, d.schema, kind);
    return r.ok ? ok({ ...r.value, index: indexTerms(r.value.lists) }) : r;
  });
}

/** The timestamp column's times (epoch ms, NaN where unreadable), or null without one. */
export function timesOf(d: LoadedDataset): { column: string; times: Float64Array } | null {
  const column = columnWithRole(d.schema, 'timestamp');
  if (!column) return null;
  return cached(d, `times:${column.name}`, () => ({ column: column.name, times: datetimeColumn(d.table, column) }));
}

/** What the sentiment feature keeps per text column (workers/jobs/sentiment/scoreStore.ts): read, never written. */
interface SentimentScores {
  readonly scores: Float32Array;
  readonly done: Uint8Array;
}

function sentimentStore(d: LoadedDataset, column: string): SentimentScores | null {
  const s = d.cache.get(`sentiment:scores:${column}`) as Partial<SentimentScores> | undefined;
  return s?.scores instanceof Float32Array && s.done instanceof Uint8Array && s.done.length === d.table.rowCount ? (s as SentimentScores) : null;
}

/**
 * VADER compound of every post's text, null without a text column: the rows the Sentiment view
 * has already scored are taken from it, the rest are scored here (about 250k texts/s).
 */
export function compoundOf(d: LoadedDataset): { column: string; compound: Float32Array } | null {
  const column = columnWithRole(d.schema, 'text');
  if (!column) return null;
  return cached(d, `compound:${column.name}`, () => {
    const texts = d.table.columns[column.index]!;
    const compound = new Float32Array(texts.length);
    const store = sentimentStore(d, column.name);
    const todo: number[] = [];
    for (let r = 0; r < texts.length; r++) {
      if (store && store.done[r] === 1) compound[r] = store.scores[r * 4 + 3]!;
      else todo.push(r);
    }
    const CHUNK = 20_000;
    for (let from = 0; from < todo.length; from += CHUNK) {
      const rows = todo.slice(from, from + CHUNK);
      const scores = scoreTexts(rows.map((r) => texts[r]!));
      rows.forEach((r, i) => (compound[r] = scores[i * 4 + 3]!));
    }
    return { column: column.name, compound };
  });
}

/** The last analysis shown, with every post's cluster. */
export interface KeptTopics {
  readonly result: TopicsResult;
  readonly labels: Int32Array;
}

export function keptTopics(d: LoadedDataset): KeptTopics | null {
  return (d.cache.get(`${KEY}kept`) as KeptTopics | undefined) ?? null;
}

export function keepTopics(d: LoadedDataset, kept: KeptTopics): void {
  d.cache.set(`${KEY}kept`, kept);
}

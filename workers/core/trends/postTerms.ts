/**
 * The terms of each post of a table, normalised as the topic model reads them: hashtags from the
 * column with role `hashtags` (any list format the importer knows) or, without one, the #tags
 * of the text column; or the words of the text ("text terms") for data without hashtags.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import type { ParsedTable } from '../csv/types.ts';
import { createCleaner } from '../preprocess/cleanText.ts';
import { columnWithRole, tagsColumn, type ColumnSchema } from '../schema/index.ts';
import { extractHashtags, foldCase, hashtagDocuments } from '../text/hashtags.ts';

export type TermKind = 'hashtags' | 'terms';

/** Where the terms came from: the hashtags column, #tags found in the text, or the text's words. */
export interface TermSource {
  readonly kind: 'hashtag-column' | 'text-hashtags' | 'text-terms';
  readonly column: string;
}

export interface PostTerms {
  readonly source: TermSource;
  /** One list per row of the table (case-folded, without '#', repeats kept: they are term counts). */
  readonly lists: string[][];
  /** Rows with at least one term. */
  readonly postsWithTerms: number;
}

/**
 * Hashtags of every row: from the `hashtags` column, read as the sklearn reference reads tags
 * ('#' + tag, then `#\w+`, so 'Covid-19' gives 'covid'); else from the text column's #tags.
 * Fails with NO_TEXT_COLUMN when there is neither column; a table without any hashtag is not a
 * failure here (`postsWithTerms` is 0): the caller offers text terms instead.
 */
export function postHashtags(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
): Result<PostTerms> {
  const tagColumn = columnWithRole(schema, 'hashtags');
  if (tagColumn) {
    const { docs, rows } = hashtagDocuments(tagsColumn(table, tagColumn));
    const lists = Array.from({ length: table.rowCount }, (): string[] => []);
    rows.forEach((row, d) => (lists[row] = docs[d]!));
    return ok(withCount({ kind: 'hashtag-column', column: tagColumn.name }, lists));
  }
  const text = columnWithRole(schema, 'text');
  if (!text) return noColumns();
  return ok(
    withCount(
      { kind: 'text-hashtags', column: text.name },
      table.columns[text.index]!.map(extractHashtags),
    ),
  );
}

/** Runs of at least two letters, digits or '_' that are not only digits: sklearn's default `token_pattern` `(?u)\b\w\w+\b`, without numbers. */
const WORD_RUN = /[\p{L}\p{N}_]{2,}/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * The words of every row's text: cleaned (entities decoded, URLs, @mentions, punctuation, emoji
 * and English stopwords removed, #tags kept as their word), then cut into word runs as sklearn's
 * default tokenizer does ("covid-19" → "covid", "don't" → "don"), numbers dropped.
 * Fails with NO_TEXT_COLUMN when no column has the text role.
 */
export function postTextTerms(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
): Result<PostTerms> {
  const text = columnWithRole(schema, 'text');
  if (!text) return noColumns();
  const clean = createCleaner({ hashtags: 'strip', keepEmoji: false });
  const lists = table.columns[text.index]!.map((cell) => {
    const out: string[] = [];
    for (const token of clean(cell)) {
      for (const m of foldCase(token).matchAll(WORD_RUN)) if (!DIGITS.test(m[0])) out.push(m[0]);
    }
    return out;
  });
  return ok(withCount({ kind: 'text-terms', column: text.name }, lists));
}

/** The terms of `kind` for every row. */
export function postTerms(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  kind: TermKind,
): Result<PostTerms> {
  return kind === 'hashtags' ? postHashtags(table, schema) : postTextTerms(table, schema);
}

function withCount(source: TermSource, lists: string[][]): PostTerms {
  let postsWithTerms = 0;
  for (const l of lists) if (l.length > 0) postsWithTerms++;
  return { source, lists, postsWithTerms };
}

function noColumns(): Result<PostTerms> {
  return fail(
    'NO_TEXT_COLUMN',
    'No column has the hashtags or text role, so there are no hashtags or words to read.',
    'In the Dataset view, give the column with the post text the role "text" (and a hashtag column, if any, the role "hashtags").',
  );
}

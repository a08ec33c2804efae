/**
 * The terms of each post of a table, normalised as the topic model reads them: hashtags from the
 * column with role `hashtags` (any list format the importer knows) or, without one, the #tags
 * of the text column; or the words of the text ("text terms") for data without hashtags.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import type { ParsedTable } from '../csv/types.ts';
import { columnWithRole, tagsColumn, type ColumnSchema } from '../schema/index.ts';
import { extractHashtags, hashtagDocuments } from '../text/hashtags.ts';
import { textTopicDocuments, withPhrases } from '../topicText/topicDocuments.ts';
import { topicStopwords } from '../topicText/topicStopwords.ts';
import { topicTokenizer } from '../topicText/topicTokens.ts';

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
  /** Text terms only: the two-word phrases read as one more term (see topicDocuments.ts). */
  readonly phrases?: readonly string[];
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

/** How the words of the text are read. */
export interface TextTermOptions {
  /**
   * Phrases found before (a stored model passes its own); found on these posts when not given.
   */
  readonly phrases?: readonly string[];
  /**
   * Each row's language (ISO 639-1, or `unknown`, as language detection gives it): a post loses
   * its own language's stop words ("der", "und" in German), English for a language without a list.
   * Default: every post English.
   */
  readonly languages?: readonly string[];
}

/**
 * The topic words of every row's text (topicTokens.ts: entities decoded; URLs, @handles, numbers,
 * emoji, stop words and negations dropped; #tags read as their word; word runs as sklearn's
 * default tokenizer cuts them, "covid-19" → "covid"), each followed by the frequent phrases it holds.
 * Fails with NO_TEXT_COLUMN when no column has the text role.
 */
export function postTextTerms(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  options: TextTermOptions = {},
): Result<PostTerms> {
  const text = columnWithRole(schema, 'text');
  if (!text) return noColumns();
  const cells = table.columns[text.index]!;
  const source = { kind: 'text-terms', column: text.name } as const;
  const { phrases, languages } = options;
  if (phrases === undefined) {
    const docs = textTopicDocuments(cells, languages ? { languages } : {});
    return ok({ ...withCount(source, docs.lists), phrases: docs.phrases });
  }
  const byLanguage = new Map<string, ReturnType<typeof topicTokenizer>>();
  const tokenizerOf = (code = 'en') => {
    let t = byLanguage.get(code);
    if (!t) byLanguage.set(code, (t = topicTokenizer({ stopwords: topicStopwords(code) })));
    return t;
  };
  const known = new Set(phrases);
  return ok({
    ...withCount(
      source,
      cells.map((c, i) => withPhrases(tokenizerOf(languages?.[i])(c), known)),
    ),
    phrases,
  });
}

/** The terms of `kind` for every row; text terms read as `options` say. */
export function postTerms(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  kind: TermKind,
  options: TextTermOptions = {},
): Result<PostTerms> {
  return kind === 'hashtags' ? postHashtags(table, schema) : postTextTerms(table, schema, options);
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

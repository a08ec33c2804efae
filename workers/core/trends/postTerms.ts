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

/**
 * The topic words of every row's text (topicTokens.ts: entities decoded; URLs, @handles, numbers,
 * emoji, stop words and negations dropped; #tags read as their word; word runs as sklearn's
 * default tokenizer cuts them, "covid-19" → "covid"), each followed by the frequent phrases it holds.
 * `phrases` found on these posts when not given (a stored model passes its own).
 * Fails with NO_TEXT_COLUMN when no column has the text role.
 */
export function postTextTerms(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  phrases?: readonly string[],
): Result<PostTerms> {
  const text = columnWithRole(schema, 'text');
  if (!text) return noColumns();
  const cells = table.columns[text.index]!;
  const source = { kind: 'text-terms', column: text.name } as const;
  if (phrases === undefined) {
    const docs = textTopicDocuments(cells);
    return ok({ ...withCount(source, docs.lists), phrases: docs.phrases });
  }
  const tokenize = topicTokenizer();
  const known = new Set(phrases);
  return ok({
    ...withCount(
      source,
      cells.map((c) => withPhrases(tokenize(c), known)),
    ),
    phrases,
  });
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

/**
 * Which columns of a new file feed which part of a bundle. Columns are found by the name they had
 * in training (exact, then ignoring case), else by their role in the new file (text, hashtags,
 * timestamp). Decision for files that do not match: score what can be scored and name what was
 * left out (a part whose columns are missing is skipped, with the missing columns listed); refuse
 * only when no part can be scored at all (BUNDLE_MISMATCH, listing every missing column).
 */
import type { ParsedTable } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import type { FeatureInput } from '../features/types.ts';
import { isMissingCell } from '../schema/missing.ts';
import { parseTagsCell } from '../schema/parseTags.ts';
import type { ColumnFormat, ColumnSchema, Role } from '../schema/types.ts';
import { extractHashtags } from '../text/hashtags.ts';
import type { BundlePart } from './format.ts';
import type { LoadedBundle } from './loadBundle.ts';
import { hashtagDocument, type PostColumns } from './scoreWithBundle.ts';

export interface TablePlan {
  readonly rows: number;
  /** The file's columns that were used: text, hashtags, and each engagement feature column by training name. */
  readonly text: string | null;
  readonly hashtags: string | null;
  /** Parts that will be scored ('sentiment' is VADER, scored whenever there is a text column). */
  readonly parts: readonly BundlePart[];
  /** Parts left out, with the training columns the file lacks. */
  readonly missing: Partial<Record<BundlePart, readonly string[]>>;
  /** Sentences for the user: what was skipped and why, what was read from elsewhere. */
  readonly notes: readonly string[];
  /** Posts [from, to) as the scorer reads them. */
  columns(from: number, to: number): PostColumns;
  /** Per row of the table, its language (ISO 639-1 or `unknown`), when asked for: written as `language`. */
  readonly languages?: readonly string[];
}

/** The file column for a training column: same name, same name ignoring case, else the column with `role`. */
function findColumn(
  schema: readonly ColumnSchema[],
  names: readonly (string | null | undefined)[],
  role: Role | null,
): ColumnSchema | null {
  for (const name of names) {
    if (!name) continue;
    const exact =
      schema.find((c) => c.name === name) ??
      schema.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (exact) return exact;
  }
  return (role && schema.find((c) => c.role === role)) || null;
}

/** The file's format where it says something, else the training one. */
function formatOf(file: ColumnSchema, training: ColumnFormat): ColumnFormat {
  return { ...training, ...file.format };
}

/** Plans the scoring of `table` (its inferred `schema`) with `loaded`. */
export function planTable(
  loaded: LoadedBundle,
  table: ParsedTable,
  schema: readonly ColumnSchema[],
): Result<TablePlan> {
  const e = loaded.engagement?.bundle.engagement ?? null;
  const spec = e?.features.spec ?? null;
  const topics = loaded.topics?.part ?? null;
  const textName =
    spec?.text?.name ??
    loaded.sentiment?.part.textColumn ??
    (topics && topics.source.kind !== 'hashtag-column' ? topics.source.column : null);
  const text = findColumn(
    schema,
    [
      spec?.text?.name,
      loaded.sentiment?.part.textColumn,
      topics?.source.kind === 'hashtag-column' ? null : topics?.source.column,
    ],
    'text',
  );
  const hashtags = findColumn(
    schema,
    [spec?.hashtags?.name, topics?.source.kind === 'hashtag-column' ? topics.source.column : null],
    'hashtags',
  );
  const missing: Partial<Record<BundlePart, string[]>> = {};
  const notes: string[] = [];
  const lack = (part: BundlePart, column: string) => (missing[part] ??= []).push(column);

  if (!text) lack('sentiment', textName ?? 'a text column');
  if (topics && (topics.terms === 'terms' ? !text : !text && !hashtags))
    lack('topics', topics.source.column);

  const featureColumns = new Map<string, { file: ColumnSchema; format: ColumnFormat }>();
  let tagsFromText = false;
  if (spec) {
    if (spec.text && !text) lack('engagement', spec.text.name);
    if (spec.hashtags) {
      if (hashtags)
        featureColumns.set(spec.hashtags.name, {
          file: hashtags,
          format: formatOf(hashtags, spec.hashtags.format),
        });
      else if (text) tagsFromText = true;
      else lack('engagement', spec.hashtags.name);
    }
    if (spec.timestamp) {
      const t = findColumn(schema, [spec.timestamp.name], 'timestamp');
      if (t)
        featureColumns.set(spec.timestamp.name, {
          file: t,
          format: formatOf(t, spec.timestamp.format),
        });
      else lack('engagement', spec.timestamp.name);
    }
    for (const f of [...spec.numeric, ...spec.categorical]) {
      const c = findColumn(schema, [f.column.name], null);
      if (c) featureColumns.set(f.column.name, { file: c, format: formatOf(c, f.column.format) });
      else lack('engagement', f.column.name);
    }
  }

  const parts = (['sentiment', 'topics', 'engagement'] as const).filter(
    (p) => (p === 'sentiment' || loaded.parts.includes(p)) && !missing[p],
  );
  const listed = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(', ');
  if (parts.length === 0) {
    const all = [...new Set(Object.values(missing).flat())];
    return fail(
      'BUNDLE_MISMATCH',
      `This file has none of the columns the model needs: ${listed(all)}.`,
      `The file's columns are ${listed(schema.map((c) => c.name))}. Rename the columns as in the training data, or give the post text the role "text".`,
    );
  }
  for (const [part, cols] of Object.entries(missing)) {
    if (part !== 'sentiment' && loaded.parts.includes(part as BundlePart))
      notes.push(`No ${part} scores: the file has no column ${listed(cols)}.`);
  }
  if (missing.sentiment)
    notes.push(`No sentiment scores: the file has no text column (${listed(missing.sentiment)}).`);
  if (tagsFromText && parts.includes('engagement'))
    notes.push(
      `The file has no hashtags column ("${spec!.hashtags!.name}"): the engagement model reads the #tags of the text instead.`,
    );

  const textCells = text ? table.columns[text.index]! : null;
  const tagFormat = hashtags?.format.tags ?? 'hash-separated';
  return ok({
    rows: table.rowCount,
    text: text?.name ?? null,
    hashtags: hashtags?.name ?? null,
    parts,
    missing,
    notes,
    columns(from: number, to: number): PostColumns {
      const texts = textCells
        ? textCells.slice(from, to).map((c) => (isMissingCell(c) ? '' : c))
        : new Array<string>(to - from).fill('');
      const tagLists = hashtags
        ? table.columns[hashtags.index]!.slice(from, to).map((c) => parseTagsCell(c, tagFormat))
        : null;
      const docs = texts.map((t, i) => hashtagDocument(tagLists ? tagLists[i]! : null, t));
      let features: FeatureInput | null = null;
      if (spec && parts.includes('engagement')) {
        const cells: Record<string, readonly string[]> = {};
        const formats: Record<string, ColumnFormat> = {};
        for (const [name, { file, format }] of featureColumns) {
          cells[name] = table.columns[file.index]!.slice(from, to);
          formats[name] = format;
        }
        if (spec.text) cells[spec.text.name] = texts;
        if (tagsFromText) {
          cells[spec.hashtags!.name] = texts.map((t) =>
            extractHashtags(t)
              .map((x) => `#${x}`)
              .join(' '),
          );
          formats[spec.hashtags!.name] = { tags: 'hash-separated' };
        }
        features = { rows: to - from, cells, formats };
      }
      return {
        rows: to - from,
        texts,
        hashtags: docs,
        features,
        skipTopics: !parts.includes('topics'),
      };
    },
  });
}

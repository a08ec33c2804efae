/**
 * `murmur topics FILE [--k 2..12] [--seed N] [--text-terms] [--out labels.csv] [--json]`: hashtag
 * topics as the Topics view finds them (TF-IDF of each post's hashtags, a k-means sweep with
 * silhouettes, the recommended k), from the hashtags column, else the #tags of the text column;
 * with `--text-terms`, from the words of the text.
 *
 * `--k A..B` sweeps k = A..B (default 2..12); `--k N` fits k = N only. Pruning as scikit-learn:
 * `--min-df N`, `--max-df SHARE`, `--max-features N` (default: none, up to 50,000 terms).
 * `--json` prints `{ documents, vocabulary, perK: [{ k, inertia, silhouetteCosine,
 * silhouetteEuclidean }], recommendedK, kAtEdge, largestShare, clusters: [{ size, label, mixed,
 * silhouetteCosine, top, distinctive, representativeRows }], notes, languages?, seconds }`
 * (`languages`, posts per detected language, with `--text-terms`); `documents` are the
 * posts with at least one term, `vocabulary` the terms kept, `top` a cluster's heaviest centre
 * terms, `label` its name from its distinctive (class-based TF-IDF) terms or "Mixed / unclear"
 * when `mixed` (negative mean silhouette or no distinctive term). With `--text-terms` the words
 * of the text are clustered as the Topics view does (each post's language detected and its stop
 * words and negations dropped, English ones for a language without a list; phrases kept,
 * spherical k-means).
 * `--out FILE` writes `row,cluster`: row is the input row (0-based, header not counted), cluster
 * 0..k-1 at the recommended k, or -1 for a post without hashtags (or words).
 */
import { analyseTopics, textTopicOptions } from '../../workers/core/cluster/index.ts';
import { detectLanguages } from '../../workers/core/language/eldDetector.ts';
import type { ParsedTable } from '../../workers/core/csv/index.ts';
import { columnWithRole } from '../../workers/core/schema/index.ts';
import type { ColumnSchema } from '../../workers/core/schema/types.ts';
import { postTerms } from '../../workers/core/trends/index.ts';
import {
  parseCommandArgs,
  writeFileWhole,
  reportError,
  usageError,
  type CliCommand,
} from './command.ts';
import { readTableFile } from './readTable.ts';

const USAGE =
  'npm run cli -- topics FILE [--k 2..12] [--seed N] [--text-terms] [--min-df N] [--max-df SHARE] [--max-features N] [--out labels.csv] [--json]';

/** Each row's language, detected from the text column (null without one: postTerms says so). */
async function postLanguages(read: {
  readonly table: ParsedTable;
  readonly schema: readonly ColumnSchema[];
}): Promise<string[] | null> {
  const text = columnWithRole(read.schema, 'text');
  if (!text) return null;
  return detectLanguages(read.table.columns[text.index]!);
}

/** Posts per language, most first. */
function languageCounts(languages: readonly string[]): Record<string, number> {
  const n = new Map<string, number>();
  for (const l of languages) n.set(l, (n.get(l) ?? 0) + 1);
  return Object.fromEntries([...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** "2..12" → [2, 12]; "5" → [5, 5]; null when malformed. */
function parseKRange(value: string): [number, number] | null {
  const m = /^\s*(\d+)\s*(?:\.\.\s*(\d+))?\s*$/.exec(value);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo >= 2 && hi >= lo ? [lo, hi] : null;
}

/** A whole number ≥ `min` (or a share in (0, 1] with `share`), else null. */
function parseNumber(
  value: string | undefined,
  opts: { min?: number; share?: boolean } = {},
): number | null | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (opts.share) return n > 0 && n <= 1 ? n : null;
  return Number.isInteger(n) && n >= (opts.min ?? 0) ? n : null;
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      k: { type: 'string', default: '2..12' },
      seed: { type: 'string' },
      'text-terms': { type: 'boolean', default: false },
      'min-df': { type: 'string' },
      'max-df': { type: 'string' },
      'max-features': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'topics needs a FILE' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  const range = parseKRange(values.k);
  if (!range)
    return usageError(
      `--k must be a number of clusters ≥ 2 ("5") or a range "2..12" with 2 ≤ from ≤ to, not "${values.k}"`,
      USAGE,
    );
  const seed = parseNumber(values.seed);
  const minDf = parseNumber(values['min-df'], { min: 1 });
  const maxDf = parseNumber(values['max-df'], { share: true });
  const maxFeatures = parseNumber(values['max-features'], { min: 1 });
  if (seed === null || seed! > 0xffffffff)
    return usageError(
      `--seed must be a whole number from 0 to 4294967295, not "${values.seed}"`,
      USAGE,
    );
  if (minDf === null)
    return usageError(`--min-df must be a whole number ≥ 1, not "${values['min-df']}"`, USAGE);
  if (maxDf === null)
    return usageError(
      `--max-df must be a share above 0 and at most 1, not "${values['max-df']}"`,
      USAGE,
    );
  if (maxFeatures === null)
    return usageError(
      `--max-features must be a whole number ≥ 1, not "${values['max-features']}"`,
      USAGE,
    );

  const table = await readTableFile(file, 'topics');
  if (!table.ok) return reportError(table.error);
  const kind = values['text-terms'] ? 'terms' : 'hashtags';
  // text terms: each post loses its own language's stop words, as in the Topics view
  const languages = kind === 'terms' ? await postLanguages(table.value) : null;
  const terms = postTerms(table.value.table, table.value.schema, kind, {
    ...(languages && { languages }),
  });
  if (!terms.ok) return reportError(terms.error);
  const { lists, source, postsWithTerms } = terms.value;
  if (postsWithTerms === 0) {
    const where =
      source.kind === 'hashtag-column'
        ? `in the column "${source.column}"`
        : source.kind === 'text-hashtags'
          ? `in the text column "${source.column}"`
          : `left in "${source.column}" after cleaning`;
    return kind === 'hashtags'
      ? reportError({
          code: 'NO_HASHTAGS',
          message: `None of the ${lists.length} posts has a hashtag ${where}.`,
          hint: 'Add --text-terms to cluster the words of the posts instead.',
        })
      : reportError({
          code: 'NO_HASHTAGS',
          message: `None of the ${lists.length} posts has a word ${where}.`,
          hint: 'Check that the column with the post text has the role "text".',
        });
  }

  const t0 = performance.now();
  const single = range[0] === range[1];
  const analysed = analyseTopics(lists, {
    kMin: range[0],
    kMax: range[1],
    ...(single && { k: range[0] }),
    ...(seed !== undefined && { seed }),
    ...(minDf !== undefined && { minDf }),
    ...(maxDf !== undefined && { maxDf }),
    ...(maxFeatures !== undefined && { maxFeatures }),
    // the Topics view's text pipeline: spherical k-means, names without general words
    ...(kind === 'terms' && textTopicOptions()),
  });
  if (!analysed.ok) return reportError(analysed.error);
  const a = analysed.value;
  const seconds = (performance.now() - t0) / 1000;

  if (values.out !== undefined) {
    try {
      writeFileWhole(
        values.out,
        `row,cluster\n${Array.from(a.labels, (c, row) => `${row},${c}`).join('\n')}\n`,
      );
    } catch (e) {
      return reportError({
        code: 'FILE_UNREADABLE',
        message: `Cannot write "${values.out}": ${e instanceof Error ? e.message : String(e)}.`,
        hint: 'Check that the folder exists and is writable.',
      });
    }
  }
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          documents: a.documents,
          vocabulary: a.pruning.termsKept,
          perK: a.sweep.map((e) => ({
            k: e.k,
            inertia: e.inertia,
            silhouetteCosine: e.silhouetteCosine,
            silhouetteEuclidean: e.silhouetteEuclidean,
          })),
          recommendedK: a.recommendedK,
          kAtEdge: a.kAtEdge,
          largestShare: a.largestShare,
          clusters: a.clusters.map((c) => ({
            size: c.size,
            label: c.label,
            mixed: c.mixed,
            silhouetteCosine: c.silhouetteCosine,
            top: c.topTerms.map((t) => t.term),
            distinctive: c.distinctiveTerms.map((t) => t.term),
            representativeRows: c.representatives,
          })),
          notes: a.notes,
          ...(languages && { languages: languageCounts(languages) }),
          seconds: Math.round(seconds * 1000) / 1000,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const tag = (t: string): string => (kind === 'hashtags' ? `#${t}` : t);
  const from =
    source.kind === 'hashtag-column'
      ? `hashtags column "${source.column}"`
      : source.kind === 'text-hashtags'
        ? `#tags of the text column "${source.column}"`
        : `words of "${source.column}"`;
  const lines = [
    `${table.value.table.fileName}: ${a.documents.toLocaleString('en-US')} of ${a.posts.toLocaleString('en-US')} posts have terms (${from}), ${a.distinctDocuments.toLocaleString('en-US')} distinct`,
    `vocabulary: ${a.pruning.termsSeen.toLocaleString('en-US')} → ${a.pruning.termsKept.toLocaleString('en-US')} terms`,
    '',
    '   k      inertia  silhouette (cosine)  (euclidean)',
    ...a.sweep.map(
      (e) =>
        `${String(e.k).padStart(4)} ${e.inertia.toFixed(2).padStart(12)} ${(e.silhouetteCosine?.toFixed(4) ?? '—').padStart(20)} ${(e.silhouetteEuclidean?.toFixed(4) ?? '—').padStart(12)}${e.k === a.recommendedK ? '  ← recommended' : ''}`,
    ),
    '',
    `k = ${a.k} (${single ? 'as asked' : a.recommendationRule}):`,
    ...a.clusters.map(
      (c) =>
        `  ${String(c.id).padStart(2)}  ${c.size.toLocaleString('en-US').padStart(7)} posts  ${c.mixed ? `[${c.label}] ` : `${c.label}  —  `}${c.topTerms
          .slice(0, 8)
          .map((t) => tag(t.term))
          .join(' ')}`,
    ),
    ...a.notes.map((n) => `note: ${n}`),
    `${seconds.toFixed(2)} s${values.out !== undefined ? `; labels written to ${values.out}` : ''}`,
  ];
  console.log(lines.join('\n'));
  return 0;
};

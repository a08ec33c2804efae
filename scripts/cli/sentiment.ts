/**
 * `murmur sentiment FILE [--text COL] [--lang COL] [--label COL] [--map V=class,…] [--reference] [--out OUT.csv] [--json]`:
 * each post's language, then its sentiment in that language, on the post as sentiment reads it
 * (@handles, links, `RT @x:` and HTML entities set aside, hashtags as words): English through
 * VADER as the app computes it, German, Spanish, French, Italian, Portuguese and
 * Arabic through their lexicons, any other language `unscored` (never neutral). `--lang` names a
 * column of declared languages, taken as a hint. `--reference` scores every post with VADER on the
 * raw text, exactly as vaderSentiment 3.3.2 (languages are still reported). `--out` writes
 * `row,neg,neu,pos,compound,label,language`, one line per input row in input order (`row` counts
 * from 0, as pandas numbers rows; the four scores are empty when unscored). `--json` prints
 * `{ rows, mode, counts, unscored, languages, seconds, textsPerSecond, evaluation? }`. With `--label`,
 * the scored rows are evaluated against that column: each value's class is proposed as in the app
 * (names, numeric scales, the word's own valence), or given with `--map` (values not listed are
 * ignored); unscored rows are left out.
 */
import { fail, ok, type Result } from '../../workers/core/errors/index.ts';
import { requireTextColumn, type ColumnSchema } from '../../workers/core/schema/index.ts';
import { detectLanguages } from '../../workers/core/language/eldDetector.ts';
import {
  loadLexicons,
  scoreInLanguage,
  type PostSentimentLabel,
} from '../../workers/core/sentiment/byLanguage.ts';
import { evaluateVader, type VaderEvaluation } from '../../workers/core/sentiment/evaluation.ts';
import {
  DEFAULT_SENTIMENT_MODE,
  DEFAULT_THRESHOLDS,
  type SentimentMode,
} from '../../workers/core/sentiment/index.ts';
import {
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
  SENTIMENT_CLASSES,
  type LabelMapping,
  type LabelTarget,
} from '../../workers/core/sentiment/labelMapping.ts';
import { csvField } from '../sample/csvWriter.ts';
import {
  parseCommandArgs,
  writeFileWhole,
  reportError,
  usageError,
  type CliCommand,
} from './command.ts';
import { readTableFile } from './readTable.ts';

const USAGE =
  'npm run cli -- sentiment FILE [--text COLUMN] [--lang COLUMN] [--label COLUMN] [--map VALUE=class,…] [--reference] [--out OUT.csv] [--json]';

/** The column named `name` (for the option `what`), or COLUMN_NOT_FOUND listing the columns. */
export function column(
  schema: readonly ColumnSchema[],
  name: string,
  what: string,
): Result<ColumnSchema> {
  const c = schema.find((x) => x.name === name);
  return c
    ? ok(c)
    : fail(
        'COLUMN_NOT_FOUND',
        `There is no column "${name}" for ${what} (columns: ${schema.map((x) => x.name).join(', ')}).`,
        'Check the spelling; names are case-sensitive.',
      );
}

/** `--map Positive=positive,Sad=negative`: value=class pairs (class one of positive, neutral, negative, ignore). */
export function parseMapOption(text: string): Result<LabelMapping> {
  const mapping: Record<string, LabelTarget> = {};
  for (const pair of text.split(',')) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const target = pair
      .slice(at + 1)
      .trim()
      .toLowerCase();
    if (at <= 0 || !value || ![...SENTIMENT_CLASSES, 'ignore'].includes(target)) {
      return fail(
        'INVALID_OPTIONS',
        `--map takes VALUE=class pairs separated by commas, class one of positive, neutral, negative, ignore (got "${pair}").`,
        'For example: --map Positive=positive,Negative=negative,Neutral=neutral',
      );
    }
    mapping[value] = target as LabelTarget;
  }
  return ok(mapping);
}

function evaluationJson(e: VaderEvaluation, mapping: LabelMapping): Record<string, unknown> {
  return {
    n: e.n,
    excluded: e.excluded,
    accuracy: e.accuracy,
    macroF1: e.macroF1,
    perClass: e.perClass.map((c) => ({
      label: c.label,
      precision: c.precision,
      recall: c.recall,
      f1: c.f1,
      support: c.support,
    })),
    confusion: e.confusion,
    labels: e.labels,
    mapping,
  };
}

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      text: { type: 'string' },
      lang: { type: 'string' },
      reference: { type: 'boolean', default: false },
      label: { type: 'string' },
      map: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'sentiment needs a FILE' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  const { values } = parsed;
  if (values.map !== undefined && values.label === undefined)
    return usageError('--map needs --label', USAGE);
  const given = values.map !== undefined ? parseMapOption(values.map) : null;
  if (given && !given.ok) return reportError(given.error);

  const read = await readTableFile(file, 'sentiment');
  if (!read.ok) return reportError(read.error);
  const { table, schema } = read.value;
  const textColumn =
    values.text !== undefined
      ? column(schema, values.text, '--text')
      : requireTextColumn(schema, table.fileName);
  if (!textColumn.ok) return reportError(textColumn.error);
  const labelColumn = values.label !== undefined ? column(schema, values.label, '--label') : null;
  if (labelColumn && !labelColumn.ok) return reportError(labelColumn.error);
  const langColumn = values.lang !== undefined ? column(schema, values.lang, '--lang') : null;
  if (langColumn && !langColumn.ok) return reportError(langColumn.error);

  const texts = table.columns[textColumn.value.index]!;
  const declared = langColumn?.ok ? table.columns[langColumn.value.index]! : null;
  const mode: SentimentMode = values.reference ? 'reference' : DEFAULT_SENTIMENT_MODE;
  const t0 = performance.now();
  const languages = await detectLanguages(texts, declared);
  const lexicons = await loadLexicons(languages);
  // Float64: the exact rounded scores the reference prints.
  const scores = new Float64Array(texts.length * 4);
  const labels: PostSentimentLabel[] = texts.map((t, i) =>
    scoreInLanguage(t, languages[i]!, lexicons, scores, i * 4, DEFAULT_THRESHOLDS, mode),
  );
  const seconds = (performance.now() - t0) / 1000;
  const counts = { positive: 0, neutral: 0, negative: 0 };
  let unscored = 0;
  const scored: number[] = [];
  labels.forEach((l, i) => {
    if (l === 'unscored') unscored++;
    else {
      counts[l]++;
      scored.push(i);
    }
  });
  const byLanguage: Record<string, number> = {};
  for (const l of languages) byLanguage[l] = (byLanguage[l] ?? 0) + 1;
  const languageCounts = Object.fromEntries(
    Object.entries(byLanguage).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  );

  if (values.out !== undefined) {
    const lines = ['row,neg,neu,pos,compound,label,language'];
    const score = (v: number): string => (Number.isNaN(v) ? '' : String(v));
    for (let i = 0; i < texts.length; i++)
      lines.push(
        [
          String(i),
          score(scores[i * 4]!),
          score(scores[i * 4 + 1]!),
          score(scores[i * 4 + 2]!),
          score(scores[i * 4 + 3]!),
          labels[i]!,
          languages[i]!,
        ]
          .map(csvField)
          .join(','),
      );
    try {
      writeFileWhole(values.out, `${lines.join('\n')}\n`);
    } catch (e) {
      return reportError({
        code: 'FILE_UNREADABLE',
        message: `Cannot write "${values.out}": ${e instanceof Error ? e.message : String(e)}.`,
        hint: 'Check that the folder exists and is writable.',
      });
    }
  }

  let evaluation: Record<string, unknown> | undefined;
  let evaluated: VaderEvaluation | null = null;
  if (labelColumn?.ok) {
    const cells = table.columns[labelColumn.value.index]!;
    const mapping = given?.ok
      ? given.value
      : mappingOf(proposeLabelMapping(countLabelValues(cells).values));
    const r = evaluateVader(cells, (i) => scores[i * 4 + 3]!, mapping, DEFAULT_THRESHOLDS, scored);
    if (!r.ok) return reportError(r.error);
    evaluated = r.value;
    evaluation = evaluationJson(r.value, mapping);
  }

  const rows = texts.length;
  const textsPerSecond = seconds > 0 ? Math.round(rows / seconds) : null;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          rows,
          mode,
          counts,
          unscored,
          languages: languageCounts,
          seconds,
          textsPerSecond,
          ...(evaluation ? { evaluation } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const pct = (n: number): string => (rows > 0 ? `${((100 * n) / rows).toFixed(1)} %` : '—');
  const lines = [
    `${table.fileName}: ${rows.toLocaleString('en-US')} posts in column "${textColumn.value.name}" scored ${mode === 'reference' ? 'on the raw text (reference VADER)' : 'with handles, links and RT prefixes set aside'} in ${seconds.toFixed(2)} s${textsPerSecond ? ` (${textsPerSecond.toLocaleString('en-US')} texts/s)` : ''}`,
    `positive ${counts.positive.toLocaleString('en-US')} (${pct(counts.positive)})   neutral ${counts.neutral.toLocaleString('en-US')} (${pct(counts.neutral)})   negative ${counts.negative.toLocaleString('en-US')} (${pct(counts.negative)})   unscored ${unscored.toLocaleString('en-US')} (${pct(unscored)}, languages we have no lexicon for)`,
    `languages: ${Object.entries(languageCounts)
      .map(([code, n]) => `${code} ${n.toLocaleString('en-US')}`)
      .join(', ')}`,
  ];
  if (evaluated && labelColumn?.ok) {
    lines.push(
      '',
      `against "${labelColumn.value.name}" (${evaluated.n.toLocaleString('en-US')} rows with a class, ${evaluated.excluded.toLocaleString('en-US')} left out):`,
      `accuracy ${evaluated.accuracy.toFixed(4)}   macro-F1 ${evaluated.macroF1.toFixed(4)}`,
      ...evaluated.perClass.map(
        (c) =>
          `  ${c.label.padEnd(9)} precision ${c.precision.toFixed(3)}  recall ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (n ${c.support})`,
      ),
      `confusion (rows true, columns predicted: ${evaluated.labels.join(', ')}): ${JSON.stringify(evaluated.confusion)}`,
    );
  }
  if (values.out !== undefined) lines.push('', `scores written to ${values.out}`);
  console.log(lines.join('\n'));
  return 0;
};

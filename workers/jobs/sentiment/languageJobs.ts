/**
 * The language facet of the sentiment view: each post's language (eld, loaded on first use) and
 * its sentiment read in that language, detected once per text column and language hint column.
 */
import type { ProgressFn } from '../../api/common.ts';
import type { SentimentLanguages, SentimentThresholds } from '../../api/sentiment.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { detectLanguage, UNKNOWN_LANGUAGE } from '../../core/language/detectLanguage.ts';
import type { ColumnSchema } from '../../core/schema/types.ts';
import { loadEldDetector } from '../../core/language/eldDetector.ts';
import {
  loadLexicons,
  scoreInLanguage,
  type PostSentimentLabel,
} from '../../core/sentiment/byLanguage.ts';
import { breakdownByLanguage } from '../../core/sentiment/languageBreakdown.ts';
import { sentimentLabel } from '../../core/sentiment/label.ts';
import { throttledProgress, yieldToEventLoop } from '../shared/progress.ts';
import { cacheEntry, requireDataset, type LoadedDataset } from '../shared/session.ts';
import {
  keepLanguageReading,
  languageReading,
  type LanguageReading,
} from '../shared/languageReading.ts';
import { restoreLanguageFilter } from '../shared/languageFilter.ts';
import { cellsOf, textColumnOf } from './sentimentSession.ts';
import { checkThresholds } from './thresholds.ts';

/** The language pass running for the dataset (text and hint column), so a second ask waits for it. */
const inFlight = cacheEntry<{ key: string; pass: Promise<LanguageReading> }>(
  'sentiment:language-pass',
);

/** Rows per step, so the worker answers other calls (and a cancel) in between. */
const STEP = 2000;

async function readLanguages(
  texts: readonly string[],
  declared: readonly string[] | null,
  onProgress?: ProgressFn,
): Promise<Pick<LanguageReading, 'languages' | 'scores'>> {
  const report = throttledProgress(onProgress);
  report({ phase: 'Loading the language detector', done: 0, total: texts.length, unit: 'texts' });
  const detector = await loadEldDetector();
  const languages: string[] = new Array<string>(texts.length);
  for (let from = 0; from < texts.length; from += STEP) {
    const to = Math.min(texts.length, from + STEP);
    for (let i = from; i < to; i++)
      languages[i] = detectLanguage(texts[i] ?? '', detector, declared?.[i]);
    report({ phase: 'Detecting languages', done: to, total: texts.length, unit: 'texts' });
    await yieldToEventLoop();
  }
  const lexicons = await loadLexicons(languages);
  const scores = new Float64Array(texts.length * 4);
  for (let i = 0; i < texts.length; i++)
    scoreInLanguage(texts[i] ?? '', languages[i]!, lexicons, scores, i * 4);
  return { languages, scores };
}

/**
 * The language of each of `rows` (default all) of a text column: the language pass's when it ran on
 * the column (its declared-language hint included), else detected here from the text alone.
 */
export async function postLanguages(
  d: LoadedDataset,
  column: ColumnSchema,
  rows?: ArrayLike<number>,
): Promise<string[]> {
  const kept = languageReading(d, column.name)?.languages;
  const texts = cellsOf(d, column);
  const which = rows ? Array.from(rows) : texts.map((_, i) => i);
  if (kept) return which.map((i) => kept[i] ?? UNKNOWN_LANGUAGE);
  const detector = await loadEldDetector();
  const out = new Array<string>(which.length);
  for (let from = 0; from < which.length; from += STEP) {
    const to = Math.min(which.length, from + STEP);
    for (let p = from; p < to; p++) out[p] = detectLanguage(texts[which[p]!] ?? '', detector);
    await yieldToEventLoop();
  }
  return out;
}

/** Languages and sentiment by language of the active dataset's text column. */
export async function sentimentLanguages(
  request: {
    readonly textColumn?: string;
    readonly languageColumn?: string | null;
    readonly thresholds?: SentimentThresholds;
  },
  onProgress?: ProgressFn,
): Promise<Result<SentimentLanguages>> {
  const thresholds = checkThresholds(request.thresholds);
  if (!thresholds.ok) return thresholds;
  const r = await requireDataset();
  if (!r.ok) return r;
  const d = r.value;
  const column = textColumnOf(d, request.textColumn);
  if (!column.ok) return column;
  const hintName = request.languageColumn ?? null;
  const hint = hintName === null ? null : d.schema.find((c) => c.name === hintName);
  if (hint === undefined)
    return fail(
      'COLUMN_NOT_FOUND',
      `The dataset has no column "${hintName}".`,
      'Pick one of the listed columns.',
    );
  const kept = languageReading(d, column.value.name);
  const passKey = JSON.stringify([column.value.name, hintName]);
  const running = inFlight.get(d);
  // the overview and a restored language filter may ask at once: one pass serves both
  const read =
    kept && kept.hintColumn === hintName
      ? kept
      : running?.key === passKey
        ? await running.pass
        : await (() => {
            const pass = readLanguages(
              cellsOf(d, column.value),
              hint ? cellsOf(d, hint) : null,
              onProgress,
            ).then(
              (l) => ({ textColumn: column.value.name, hintColumn: hintName, ...l }),
              (e: unknown) => {
                // a failed pass is not waited on again: the next ask runs a new one
                inFlight.set(d, { key: '', pass });
                throw e;
              },
            );
            inFlight.set(d, { key: passKey, pass });
            return pass;
          })();
  // Kept in shared: every chart then counts posts in their own language, and the filter reads it.
  keepLanguageReading(d, read);
  // the language filter chosen on the last visit comes back with the languages
  await restoreLanguageFilter(d);
  const labels: PostSentimentLabel[] = read.languages.map((_, i) => {
    const c = read.scores[i * 4 + 3]!;
    return Number.isNaN(c) ? 'unscored' : sentimentLabel(c, thresholds.value);
  });
  return ok({
    textColumn: column.value.name,
    languageColumn: hintName,
    ...breakdownByLanguage(read.languages, labels),
  });
}

/**
 * `classify --per-language`: each post's language (eld, a `--lang` column as a hint), and the
 * figures per language that set a model per language beside one model for all languages and the
 * word list of each language (VADER for English), on the same evaluated posts.
 */
import { classScores } from '../../workers/core/classify/classScores.ts';
import { labelsInLanguages } from '../../workers/core/sentiment/byLanguage.ts';
import { SENTIMENT_CLASSES } from '../../workers/core/sentiment/labelMapping.ts';

/** Class index of a post no word list of ours reads: counted wrong, in no class's F1. */
const UNSCORED = 3;

/** Each text's class as the word list of its language reads it (3 where none can). */
export async function lexiconClasses(
  texts: readonly string[],
  languages: readonly string[],
): Promise<Uint8Array> {
  const labels = await labelsInLanguages(texts, languages);
  return Uint8Array.from(labels, (label) =>
    label === 'unscored' ? UNSCORED : SENTIMENT_CLASSES.indexOf(label),
  );
}

const round = (v: number) => Math.round(v * 10000) / 10000;
const figures = (s: Figures): Figures => ({
  accuracy: round(s.accuracy),
  macroF1: round(s.macroF1),
});

/** Predictions per post (class index), each way of reading them. */
export interface LanguageReadings {
  readonly perLanguage: ArrayLike<number>;
  readonly oneModel: ArrayLike<number>;
  readonly lexicon: Uint8Array;
  readonly vader: ArrayLike<number>;
}

interface Figures {
  readonly accuracy: number;
  readonly macroF1: number;
}

/** One language's line of `--json`'s `languages`: the models per language's figures first. */
export interface LanguageFigure extends Figures {
  readonly n: number;
  readonly ownModel: boolean;
  readonly oneModel: Figures;
  readonly lexicon: Figures & { readonly unscored: number };
  readonly vader: Figures;
}

/**
 * Per language of the evaluated `rows` (most posts first): n, whether it had its own model, and
 * accuracy and macro-F1 of the models per language, of one model, of its word list (with the
 * posts it cannot read) and of VADER.
 */
export function languageFigures(
  truth: ArrayLike<number>,
  readings: LanguageReadings,
  languages: readonly string[],
  rows: readonly number[],
  models: readonly string[],
): Record<string, LanguageFigure> {
  const byLanguage = new Map<string, number[]>();
  for (const i of rows) {
    const list = byLanguage.get(languages[i]!);
    if (list) list.push(i);
    else byLanguage.set(languages[i]!, [i]);
  }
  return Object.fromEntries(
    [...byLanguage]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .map(([language, at]) => [
        language,
        {
          n: at.length,
          ownModel: models.includes(language),
          ...figures(classScores(truth, readings.perLanguage, at)),
          oneModel: figures(classScores(truth, readings.oneModel, at)),
          lexicon: {
            ...figures(classScores(truth, readings.lexicon, at)),
            unscored: at.filter((i) => readings.lexicon[i] === UNSCORED).length,
          },
          vader: figures(classScores(truth, readings.vader, at)),
        },
      ]),
  );
}

/** The text lines of the per-language table. */
export function languageLines(
  table: Readonly<Record<string, LanguageFigure>>,
  overall: { perLanguage: number; oneModel: number },
): string[] {
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`.padStart(7);
  const lines = [
    `a model per language: accuracy ${overall.perLanguage.toFixed(4)}   one model for all languages: ${overall.oneModel.toFixed(4)}${overall.perLanguage > overall.oneModel ? '' : ' (one model does as well or better)'}`,
    '',
    'language      posts  own model  per language  one model  word list (can’t read)',
  ];
  for (const [code, f] of Object.entries(table)) {
    lines.push(
      `  ${code.padEnd(10)} ${String(f.n).padStart(6)}  ${(f.ownModel ? 'yes' : 'no').padEnd(9)}  ${pct(f.accuracy).padStart(12)}  ${pct(f.oneModel.accuracy).padStart(9)}  ${pct(f.lexicon.accuracy)} (${f.lexicon.unscored})`,
    );
  }
  return lines;
}

/**
 * The issue-14 goals measured on our own written multilingual posts (`dev.tsv`, `heldout.tsv`):
 * language accuracy and macro-F1 without labels per language, the share of Arabic posts English
 * VADER calls neutral, what the awkward posts become, and throughput per core.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../workers/core/language/detectLanguage.ts';
import { loadEldDetector } from '../../workers/core/language/eldDetector.ts';
import { macroF1 } from '../../workers/core/metrics/index.ts';
import {
  loadLexicons,
  scoreInLanguage,
  type PostSentimentLabel,
} from '../../workers/core/sentiment/byLanguage.ts';
import { LEXICON_LANGUAGES } from '../../workers/core/sentiment/languageLexicons.ts';
import { polarityScores, sentimentLabel } from '../../workers/core/sentiment/index.ts';

/** One written post: its language(s), the writer's label, what kind of post it is, its text. */
export interface MultilingualPost {
  readonly lang: string;
  readonly label: string;
  readonly kind: string;
  readonly text: string;
}

export interface LanguageGoal {
  readonly language: string;
  readonly posts: number;
  /** Share detected as `language`. */
  readonly languageAccuracy: number;
  /** English VADER alone, as before issue 14. */
  readonly macroF1Vader: number;
  /** Read in the detected language (an unscored post counts as wrong). */
  readonly macroF1ByLanguage: number;
  readonly unscored: number;
  readonly neutralShare: number;
}

export interface GoalsReport {
  readonly set: string;
  readonly posts: number;
  readonly perLanguage: readonly LanguageGoal[];
  /** Arabic posts English VADER labels neutral (before), and Arabic posts still read by VADER and neutral (now). */
  readonly arabicNeutralByVader: number;
  readonly arabicNeutralByVaderNow: number;
  readonly awkward: readonly {
    readonly kind: string;
    readonly lang: string;
    readonly detected: string;
    readonly label: string;
    readonly ours: PostSentimentLabel;
    readonly text: string;
  }[];
  /** Posts per second on one thread. */
  readonly detectionPerSecond: number;
  readonly scoringPerSecond: number;
}

const CLASSES = ['negative', 'neutral', 'positive'];
export const GOAL_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'it', 'pt'];

/** The posts of `dev` or `heldout`. */
export function readPosts(set: 'dev' | 'heldout'): MultilingualPost[] {
  const file = fileURLToPath(new URL(`./${set}.tsv`, import.meta.url));
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [lang = '', label = '', kind = '', text = ''] = line.split('\t');
      return { lang, label, kind, text };
    });
}

/** Measure every goal on `set`; throughput over `reps` passes of all its posts. */
export async function measureGoals(set: 'dev' | 'heldout', reps = 40): Promise<GoalsReport> {
  const posts = readPosts(set);
  const detector = await loadEldDetector();
  const lexicons = await loadLexicons(LEXICON_LANGUAGES);
  const out = new Float64Array(4);
  const plain = posts.filter((r) => r.kind === 'plain');
  const perLanguage = GOAL_LANGUAGES.map((language): LanguageGoal => {
    const these = plain.filter((r) => r.lang === language);
    let right = 0;
    let unscored = 0;
    let neutral = 0;
    const truth: string[] = [];
    const vader: string[] = [];
    const ours: string[] = [];
    for (const r of these) {
      const detected = detectLanguage(r.text, detector);
      if (detected === language) right++;
      const label = scoreInLanguage(r.text, detected, lexicons, out, 0);
      if (label === 'unscored') unscored++;
      if (label === 'neutral') neutral++;
      truth.push(r.label);
      vader.push(sentimentLabel(polarityScores(r.text).compound));
      ours.push(label);
    }
    const n = these.length;
    return {
      language,
      posts: n,
      languageAccuracy: right / n,
      macroF1Vader: macroF1(truth, vader, CLASSES),
      macroF1ByLanguage: macroF1(truth, ours, CLASSES),
      unscored,
      neutralShare: neutral / n,
    };
  });
  const arabic = plain.filter((r) => r.lang === 'ar');
  const vaderNeutral = (t: string): boolean =>
    sentimentLabel(polarityScores(t).compound) === 'neutral';
  const arabicNeutralByVader = arabic.filter((r) => vaderNeutral(r.text)).length / arabic.length;
  const arabicNeutralByVaderNow =
    arabic.filter((r) => {
      const detected = detectLanguage(r.text, detector);
      return (detected === 'en' || detected === 'unknown') && vaderNeutral(r.text);
    }).length / arabic.length;
  const awkward = posts
    .filter((r) => r.kind !== 'plain')
    .map((r) => {
      const detected = detectLanguage(r.text, detector);
      const ours = scoreInLanguage(r.text, detected, lexicons, out, 0);
      return { kind: r.kind, lang: r.lang, detected, label: r.label, ours, text: r.text };
    });

  let t0 = performance.now();
  const detected = posts.map((r) => detectLanguage(r.text, detector));
  for (let k = 1; k < reps; k++) for (const r of posts) detectLanguage(r.text, detector);
  const detectS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (let k = 0; k < reps; k++)
    for (let i = 0; i < posts.length; i++)
      scoreInLanguage(posts[i]!.text, detected[i]!, lexicons, out, 0);
  const scoreS = (performance.now() - t0) / 1000;
  const n = posts.length * reps;
  return {
    set,
    posts: posts.length,
    perLanguage,
    arabicNeutralByVader,
    arabicNeutralByVaderNow,
    awkward,
    detectionPerSecond: Math.round(n / detectS),
    scoringPerSecond: Math.round(n / scoreS),
  };
}

/**
 * `murmur classify FILE --label COL [--text COL] [--folds K] [--split-column COL] [--by COL]
 * [--map VALUE=class,…] [--budget N] [--seed S] [--per-language [--lang COL]] [--json]`: the linear TF-IDF
 * sentiment classifier the app trains (workers/core/classify), scored against a label column, beside VADER.
 * - `--per-language`: a model per language with enough labels (the rest read by one model for all
 *   languages), each post's language detected (`--lang COL`: declared languages, a hint); the
 *   figures are of that procedure, with one model's on the same posts beside them (`oneModel`) and
 *   `languages`: per language, n, both ways, the language's word list and VADER. With `--budget`,
 *   one model runs its own simulation (its labels may differ).
 * - `--folds K` (the default mode, K = 5): stratified K-fold cross-validation on every labelled row.
 * - `--split-column COL`: rows whose value is `test` are evaluated, the others train.
 * - `--budget N`: labelling simulated as in the app (batches of 20, a third drawn at random as the
 *   audit), labels read from COL; every other labelled row is evaluated.
 * Beside VADER, `majority`: the accuracy of always answering the most common label of the
 * evaluated rows (the floor a method must clear). Shares of the evaluated rows: the true ones, VADER's, the classifier's, and the corrected
 * estimate with its 95% interval that the page shows (prediction-powered, cross-fitted).
 */
import { classScores, classShares } from '../../workers/core/classify/classScores.ts';
import { crossFit } from '../../workers/core/classify/crossFit.ts';
import { crossValidate } from '../../workers/core/classify/crossValidate.ts';
import { DEFAULT_NGRAMS, ngramCounts } from '../../workers/core/classify/ngramCounts.ts';
import {
  ACTIVE,
  AUDIT,
  correctedShares,
  UNLABELLED,
  type ShareEstimate,
} from '../../workers/core/classify/ppiShares.ts';
import { simulateLabelling } from '../../workers/core/classify/simulateLabelling.ts';
import { textGroups } from '../../workers/core/split/groups.ts';
import { requireTextColumn } from '../../workers/core/schema/index.ts';
import {
  DEFAULT_THRESHOLDS,
  scoreTexts,
  sentimentLabel,
} from '../../workers/core/sentiment/index.ts';
import {
  applyLabelMapping,
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
  SENTIMENT_CLASSES,
} from '../../workers/core/sentiment/labelMapping.ts';
import { parseCommandArgs, reportError, usageError, type CliCommand } from './command.ts';
import { languageFigures, languageLines, lexiconClasses } from './classifyByLanguage.ts';
import { detectLanguages } from '../../workers/core/language/eldDetector.ts';
import {
  crossFitByLanguage,
  crossValidateByLanguage,
  trainLanguageModels,
  type LanguageCrossFit,
} from '../../workers/core/classify/languageModels.ts';
import { readTableFile } from './readTable.ts';
import { column, parseMapOption } from './sentiment.ts';

const USAGE =
  'npm run cli -- classify FILE --label COLUMN [--text COLUMN] [--folds K] [--split-column COLUMN] [--by COLUMN] [--map VALUE=class,…] [--budget N] [--seed S] [--per-language [--lang COLUMN]] [--json]';

function wholeNumber(text: string | undefined, name: string, min: number): number | string {
  if (text === undefined) return Number.NaN;
  const v = Number(text);
  return Number.isInteger(v) && v >= min
    ? v
    : `${name} must be a whole number ≥ ${min} (got "${text}")`;
}

type Shares = Record<string, number>;

function byClass(values: readonly number[]): Shares {
  return Object.fromEntries(SENTIMENT_CLASSES.map((c, k) => [c, values[k] ?? 0]));
}

function sharesJson(
  truth: Int8Array,
  vader: Uint8Array,
  classifier: ArrayLike<number>,
  rows: readonly number[],
  corrected: ShareEstimate,
): Record<string, unknown> {
  return {
    labels: byClass(classShares(truth, rows)),
    vader: byClass(classShares(vader, rows)),
    classifier: byClass(classShares(classifier, rows)),
    corrected: byClass(corrected.shares),
    ci95: corrected.ci95
      ? Object.fromEntries(SENTIMENT_CLASSES.map((c, k) => [c, corrected.ci95![k]]))
      : null,
  };
}

const round = (v: number) => Math.round(v * 10000) / 10000;
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

export const command: CliCommand = async (args) => {
  const parsed = parseCommandArgs(
    args,
    {
      label: { type: 'string' },
      text: { type: 'string' },
      folds: { type: 'string' },
      'split-column': { type: 'string' },
      by: { type: 'string' },
      map: { type: 'string' },
      budget: { type: 'string' },
      seed: { type: 'string' },
      'per-language': { type: 'boolean', default: false },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    return usageError(
      file === undefined ? 'classify needs a FILE' : `unexpected arguments: ${extra.join(' ')}`,
      USAGE,
    );
  const { values } = parsed;
  if (values.label === undefined) return usageError('classify needs --label COLUMN', USAGE);
  const foldsArg = wholeNumber(values.folds, '--folds', 2);
  const budgetArg = wholeNumber(values.budget, '--budget', 1);
  const seedArg = wholeNumber(values.seed, '--seed', 0);
  for (const v of [foldsArg, budgetArg, seedArg])
    if (typeof v === 'string') return usageError(v, USAGE);
  if (values['split-column'] !== undefined && values.budget !== undefined)
    return usageError('use either --split-column or --budget, not both', USAGE);
  if (
    values.by !== undefined &&
    values['split-column'] === undefined &&
    values.budget === undefined
  )
    return usageError('--by needs --split-column or --budget', USAGE);
  const given = values.map !== undefined ? parseMapOption(values.map) : null;
  if (given && !given.ok) return reportError(given.error);
  const seed = Number.isNaN(seedArg as number) ? 1 : (seedArg as number);
  const budget = budgetArg as number;
  const wantCv =
    !Number.isNaN(foldsArg as number) ||
    (values['split-column'] === undefined && values.budget === undefined);
  const folds = Number.isNaN(foldsArg as number) ? 5 : (foldsArg as number);

  const read = await readTableFile(file, 'train');
  if (!read.ok) return reportError(read.error);
  const { table, schema } = read.value;
  const textColumn =
    values.text !== undefined
      ? column(schema, values.text, '--text')
      : requireTextColumn(schema, table.fileName);
  if (!textColumn.ok) return reportError(textColumn.error);
  const labelColumn = column(schema, values.label, '--label');
  if (!labelColumn.ok) return reportError(labelColumn.error);
  const splitColumn =
    values['split-column'] !== undefined
      ? column(schema, values['split-column'], '--split-column')
      : null;
  if (splitColumn && !splitColumn.ok) return reportError(splitColumn.error);
  const byColumn = values.by !== undefined ? column(schema, values.by, '--by') : null;
  if (byColumn && !byColumn.ok) return reportError(byColumn.error);
  if (values.lang !== undefined && !values['per-language'])
    return usageError('--lang goes with --per-language', USAGE);
  const langColumn = values.lang !== undefined ? column(schema, values.lang, '--lang') : null;
  if (langColumn && !langColumn.ok) return reportError(langColumn.error);

  const t0 = performance.now();
  const texts = table.columns[textColumn.value.index]!;
  const cells = table.columns[labelColumn.value.index]!;
  const mapping = given?.ok
    ? given.value
    : mappingOf(proposeLabelMapping(countLabelValues(cells).values));
  const truth = applyLabelMapping(cells, mapping);
  const labelled: number[] = [];
  for (let i = 0; i < truth.length; i++) if (truth[i]! >= 0) labelled.push(i);
  const present = new Set(labelled.map((i) => truth[i]!));
  if (present.size < 2) {
    return reportError({
      code: 'TOO_FEW_LABELS',
      message: `The column "${labelColumn.value.name}" has ${present.size === 0 ? 'no value read as positive, neutral or negative' : `only one class (${SENTIMENT_CLASSES[[...present][0]!]})`} among ${cells.length.toLocaleString('en-US')} rows.`,
      hint: 'A classifier needs posts labelled with at least two of positive, neutral and negative.',
    });
  }
  const scores = scoreTexts(texts, new Float64Array(texts.length * 4));
  const vader = Uint8Array.from(texts, (_, i) =>
    SENTIMENT_CLASSES.indexOf(sentimentLabel(scores[i * 4 + 3]!, DEFAULT_THRESHOLDS)),
  );
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const groups = textGroups(texts);
  const languages = values['per-language']
    ? await detectLanguages(texts, langColumn?.ok ? table.columns[langColumn.value.index]! : null)
    : null;
  // with --per-language: one model's predictions of the evaluated posts, and the languages with a model of their own
  let oneModel: Uint8Array | null = null;
  let models: readonly string[] = [];
  const result: Record<string, unknown> = {
    rows: texts.length,
    labelled: labelled.length,
    mapping,
  };
  const text: string[] = [
    `${table.fileName}: ${texts.length.toLocaleString('en-US')} posts, ${labelled.length.toLocaleString('en-US')} with a class in "${labelColumn.value.name}"`,
  ];

  let evaluated: number[] = labelled;
  // the classifier's labels of the evaluated posts: out of fold (--folds), or of the final fit
  let cvPredicted: Uint8Array | null = null;
  let evaluatedLabels: Uint8Array | null = null;
  let sharesOut: Record<string, unknown> | null = null;
  if (wantCv) {
    const cvY = labelled.map((i) => truth[i]!);
    const one = crossValidate(counts, labelled, cvY, DEFAULT_NGRAMS, { folds, seed, groups });
    const cv = languages
      ? crossValidateByLanguage(counts, labelled, cvY, languages, DEFAULT_NGRAMS, {
          folds,
          seed,
          groups,
        })
      : one;
    if (languages && one) {
      oneModel = new Uint8Array(truth.length);
      labelled.forEach((i, p) => (oneModel![i] = one.predicted[p]!));
      // the languages that keep a model of their own when trained on every labelled post
      const full = trainLanguageModels(counts, labelled, cvY, languages, DEFAULT_NGRAMS, {
        seed,
        groups,
      });
      models = full.ok ? [...full.value.own.keys()] : [];
    }
    if (!cv) {
      return reportError({
        code: 'TOO_FEW_LABELS',
        message: `${labelled.length} labelled posts are too few for ${folds}-fold cross-validation.`,
        hint: 'Label more posts, or lower --folds.',
      });
    }
    const predicted = new Uint8Array(truth.length);
    labelled.forEach((i, p) => (predicted[i] = cv.predicted[p]!));
    cvPredicted = predicted;
    const s = classScores(truth, predicted, labelled);
    result.cv = {
      folds: cv.folds,
      accuracy: round(s.accuracy),
      macroF1: round(s.macroF1),
      chosen: cv.chosen,
    };
    text.push(
      `${cv.folds}-fold cross-validation: accuracy ${s.accuracy.toFixed(4)}   macro-F1 ${s.macroF1.toFixed(4)}`,
    );
    // every evaluated row is labelled: the shares are counted, not estimated
    const exact = classShares(truth, labelled);
    sharesOut = sharesJson(truth, vader, predicted, labelled, {
      shares: exact,
      ci95: exact.map((v) => [v, v] as const),
      rows: labelled.length,
    });
  }

  if (splitColumn?.ok || values.budget !== undefined) {
    const state = new Uint8Array(truth.length);
    const y = new Int8Array(truth.length).fill(-1);
    let label: Uint8Array;
    let votesInput: { votes: Float32Array; auditPrediction: Int8Array };
    if (splitColumn?.ok) {
      const split = table.columns[splitColumn.value.index]!;
      evaluated = labelled.filter((i) => split[i]!.trim().toLowerCase() === 'test');
      // the training rows stand in for a random audit: the split is assumed random
      for (const i of labelled)
        if (split[i]!.trim().toLowerCase() !== 'test') {
          state[i] = AUDIT;
          y[i] = truth[i]!;
        }
      const byLanguage = languages
        ? crossFitByLanguage(counts, state, y, languages, DEFAULT_NGRAMS, { seed, groups })
        : null;
      const fit = byLanguage ?? crossFit(counts, state, y, DEFAULT_NGRAMS, { seed, groups });
      if (!fit.ok) return reportError(fit.error);
      label = fit.value.label;
      votesInput = fit.value;
      if (byLanguage?.ok) {
        models = [...byLanguage.value.models.own.keys()];
        const one = crossFit(counts, state, y, DEFAULT_NGRAMS, { seed, groups });
        if (one.ok) oneModel = one.value.label;
      }
    } else {
      const sim = simulateLabelling(counts, truth, DEFAULT_NGRAMS, {
        budget,
        seed,
        groups,
        ...(languages ? { languages } : {}),
      });
      if (!sim.ok) return reportError(sim.error);
      if (languages && 'models' in sim.value.final) {
        models = [...(sim.value.final as LanguageCrossFit).models.own.keys()];
        const one = simulateLabelling(counts, truth, DEFAULT_NGRAMS, { budget, seed, groups });
        if (one.ok) oneModel = one.value.final.label;
      }
      state.set(sim.value.state);
      y.set(sim.value.y);
      evaluated = labelled.filter((i) => state[i] === UNLABELLED);
      label = sim.value.final.label;
      votesInput = sim.value.final;
      let audit = 0;
      let active = 0;
      for (const s of state) {
        if (s === AUDIT) audit++;
        else if (s === ACTIVE) active++;
      }
      result.labelling = { labels: audit + active, audit, active, batches: sim.value.batches };
      text.push(
        `labelling simulated: ${audit + active} labels in ${sim.value.batches} batches (${audit} drawn at random for the audit, ${active} chosen where the model was least sure)`,
      );
    }
    if (evaluated.length === 0) {
      return reportError({
        code: 'TOO_FEW_LABELS',
        message: 'No labelled post is left to evaluate the classifier on.',
        hint: splitColumn?.ok
          ? `Mark some rows "test" in "${splitColumn.value.name}".`
          : 'Lower --budget below the number of labelled posts.',
      });
    }
    evaluatedLabels = label;
    const s = classScores(truth, label, evaluated);
    const test: Record<string, unknown> = {
      n: s.n,
      accuracy: round(s.accuracy),
      macroF1: round(s.macroF1),
    };
    text.push(
      `test (${s.n.toLocaleString('en-US')} posts): accuracy ${s.accuracy.toFixed(4)}   macro-F1 ${s.macroF1.toFixed(4)}`,
    );
    if (byColumn?.ok) {
      const by = table.columns[byColumn.value.index]!;
      const groupsOf = new Map<string, number[]>();
      for (const i of evaluated) {
        const list = groupsOf.get(by[i]!);
        if (list) list.push(i);
        else groupsOf.set(by[i]!, [i]);
      }
      test.byGroup = Object.fromEntries(
        [...groupsOf].map(([g, rows]) => {
          const gs = classScores(truth, label, rows);
          return [g, { n: gs.n, accuracy: round(gs.accuracy), macroF1: round(gs.macroF1) }];
        }),
      );
    }
    result.test = test;
    // the shares of the evaluated rows: those rows are the unlabelled ones, plus the audit that corrects them
    const labelledRows: number[] = [];
    for (let i = 0; i < state.length; i++) if (state[i] !== UNLABELLED) labelledRows.push(i);
    const input = { classes: 3, state, y, ...votesInput };
    const estimate = correctedShares(input, [...evaluated, ...labelledRows]).unlabelled;
    sharesOut = sharesJson(truth, vader, label, evaluated, estimate);
  }

  const v = classScores(truth, vader, evaluated);
  result.vader = { n: v.n, accuracy: round(v.accuracy), macroF1: round(v.macroF1) };
  text.push(
    `VADER on the same posts: accuracy ${v.accuracy.toFixed(4)}   macro-F1 ${v.macroF1.toFixed(4)}`,
  );
  // the floor any method must clear: always answering the most common label of the evaluated posts
  const perClass = [0, 0, 0];
  for (const i of evaluated) perClass[truth[i]!]!++;
  const top = perClass.indexOf(Math.max(...perClass));
  const floor = perClass[top]! / evaluated.length;
  result.majority = { label: SENTIMENT_CLASSES[top], accuracy: round(floor) };
  text.push(
    `always answering "${SENTIMENT_CLASSES[top]}": accuracy ${floor.toFixed(4)}${v.accuracy < floor ? ' (VADER does worse)' : ''}`,
  );
  if (languages && oneModel) {
    const classifierLabels = (result.cv ? cvPredicted : evaluatedLabels)!;
    const per = classScores(truth, classifierLabels, evaluated);
    const one = classScores(truth, oneModel, evaluated);
    result.oneModel = { accuracy: round(one.accuracy), macroF1: round(one.macroF1) };
    result.models = models;
    const byLanguage = languageFigures(
      truth,
      {
        perLanguage: classifierLabels,
        oneModel,
        lexicon: await lexiconClasses(texts, languages),
        vader,
      },
      languages,
      evaluated,
      models,
    );
    result.languages = byLanguage;
    text.push(
      '',
      ...languageLines(byLanguage, {
        perLanguage: per.accuracy,
        oneModel: one.accuracy,
      }),
    );
  }
  result.shares = sharesOut;
  const seconds = (performance.now() - t0) / 1000;
  result.seconds = Math.round(seconds * 100) / 100;
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  if (sharesOut) {
    const sh = sharesOut as {
      labels: Shares;
      vader: Shares;
      classifier: Shares;
      corrected: Shares;
      ci95: Record<string, [number, number]> | null;
    };
    text.push(
      '',
      'shares of the evaluated posts     true    VADER   classifier   corrected (95% interval)',
    );
    for (const c of SENTIMENT_CLASSES) {
      const ci = sh.ci95?.[c];
      text.push(
        `  ${c.padEnd(30)} ${pct(sh.labels[c]!).padStart(6)}  ${pct(sh.vader[c]!).padStart(6)}  ${pct(sh.classifier[c]!).padStart(10)}   ${pct(sh.corrected[c]!).padStart(6)}${ci ? ` (${pct(ci[0])}–${pct(ci[1])})` : ''}`,
      );
    }
  }
  text.push('', `${seconds.toFixed(1)} s`);
  console.log(text.join('\n'));
  return 0;
};

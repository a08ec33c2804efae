/**
 * Labelling in the Sentiment view: the labels a person gives (kept in IndexedDB after every key),
 * those read from the file's label column, the linear classifier retrained on them after each
 * batch, the next batch (a third drawn at random for the audit, the rest where the classifier is
 * least sure, spread across the data), and the numbers the page shows: accuracy on held-out
 * audit labels with its interval, VADER beside it, and prediction-powered shares.
 */
import type {
  LabellingAnswer,
  LabellingLanguage,
  LabellingPost,
  LabellingState,
  LabellingStats,
} from '../../api/sentiment.ts';
import { encodeLinearClassifier } from '../../core/bundle/linearClassifier.ts';
import { encodeLanguageClassifier } from '../../core/bundle/languageClassifier.ts';
import { crossFitByLanguage, type LanguageModels } from '../../core/classify/languageModels.ts';
import { labelsInLanguages, type PostSentimentLabel } from '../../core/sentiment/byLanguage.ts';
import { postLanguages } from './languageJobs.ts';
import { accuracy, macroF1 } from '../../core/metrics/index.ts';
import { classShares } from '../../core/classify/classScores.ts';
import { crossFit, type CrossFitResult } from '../../core/classify/crossFit.ts';
import { wilson } from '../../core/classify/intervals.ts';
import { auditOrder, nextBatch } from '../../core/classify/labelBatch.ts';
import { DEFAULT_NGRAMS, ngramCounts, type NgramCounts } from '../../core/classify/ngramCounts.ts';
import { ACTIVE, AUDIT, correctedShares, UNLABELLED } from '../../core/classify/ppiShares.ts';
import { textGroups } from '../../core/split/groups.ts';
import type { LinearCandidate } from '../../core/classify/sentimentLinear.ts';
import { fitTfidfSpace, tfidfRows, type TfidfSpace } from '../../core/classify/tfidfSpace.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import type { ColumnSchema } from '../../core/schema/types.ts';
import { DEFAULT_THRESHOLDS } from '../../core/sentiment/index.ts';
import {
  applyLabelMapping,
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
  SENTIMENT_CLASSES,
} from '../../core/sentiment/labelMapping.ts';
import { loadLabels, saveLabels, type StoredLabels } from '../../storage/labels.ts';
import { chooseSentiment } from '../shared/chosenSentiment.ts';
import { completeScores } from '../shared/scores.ts';
import { cacheEntry, type LoadedDataset } from '../shared/session.ts';
import type { TimeBuckets } from '../../core/trends/timeBuckets.ts';
import type { CategoryCodes } from '../../core/schema/categoryCodes.ts';
import {
  categoryOf,
  cellsOf,
  labelColumnOf,
  savedMapping,
  textColumnOf,
  timeBucketsOf,
} from './sentimentSession.ts';
import { labelIndexer } from './sentimentSummary.ts';

const SEED = 20_240_601;
const BATCH = 20;
/** Where a label came from: the file's label column counts as a fair sample, like the audit. */
const FROM_FILE = 3;

interface Session {
  readonly textColumn: string;
  readonly texts: readonly string[];
  readonly counts: NgramCounts;
  readonly space: TfidfSpace;
  /** Per post, the first post with the same normalised text (split/groups.ts): copies stay together. */
  readonly groups: Int32Array;
  readonly vader: Uint8Array;
  /** Per post: UNLABELLED, AUDIT, ACTIVE or FROM_FILE. */
  readonly origin: Uint8Array;
  readonly y: Int8Array;
  readonly skipped: Uint8Array;
  readonly order: Uint32Array;
  /** Answers given in the app, in order (for the store and undo). */
  given: number[];
  auditCursor: number;
  /** Kind of each post of the current batch. */
  batchKinds: Map<number, number>;
  fit: CrossFitResult | null;
  /**
   * The loss and C cross-validation chose, and at how many labels: later retrainings reuse them
   * until the labels grow by a quarter (20 more labels rarely change the choice, and the choice is
   * most of a retraining's cost).
   */
  selected: { readonly candidate: LinearCandidate; readonly labels: number } | null;
  source: 'vader' | 'classifier';
  /** A model per language with enough labels (languageModels.ts), the model for all languages the rest. */
  perLanguage: boolean;
  /** Per post, once a model per language was asked for: its language and how its word list reads it. */
  languages: {
    readonly codes: readonly string[];
    readonly lexicon: readonly PostSentimentLabel[];
  } | null;
  /** The models per language of the last retraining (with perLanguage). */
  models: LanguageModels | null;
  /** The languages chosen for a model of their own, reused while the loss and C are. */
  ownLanguages: readonly string[] | null;
  /** The first category column (not the label column), for shares per value. */
  readonly category: { readonly column: string; readonly codes: CategoryCodes } | null;
  /** The timestamp column in periods (the view's automatic unit), for shares over time. */
  readonly time: { readonly column: string; readonly buckets: TimeBuckets } | null;
}

const sessionEntry = cacheEntry<Session>('sentiment:labelling');

async function makeSession(d: LoadedDataset, column: ColumnSchema): Promise<Session> {
  const textColumn = column.name;
  const texts = cellsOf(d, column);
  const n = texts.length;
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  // VADER's classes from the scores the view already holds (scoring what is missing, if any)
  const store = await completeScores(d, column);
  const labelOf = labelIndexer(DEFAULT_THRESHOLDS);
  const vader = Uint8Array.from({ length: n }, (_, i) => labelOf(store.compound(i)));
  const origin = new Uint8Array(n);
  const y = new Int8Array(n).fill(-1);
  const label = labelColumnOf(d);
  if (label.ok) {
    const cells = cellsOf(d, label.value);
    const mapping =
      (await savedMapping(d, label.value.name)) ??
      mappingOf(proposeLabelMapping(countLabelValues(cells).values));
    const classes = applyLabelMapping(cells, mapping);
    for (let i = 0; i < n; i++)
      if (classes[i]! >= 0) {
        origin[i] = FROM_FILE;
        y[i] = classes[i]!;
      }
  }
  return {
    textColumn,
    texts,
    counts,
    space: fitTfidfSpace(counts, undefined, n >= 1000 ? 2 : 1),
    groups: textGroups(texts),
    vader,
    origin,
    y,
    skipped: new Uint8Array(n),
    order: auditOrder(n, SEED),
    given: [],
    auditCursor: 0,
    batchKinds: new Map(),
    fit: null,
    selected: null,
    source: 'vader',
    perLanguage: false,
    languages: null,
    models: null,
    ownLanguages: null,
    category: (() => {
      const c = categoryOf(d, undefined);
      return c && (!label.ok || c.column !== label.value.name) ? c : null;
    })(),
    time: timeBucketsOf(d, 'auto'),
  };
}

function applyStored(s: Session, stored: StoredLabels): void {
  stored.rows.forEach((row, k) => {
    if (row < 0 || row >= s.origin.length) return;
    s.origin[row] = stored.kinds[k] === ACTIVE ? ACTIVE : AUDIT;
    s.y[row] = stored.classes[k]!;
    s.given.push(row);
  });
  for (const row of stored.skipped) if (row >= 0 && row < s.skipped.length) s.skipped[row] = 1;
  s.auditCursor = stored.auditCursor;
  s.source = stored.source;
  s.perLanguage = stored.perLanguage ?? false;
}

function stored(s: Session): StoredLabels {
  const skipped: number[] = [];
  s.skipped.forEach((v, i) => v && skipped.push(i));
  return {
    textColumn: s.textColumn,
    rows: s.given.slice(),
    classes: s.given.map((i) => s.y[i]!),
    kinds: s.given.map((i) => s.origin[i]!),
    skipped,
    auditCursor: s.auditCursor,
    source: s.source,
    perLanguage: s.perLanguage,
  };
}

/** The session of the active dataset, built (and its stored labels read) on first use. */
async function sessionOf(d: LoadedDataset, textColumn?: string): Promise<Result<Session>> {
  const column = textColumnOf(d, textColumn);
  if (!column.ok) return column;
  const had = sessionEntry.get(d);
  if (had && had.textColumn === column.value.name) return ok(had);
  const s = await makeSession(d, column.value);
  const kept = await loadLabels(d.meta.id);
  if (kept && kept.textColumn === s.textColumn) applyStored(s, kept);
  if (s.perLanguage) await readLanguages(d, s);
  sessionEntry.set(d, s);
  return ok(s);
}

/** The labelled posts as the classify core counts them: file labels and audit as AUDIT. */
function shareState(s: Session): Uint8Array {
  return Uint8Array.from(s.origin, (o) => (o === FROM_FILE ? AUDIT : o));
}

function labelsOfSource(s: Session): Uint8Array {
  const fit = s.fit!;
  const classes = fit.label.slice();
  s.y.forEach((c, i) => {
    if (c >= 0) classes[i] = c;
  });
  return classes;
}

/** Each post's language and its word list's reading, for a model per language (once per session). */
async function readLanguages(d: LoadedDataset, s: Session): Promise<void> {
  if (s.languages) return;
  const column = textColumnOf(d, s.textColumn);
  if (!column.ok) return;
  const codes = await postLanguages(d, column.value);
  s.languages = { codes, lexicon: await labelsInLanguages(s.texts, codes) };
}

/** The classifier the charts show as a model that reads new posts: one per language when asked for. */
function publishedModel(s: Session, fit: CrossFitResult) {
  const training = {
    trainedAt: Date.now(),
    trainRows: fit.model.trainRows,
    heldOutRows: 0,
    seed: SEED,
    ...heldOutFigures(s),
  };
  // a model per language only when some language reads better with its own
  return s.perLanguage && s.models && s.models.own.size > 0
    ? encodeLanguageClassifier(s.models, training)
    : encodeLinearClassifier(fit.model, { ...training, folds: fit.model.selection?.folds ?? 0 });
}

async function publishSource(d: LoadedDataset, s: Session): Promise<void> {
  const fit = s.fit;
  await chooseSentiment(
    d,
    s.source === 'classifier' && fit
      ? {
          source: 'classifier',
          classes: labelsOfSource(s),
          textColumn: s.textColumn,
          // the same model reads a live feed's posts (the Stream view)
          model: publishedModel(s, fit),
        }
      : { source: 'vader' },
  );
}

/** Accuracy and macro-F1 on the held-out (audit and file) labels, against the models that did not see them. */
function heldOutFigures(s: Session): { heldOutAccuracy: number; heldOutMacroF1: number } {
  const fit = s.fit;
  const truth: number[] = [];
  const predicted: number[] = [];
  if (fit)
    for (let i = 0; i < s.origin.length; i++)
      if (fit.auditPrediction[i]! >= 0) {
        truth.push(s.y[i]!);
        predicted.push(fit.auditPrediction[i]!);
      }
  if (truth.length === 0) return { heldOutAccuracy: NaN, heldOutMacroF1: NaN };
  return { heldOutAccuracy: accuracy(truth, predicted), heldOutMacroF1: macroF1(truth, predicted) };
}

function statsOf(s: Session): LabellingStats {
  let audit = 0;
  let active = 0;
  let fromFile = 0;
  for (const o of s.origin) {
    if (o === AUDIT) audit++;
    else if (o === ACTIVE) active++;
    else if (o === FROM_FILE) fromFile++;
  }
  const base = {
    textColumn: s.textColumn,
    rows: s.texts.length,
    labels: audit + active + fromFile,
    audit,
    active,
    fromFile,
    source: s.source,
  };
  const fit = s.fit;
  // held-out judgements: each audit (or file) label against the model that did not learn from it
  const held: number[] = [];
  if (fit) for (let i = 0; i < s.origin.length; i++) if (fit.auditPrediction[i]! >= 0) held.push(i);
  let right = 0;
  let vaderRight = 0;
  const per = [0, 0, 0];
  for (const i of held) {
    if (fit!.auditPrediction[i] === s.y[i]) right++;
    if (s.vader[i] === s.y[i]) vaderRight++;
    per[s.y[i]!]!++;
  }
  const top = per.indexOf(Math.max(...per));
  const accuracy =
    held.length > 0
      ? { value: right / held.length, ci95: wilson(right, held.length), n: held.length }
      : null;
  const vaderAccuracy = held.length > 0 ? vaderRight / held.length : null;
  let shares: LabellingStats['shares'] = null;
  let sharesByCategory: LabellingStats['sharesByCategory'] = null;
  let sharesOverTime: LabellingStats['sharesOverTime'] = null;
  if (fit) {
    const all = Array.from({ length: s.texts.length }, (_, i) => i);
    const input = {
      classes: 3,
      state: shareState(s),
      y: s.y,
      votes: fit.votes,
      auditPrediction: fit.auditPrediction,
    };
    const estimate = correctedShares(input).all;
    const groupShares = (rows: { value: string; rows: number[] }[]) =>
      rows.map((g) => {
        const e = correctedShares(input, g.rows).all;
        return { value: g.value, posts: g.rows.length, corrected: e.shares, ci95: e.ci95 };
      });
    if (s.category) {
      const { codes, values } = s.category.codes;
      const rowsOf = values.map((): number[] => []);
      codes.forEach((c, i) => c >= 0 && rowsOf[c]!.push(i));
      const largest = values
        .map((value, c) => ({ value, rows: rowsOf[c]! }))
        .sort((a, b) => b.rows.length - a.rows.length)
        .slice(0, 8);
      sharesByCategory = { column: s.category.column, groups: groupShares(largest) };
    }
    if (s.time) {
      const { index, starts, unit } = s.time.buckets;
      const rowsOf = starts.map((): number[] => []);
      index.forEach((b, i) => b >= 0 && rowsOf[b]!.push(i));
      const periods = starts
        .map((start, b) => ({
          value: new Date(start).toISOString().slice(0, 10),
          rows: rowsOf[b]!,
        }))
        .filter((p) => p.rows.length > 0)
        .slice(-60);
      sharesOverTime = { column: s.time.column, unit, groups: groupShares(periods) };
    }
    shares = {
      vader: classShares(s.vader, all),
      classifier: classShares(fit.label, all),
      corrected: estimate.shares,
      ci95: estimate.ci95,
    };
  }
  return {
    ...base,
    perLanguage: s.perLanguage,
    languages: s.perLanguage ? languageFigures(s, held) : null,
    trained: fit !== null,
    accuracy,
    vaderAccuracy,
    majority:
      held.length > 0 ? { label: SENTIMENT_CLASSES[top]!, share: per[top]! / held.length } : null,
    sharesByCategory,
    sharesOverTime,
    recommended:
      accuracy !== null &&
      vaderAccuracy !== null &&
      held.length >= 10 &&
      accuracy.value > vaderAccuracy,
    shares,
  };
}

/** Per language of the held-out labels (`held`): how the classifier and the word list did. */
function languageFigures(s: Session, held: readonly number[]): LabellingLanguage[] | null {
  const l = s.languages;
  const fit = s.fit;
  if (!l) return null;
  const labels = new Map<string, number>();
  s.origin.forEach((o, i) => {
    if (o !== UNLABELLED) labels.set(l.codes[i]!, (labels.get(l.codes[i]!) ?? 0) + 1);
  });
  const at = new Map<string, number[]>();
  for (const i of held) {
    const list = at.get(l.codes[i]!);
    if (list) list.push(i);
    else at.set(l.codes[i]!, [i]);
  }
  const share = (rows: readonly number[], right: (i: number) => boolean) =>
    rows.length === 0 ? 0 : rows.filter(right).length / rows.length;
  return [...labels]
    .map(([language, n]) => {
      const rows = at.get(language) ?? [];
      return {
        language,
        n: rows.length,
        labels: n,
        ownModel: s.models?.own.has(language) ?? false,
        tried:
          (s.models?.own.has(language) ?? false) ||
          (s.models?.choice?.dropped.includes(language) ?? false),
        accuracy: share(rows, (i) => fit?.auditPrediction[i] === s.y[i]),
        lexicon: share(rows, (i) => l.lexicon[i] === SENTIMENT_CLASSES[s.y[i]!]),
        unscored: rows.filter((i) => l.lexicon[i] === 'unscored').length,
      };
    })
    .sort((a, b) => b.labels - a.labels || (a.language < b.language ? -1 : 1));
}

function batchOf(s: Session): LabellingPost[] {
  const labelled: number[] = [];
  for (let i = 0; i < s.origin.length; i++) if (s.origin[i] !== UNLABELLED) labelled.push(i);
  const b = nextBatch(
    {
      state: s.origin,
      excluded: s.skipped,
      auditOrder: s.order,
      auditCursor: s.auditCursor,
      confidence: s.fit ? s.fit.confidence : null,
      features: (rows) => tfidfRows(s.space, s.counts, rows),
      labelled,
    },
    { seed: SEED + s.given.length, size: BATCH },
  );
  s.auditCursor = b.auditCursor;
  s.batchKinds = new Map(b.picks.map((p) => [p.row, p.kind === 'audit' ? AUDIT : ACTIVE]));
  return b.picks.map((p) => ({ row: p.row, text: s.texts[p.row] ?? '' }));
}

function train(s: Session): void {
  let labels = 0;
  for (const o of s.origin) if (o !== UNLABELLED) labels++;
  // the languages that read better with a model of their own are chosen with the loss and C
  const reuse =
    s.selected !== null &&
    labels < s.selected.labels * 1.25 &&
    !(s.perLanguage && s.ownLanguages === null);
  const options = {
    seed: SEED,
    space: s.space,
    groups: s.groups,
    ...(reuse ? { candidates: [s.selected!.candidate] } : {}),
  };
  // a model per language: each language with enough labels fitted on its own posts
  const byLanguage =
    s.perLanguage && s.languages
      ? crossFitByLanguage(s.counts, shareState(s), s.y, s.languages.codes, DEFAULT_NGRAMS, {
          ...options,
          ...(reuse && s.ownLanguages ? { ownLanguages: s.ownLanguages } : {}),
        })
      : null;
  const fit = byLanguage ?? crossFit(s.counts, shareState(s), s.y, DEFAULT_NGRAMS, options);
  s.fit = fit.ok ? fit.value : null;
  s.models = byLanguage?.ok ? byLanguage.value.models : null;
  if (s.models?.choice) s.ownLanguages = s.models.choice.keep;
  const selection = fit.ok ? fit.value.model.selection : null;
  if (selection) s.selected = { candidate: selection.chosen, labels };
}

/** Opens labelling on the active dataset: stored and file labels, a classifier when two classes are known, a batch. */
export async function openLabelling(
  d: LoadedDataset,
  textColumn?: string,
): Promise<Result<LabellingState>> {
  const r = await sessionOf(d, textColumn);
  if (!r.ok) return r;
  const s = r.value;
  if (!s.fit) train(s);
  await publishSource(d, s);
  const batch = batchOf(s);
  await saveLabels(d.meta.id, stored(s));
  return ok({ stats: statsOf(s), batch });
}

/** Keeps one answer for a post of the current batch (or any post), saved at once. */
export async function recordLabel(
  d: LoadedDataset,
  row: number,
  answer: LabellingAnswer,
): Promise<Result<{ labels: number }>> {
  const r = await sessionOf(d);
  if (!r.ok) return r;
  const s = r.value;
  if (!Number.isInteger(row) || row < 0 || row >= s.texts.length)
    return fail('INVALID_OPTIONS', `There is no post ${row}.`, 'Reload the page.');
  if (answer === 'skip') s.skipped[row] = 1;
  else {
    if (s.origin[row] === UNLABELLED) s.given.push(row);
    if (s.origin[row] !== FROM_FILE) s.origin[row] = s.batchKinds.get(row) ?? ACTIVE;
    s.y[row] = SENTIMENT_CLASSES.indexOf(answer);
  }
  await saveLabels(d.meta.id, stored(s));
  return ok({ labels: s.given.length });
}

/** Takes back the answer (or skip) given for `row`. */
export async function undoLabel(
  d: LoadedDataset,
  row: number,
): Promise<Result<{ labels: number }>> {
  const r = await sessionOf(d);
  if (!r.ok) return r;
  const s = r.value;
  s.skipped[row] = 0;
  const at = s.given.lastIndexOf(row);
  if (at >= 0) {
    s.given.splice(at, 1);
    s.origin[row] = UNLABELLED;
    s.y[row] = -1;
  }
  await saveLabels(d.meta.id, stored(s));
  return ok({ labels: s.given.length });
}

/** Retrains the session on every label, publishes the charts' source, keeps it, picks the next batch. */
async function retrainSession(d: LoadedDataset, s: Session): Promise<Result<LabellingState>> {
  train(s);
  await publishSource(d, s);
  const batch = batchOf(s);
  await saveLabels(d.meta.id, stored(s));
  return ok({ stats: statsOf(s), batch });
}

/** Retrains on every label and picks the next batch. */
export async function retrain(d: LoadedDataset): Promise<Result<LabellingState>> {
  const r = await sessionOf(d);
  return r.ok ? retrainSession(d, r.value) : r;
}

/** Turns a model per language on or off (kept with the labels), retrains and picks the next batch. */
export async function setPerLanguage(
  d: LoadedDataset,
  perLanguage: boolean,
): Promise<Result<LabellingState>> {
  const r = await sessionOf(d);
  if (!r.ok) return r;
  const s = r.value;
  s.perLanguage = perLanguage;
  s.ownLanguages = null;
  if (perLanguage) await readLanguages(d, s);
  return retrainSession(d, s);
}

export async function setSource(
  d: LoadedDataset,
  source: 'vader' | 'classifier',
): Promise<Result<LabellingStats>> {
  const r = await sessionOf(d);
  if (!r.ok) return r;
  const s = r.value;
  if (source === 'classifier' && !s.fit)
    return fail(
      'TOO_FEW_LABELS',
      'There is no classifier yet.',
      'Label posts of at least two kinds first.',
    );
  s.source = source;
  await publishSource(d, s);
  await saveLabels(d.meta.id, stored(s));
  return ok(statsOf(s));
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Every label (from the file and given in the app) as CSV. */
export async function exportLabels(
  d: LoadedDataset,
): Promise<Result<{ csv: string; labels: number }>> {
  const r = await sessionOf(d);
  if (!r.ok) return r;
  const s = r.value;
  const lines = ['row,text,label,origin'];
  let n = 0;
  const name = ['', 'audit', 'chosen', 'file'];
  for (let i = 0; i < s.origin.length; i++) {
    if (s.origin[i] === UNLABELLED) continue;
    n++;
    lines.push(
      [String(i), csvCell(s.texts[i] ?? ''), SENTIMENT_CLASSES[s.y[i]!]!, name[s.origin[i]!]!].join(
        ',',
      ),
    );
  }
  return ok({ csv: `${lines.join('\n')}\n`, labels: n });
}

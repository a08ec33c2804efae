/**
 * Sentiment jobs of the analysis worker: it keeps the scores (in the shared score store) and
 * answers summaries, pages of rows and evaluations; pool workers score the chunks (computeJobs.ts).
 */
import * as Comlink from 'comlink';
import type {
  SentimentAnalysisApi,
  SentimentPost,
  SentimentSummary,
  SentimentThresholds,
  SentimentViewOptions,
} from '../../api/sentiment.ts';
import type { SentimentPart } from '../../core/bundle/bundle.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { evaluateVader } from '../../core/sentiment/evaluation.ts';
import {
  applyLabelMapping,
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
} from '../../core/sentiment/labelMapping.ts';
import { autosavePart } from '../shared/autosave.ts';
import { postReadingKept, UNSCORED_CLASS } from '../shared/chosenSentiment.ts';
import { languageFilter, languageMask } from '../shared/languageFilter.ts';
import { languageReading } from '../shared/languageReading.ts';
import { chunkRowsFor, type ScoreStore } from '../shared/scoreStore.ts';
import { scoreStore } from '../shared/scores.ts';
import { currentDataset, requireDataset, type LoadedDataset } from '../shared/session.ts';
import { sentimentPartOf } from '../shared/trainedParts.ts';
import { parseSentimentClassifier } from './classifierModel.ts';
import {
  exportLabels,
  openLabelling,
  recordLabel,
  retrain,
  setPerLanguage,
  setSource,
  undoLabel,
} from './labelling.ts';
import { packTexts } from './packedTexts.ts';
import {
  categoryOf,
  cellsOf,
  derived,
  keepClassifier,
  keptClassifier,
  labelColumnOf,
  saveMapping,
  savedMapping,
  sentimentColumns,
  textColumnOf,
  timeBucketsOf,
} from './sentimentSession.ts';
import { postLanguages, sentimentLanguages } from './languageJobs.ts';
import { labelIndexer, postOf, summarizeSentiment } from './sentimentSummary.ts';
import { checkThresholds } from './thresholds.ts';
import { isSentimentMode } from '../../core/sentiment/mode.ts';
import { setCurrentSentimentMode } from '../shared/sentimentMode.ts';

const LABELS = ['negative', 'neutral', 'positive'] as const;

/** The dataset and the score store of the requested (or default) text column. */
async function withStore(
  textColumn: string | undefined,
): Promise<Result<{ d: LoadedDataset; store: ScoreStore; texts: readonly string[] }>> {
  const r = await requireDataset();
  if (!r.ok) return r;
  const column = textColumnOf(r.value, textColumn);
  if (!column.ok) return column;
  return ok({
    d: r.value,
    store: scoreStore(r.value, column.value),
    texts: cellsOf(r.value, column.value),
  });
}

async function summaryOf(
  d: LoadedDataset,
  store: ScoreStore,
  texts: readonly string[],
  view: SentimentViewOptions,
): Promise<Result<SentimentSummary>> {
  const thresholds = checkThresholds(view.thresholds);
  if (!thresholds.ok) return thresholds;
  if (view.categoryColumn && !d.schema.some((c) => c.name === view.categoryColumn)) {
    return fail(
      'COLUMN_NOT_FOUND',
      `The dataset has no column "${view.categoryColumn}".`,
      'Pick one of the listed columns.',
    );
  }
  return ok(
    summarizeSentiment({
      store,
      texts,
      thresholds: thresholds.value,
      time: timeBucketsOf(d, view.timeUnit ?? 'auto'),
      category: categoryOf(d, view.categoryColumn),
      reading: await readingOf(d, store, thresholds.value),
      mask: languageMask(d),
      languages: languageFilter(d)?.languages ?? null,
    }),
  );
}

/**
 * How the charts count each post of the store's column (the chosen source, kept across a reload;
 * by language once read).
 */
function readingOf(d: LoadedDataset, store: ScoreStore, thresholds: SentimentThresholds) {
  return postReadingKept(d, store.column, (i) => store.compound(i), thresholds, store.mode);
}

export const sentimentAnalysisJobs: SentimentAnalysisApi = {
  async sentimentStatus(view) {
    if (view.mode !== undefined) {
      if (!isSentimentMode(view.mode))
        return fail(
          'INVALID_OPTIONS',
          `VADER reads the text as "social" or "reference"; got "${String(view.mode)}".`,
          'Leave the reference switch off for social posts.',
        );
      setCurrentSentimentMode(view.mode);
    }
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const columns = sentimentColumns(d.schema);
    const column = textColumnOf(d, view.textColumn);
    if (!column.ok) {
      if (column.error.code === 'NO_TEXT_COLUMN')
        return ok({
          columns,
          textColumn: null,
          rows: d.table.rowCount,
          scoredRows: 0,
          summary: null,
        });
      return column;
    }
    const store = scoreStore(d, column.value);
    let summary: SentimentSummary | null = null;
    if (store.scoredRows > 0) {
      const s = await summaryOf(d, store, cellsOf(d, column.value), view);
      if (!s.ok) return s;
      summary = s.value;
    }
    return ok({
      columns,
      textColumn: column.value.name,
      rows: store.rows,
      scoredRows: store.scoredRows,
      summary,
    });
  },

  async sentimentPlan({ textColumn, workers, chunkRows }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    const { store } = r.value;
    const size = chunkRows ?? chunkRowsFor(store.rows, workers);
    return ok({
      textColumn: store.column,
      rows: store.rows,
      chunkRows: size,
      scoredRows: store.scoredRows,
      pending: store.pending(size),
    });
  },

  async sentimentChunkTexts({ textColumn, from, to }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    if (!(
      Number.isInteger(from) &&
      Number.isInteger(to) &&
      0 <= from &&
      from <= to &&
      to <= r.value.store.rows
    )) {
      return fail(
        'INVALID_OPTIONS',
        `Rows ${from} to ${to} are outside the dataset's ${r.value.store.rows} rows.`,
      );
    }
    const packed = { ...packTexts(r.value.texts, from, to), mode: r.value.store.mode };
    return Comlink.transfer(ok(packed), [packed.units.buffer, packed.offsets.buffer]);
  },

  async sentimentAddScores({ textColumn, from, scores, summary }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    const { d, store, texts } = r.value;
    if (scores.length % 4 !== 0 || from < 0 || from + scores.length / 4 > store.rows) {
      return fail(
        'INVALID_OPTIONS',
        `${scores.length / 4} scores from row ${from} do not fit the dataset's ${store.rows} rows.`,
        'The dataset changed while scoring: score it again.',
      );
    }
    store.add(from, scores);
    if (!summary) return ok({ scoredRows: store.scoredRows, summary: null });
    const s = await summaryOf(d, store, texts, summary);
    return s.ok ? ok({ scoredRows: store.scoredRows, summary: s.value }) : s;
  },

  async sentimentSummary(view) {
    const r = await withStore(view.textColumn);
    if (!r.ok) return r;
    return summaryOf(r.value.d, r.value.store, r.value.texts, view);
  },

  async sentimentRows({ textColumn, filter, thresholds, offset, limit }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    const { d, store, texts } = r.value;
    const th = checkThresholds(thresholds);
    if (!th.ok) return th;
    const reading = await readingOf(d, store, th.value);
    const mask = languageMask(d);
    const want =
      filter === 'all' ? -1 : filter === 'unscored' ? UNSCORED_CLASS : LABELS.indexOf(filter);
    const index = derived(
      d,
      `rows:${store.column}:${filter}:${th.value.negative}:${th.value.positive}:${reading.source}:${reading.byLanguage}:${languageFilter(d)?.languages.join(',') ?? ''}`,
      store.revision,
      () => {
        const out = new Uint32Array(store.rows);
        let n = 0;
        for (let i = 0; i < store.rows; i++) {
          if (
            store.done[i] === 1 &&
            (!mask || mask[i] === 1) &&
            (want < 0 || reading.classOf(i) === want)
          )
            out[n++] = i;
        }
        return out.slice(0, n);
      },
    );
    const start = Math.max(0, Math.min(Math.floor(offset), index.length));
    const end = Math.min(index.length, start + Math.max(0, Math.min(Math.floor(limit), 1000)));
    const labelOf = labelIndexer(th.value);
    // read in their own language: each post's language, and the scores of that reading
    const read = reading.byLanguage ? languageReading(d, store.column) : null;
    const rows: SentimentPost[] = [];
    for (let k = start; k < end; k++) {
      const row = index[k]!;
      const language = read ? { language: read.languages[row]! } : {};
      const c = reading.compoundOf(row);
      if (Number.isNaN(c)) {
        rows.push({
          ...postOf(store, texts, row, 'neutral'),
          neg: 0,
          neu: 0,
          pos: 0,
          compound: 0,
          label: 'unscored',
          ...language,
        });
        continue;
      }
      const post = postOf(store, texts, row, LABELS[labelOf(c)]!);
      const at = row * 4;
      rows.push(
        read
          ? {
              ...post,
              neg: Math.round(read.scores[at]! * 1000) / 1000,
              neu: Math.round(read.scores[at + 1]! * 1000) / 1000,
              pos: Math.round(read.scores[at + 2]! * 1000) / 1000,
              compound: Math.round(c * 10_000) / 10_000,
              ...language,
            }
          : post,
      );
    }
    return ok({ total: index.length, offset: start, rows });
  },

  async sentimentLabelValues({ labelColumn, zeroValence }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const column = labelColumnOf(d, labelColumn);
    if (!column.ok) return column;
    const { values, missing } = countLabelValues(cellsOf(d, column.value));
    const proposals = proposeLabelMapping(values, zeroValence ? { zeroValence } : {});
    const saved = zeroValence === undefined ? await savedMapping(d, column.value.name) : null;
    return ok({
      column: column.value.name,
      rows: d.table.rowCount,
      missing,
      proposals,
      mapping: saved ?? mappingOf(proposals),
    });
  },

  async sentimentEvaluate({ textColumn, labelColumn, mapping, thresholds }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    const { d, store, texts } = r.value;
    const column = labelColumnOf(d, labelColumn);
    if (!column.ok) return column;
    const th = checkThresholds(thresholds);
    if (!th.ok) return th;
    const labels = cellsOf(d, column.value);
    await saveMapping(d, column.value.name, mapping);
    const classes = applyLabelMapping(labels, mapping);
    // Labelled rows not scored yet (scoring cancelled, or a restarted worker) are scored here.
    store.scoreMissing(texts, rowsWithClass(classes));
    return evaluateVader(labels, (i) => store.compound(i), mapping, th.value);
  },

  async sentimentTrainingData({ textColumn, labelColumn, mapping, languages }) {
    const r = await withStore(textColumn);
    if (!r.ok) return r;
    const { d, store, texts } = r.value;
    const column = labelColumnOf(d, labelColumn);
    if (!column.ok) return column;
    const classes = applyLabelMapping(cellsOf(d, column.value), mapping);
    const rows = Uint32Array.from(rowsWithClass(classes));
    const y = Uint8Array.from(rows, (i) => classes[i]!);
    const packed = packTexts(Array.from(rows, (i) => texts[i] ?? ''));
    const text = languages ? textColumnOf(d, store.column) : null;
    const rowLanguages = text?.ok ? await postLanguages(d, text.value, rows) : null;
    return Comlink.transfer(
      ok({
        textColumn: store.column,
        labelColumn: column.value.name,
        texts: packed,
        y,
        rows,
        ...(rowLanguages ? { languages: rowLanguages } : {}),
      }),
      [packed.units.buffer, packed.offsets.buffer, y.buffer, rows.buffer],
    );
  },

  async sentimentKeepClassifier({ result }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const parsed = parseSentimentClassifier(result.classifier);
    if (!parsed.ok) return parsed;
    await keepClassifier(r.value, result);
    await autosavePart(r.value, {
      sentiment: sentimentPartOf(result, await partColumns(r.value)),
    });
    return ok({ kept: true as const });
  },

  async sentimentClassifier() {
    const r = await currentDataset();
    if (!r.ok) return r;
    return ok(r.value ? await keptClassifier(r.value) : null);
  },

  async labellingOpen({ textColumn }) {
    const r = await requireDataset();
    return r.ok ? openLabelling(r.value, textColumn) : r;
  },

  async labellingRecord({ row, answer }) {
    const r = await requireDataset();
    return r.ok ? recordLabel(r.value, row, answer) : r;
  },

  async labellingUndo({ row }) {
    const r = await requireDataset();
    return r.ok ? undoLabel(r.value, row) : r;
  },

  async labellingTrain() {
    const r = await requireDataset();
    return r.ok ? retrain(r.value) : r;
  },

  async labellingPerLanguage({ perLanguage }) {
    const r = await requireDataset();
    return r.ok ? setPerLanguage(r.value, perLanguage) : r;
  },

  async labellingSource({ source }) {
    const r = await requireDataset();
    return r.ok ? setSource(r.value, source) : r;
  },

  async labellingExport() {
    const r = await requireDataset();
    return r.ok ? exportLabels(r.value) : r;
  },
  sentimentLanguages,
};

/** The text column and the label mapping a classifier trained on this dataset goes with into its bundle part. */
async function partColumns(
  d: LoadedDataset,
): Promise<Pick<SentimentPart, 'textColumn' | 'labelMapping'>> {
  const text = textColumnOf(d);
  const label = labelColumnOf(d);
  const mapping = label.ok ? await savedMapping(d, label.value.name) : null;
  return {
    textColumn: text.ok ? text.value.name : null,
    labelMapping: label.ok && mapping ? { column: label.value.name, mapping } : null,
  };
}

function* rowsWithClass(classes: Int8Array): Generator<number> {
  for (let i = 0; i < classes.length; i++) if (classes[i]! >= 0) yield i;
}

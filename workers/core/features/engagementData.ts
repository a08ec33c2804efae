/**
 * From a table to the matrices an engagement model learns from: the target (dropping rows
 * without one), a train/test split that keeps copies of a post on one side (grouped by
 * normalised text, or by time: past trains, future tests), the feature builder fitted on the
 * training rows only, and both feature matrices. The app's analysis worker and `murmur train`
 * call the same function.
 */
import type { TopicModel } from '../cluster/topicModel.ts';
import type { ParsedTable } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import type { Matrix } from '../forest/matrix.ts';
import { parseDatetimeCell } from '../schema/parseDatetime.ts';
import { denseGroups, groupsByKey, splitOverlap, textGroups } from '../split/groups.ts';
import { groupShuffleSplit } from '../split/groupShuffleSplit.ts';
import { groupTimeSplit } from '../split/timeSplit.ts';
import type { Split, SplitInfo, SplitKind } from '../split/types.ts';
import { median } from '../preprocess/statistics.ts';
import type { PreprocessSpec } from '../preprocess/types.ts';
import type { ColumnSchema } from '../schema/types.ts';
import {
  buildFeatures,
  fitFeatures,
  inputFromTable,
  selectInputRows,
  sourceColumns,
} from './featureBuilder.ts';
import { featureSpecFromSchema, type FeatureChoices } from './fromSchema.ts';
import { buildTarget, type TargetSpec } from './target.ts';
import type { FeatureParams } from './types.ts';

/** Regression of the (log1p) count, or classification "will this post beat the training median?". */
export type EngagementTask = 'regression' | 'classification';

export interface EngagementDataOptions {
  readonly target: TargetSpec;
  /** Default 'regression'. */
  readonly task?: EngagementTask;
  /** Default: the columns the roles suggest (see defaultFeatureChoices). */
  readonly features?: FeatureChoices;
  /** The dataset's preprocessing choices (fills, one-hot top N, scaling) for feature columns it lists. */
  readonly preprocessing?: PreprocessSpec | null;
  /** Share of posts held out for testing, in (0, 1). Default 0.2, as the reference. */
  readonly testSize?: number;
  /** Seed of the train/test split. Default 0. */
  readonly seed?: number;
  /**
   * How test posts are chosen. 'grouped' (default): posts sharing a normalised text are one group,
   * held out whole (sklearn GroupShuffleSplit; `testSize` is then a share of the distinct texts).
   * 'time': the latest posts are held out, copies staying with their first post (needs a post
   * time). 'random': a plain shuffled split, where copies may sit on both sides (`overlap` says
   * how many test posts have one in training).
   */
  readonly split?: SplitKind;
  /** Cross-validation folds the training rows must fill. Default 5. */
  readonly folds?: number;
  /** VADER scores of the text column already computed (4 per table row). */
  readonly sentiment?: Float32Array | Float64Array;
  /** A hashtag topic model whose cluster becomes a feature. */
  readonly topics?: TopicModel | null;
  /** Per table row, 1 to keep it (e.g. the page's language filter); default every row. */
  readonly only?: Uint8Array | null;
}

/** One side of the split. */
export interface EngagementRows {
  readonly X: Matrix;
  /** What the model learns: the target (log1p'd when asked), or 1/0 for above/at-or-below the median. */
  readonly y: Float64Array;
  /** The target on its raw scale. */
  readonly raw: Float64Array;
  /** The table rows, in this order. */
  readonly rows: Uint32Array;
}

export interface TargetInfo {
  readonly expression: string;
  readonly columns: readonly string[];
  readonly log1p: boolean;
  readonly label: string;
}

export interface EngagementData {
  readonly task: EngagementTask;
  readonly target: TargetInfo;
  readonly features: FeatureParams;
  /** Things to tell the user (rows without a target, categories folded into __other__). */
  readonly notes: readonly string[];
  readonly train: EngagementRows;
  readonly test: EngagementRows;
  /** Classification: a post is class 1 when its raw target is above this (the training median). */
  readonly threshold: number | null;
  /** How the test posts were chosen and how many have a copy among the training posts. */
  readonly split: EngagementSplit;
}

export interface EngagementSplit extends SplitInfo {
  /** The column whose normalised text groups copies (null: no text column; exact rows grouped). */
  readonly groupColumn: string | null;
  /**
   * Per training post (in `train.rows` order), its group 0..g−1, for cross-validation folds that
   * keep copies together (GroupKFold); null for a random split (plain KFold).
   */
  readonly trainGroups: Int32Array | null;
  /** Distinct texts (groups) among all posts with a target. */
  readonly groups: number;
  /** Time split: where the test period starts (epoch ms); null otherwise. */
  readonly testFrom: number | null;
}

/**
 * Target, split and features of every post with a target. Fails as buildTarget and
 * featureSpecFromSchema do, with TOO_FEW_ROWS when the training rows cannot fill the folds, and
 * TARGET_CONSTANT when (classification) every training post falls on one side of the median.
 */
export function prepareEngagementData(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  options: EngagementDataOptions,
): Result<EngagementData> {
  const task = options.task ?? 'regression';
  const folds = options.folds ?? 5;
  // "above the median" is the same on either scale: only regression needs log1p's checks
  const target = buildTarget(
    table,
    schema,
    task === 'classification' ? { ...options.target, log1p: false } : options.target,
  );
  if (!target.ok) return target;
  const t = target.value;
  const chosen = featureSpecFromSchema(
    schema,
    options.preprocessing ?? null,
    options.features ?? {},
    t.columns,
    options.topics ?? null,
  );
  if (!chosen.ok) return chosen;

  const usable: number[] = [];
  const only = options.only ?? null;
  for (let r = 0; r < t.raw.length; r++)
    if (!Number.isNaN(t.raw[r]!) && (!only || only[r] === 1)) usable.push(r);
  const notes = [...chosen.value.notes];
  if (t.missing > 0)
    notes.unshift(
      `${t.missing.toLocaleString('en-US')} posts have no value for ${t.expression} (a missing cell or a division by zero) and are left out.`,
    );
  const testSize = options.testSize ?? 0.2;
  if (usable.length < folds + 2) {
    return fail(
      'TOO_FEW_ROWS',
      `Only ${usable.length} posts have a target: too few to hold out a test set and fill ${folds} cross-validation folds.`,
      `Use a dataset with more posts (at least ${folds + 2}), or fewer folds.`,
    );
  }
  const kind = options.split ?? 'grouped';
  // copies are grouped by the post text (the feature's, else the column with role text)
  const groupColumn =
    schema.find((c) => c.name === chosen.value.spec.text?.name) ??
    schema.find((c) => c.role === 'text') ??
    null;
  const allGroups = groupColumn
    ? textGroups(table.columns[groupColumn.index]!)
    : exactRowGroups(table, schema);
  const groups = Int32Array.from(usable, (r) => allGroups[r]!);
  let split: Result<Split>;
  let testFrom: number | null = null;
  if (kind === 'time') {
    const time = chosen.value.spec.timestamp ?? schema.find((c) => c.role === 'timestamp') ?? null;
    if (!time)
      return fail(
        'INVALID_OPTIONS',
        'A time split needs the post time, and no column has the role "timestamp".',
        'Give the post time column the role "timestamp" in the Dataset view, or keep copies together instead.',
      );
    const cells = table.columns[table.header.indexOf(time.name)]!;
    const format = schema.find((c) => c.name === time.name)?.format.datetime ?? 'iso';
    const timed = groupTimeSplit(
      Float64Array.from(usable, (r) => parseDatetimeCell(cells[r] ?? '', format)),
      groups,
      testSize,
    );
    if (!timed.ok) return timed;
    testFrom = timed.value.testFrom;
    if (timed.value.undated > 0)
      notes.push(
        `${timed.value.undated.toLocaleString('en-US')} posts have no readable time: they are used for training only.`,
      );
    split = timed;
  } else if (kind === 'grouped') split = groupShuffleSplit(groups, testSize, options.seed ?? 0);
  else
    split = groupShuffleSplit(
      Int32Array.from(usable, (_, i) => i),
      testSize,
      options.seed ?? 0,
    );
  if (!split.ok) return split;
  const trainGroups = kind === 'random' ? null : denseGroups(groups, split.value.train);
  if (split.value.train.length < folds) {
    return fail(
      'TOO_FEW_ROWS',
      `${split.value.train.length} training posts cannot fill ${folds} cross-validation folds.`,
      'Use fewer folds or a smaller test share.',
    );
  }
  if (trainGroups && trainGroups.count < folds) {
    return fail(
      'TOO_FEW_GROUPS',
      `The training posts hold ${trainGroups.count} distinct texts, too few for ${folds} cross-validation folds that keep copies together.`,
      'Use fewer folds, drop the duplicates in the Dataset view, or choose a random split (copies may then leak into the test).',
    );
  }
  const trainRows = Uint32Array.from(split.value.train, (i) => usable[i]!);
  const testRows = Uint32Array.from(split.value.test, (i) => usable[i]!);

  const input = inputFromTable(table, options.sentiment);
  const used = sourceColumns(chosen.value.spec);
  const trainInput = selectInputRows(input, trainRows, used);
  const fitted = fitFeatures(trainInput, chosen.value.spec);
  if (!fitted.ok) return fitted;
  const trainX = buildFeatures(fitted.value, trainInput);
  if (!trainX.ok) return trainX;
  const testX = buildFeatures(fitted.value, selectInputRows(input, testRows, used));
  if (!testX.ok) return testX;

  const trainRaw = Float64Array.from(trainRows, (r) => t.raw[r]!);
  const testRaw = Float64Array.from(testRows, (r) => t.raw[r]!);
  let threshold: number | null = null;
  let toY = (v: number) => (t.log1p ? Math.log1p(v) : v);
  if (task === 'classification') {
    const m = median(trainRaw);
    threshold = m;
    toY = (v) => (v > m ? 1 : 0);
    const above = trainRaw.reduce((n, v) => n + (v > m ? 1 : 0), 0);
    if (above === 0) {
      return fail(
        'TARGET_CONSTANT',
        `No training post has more than the median ${t.expression} (${m}): "above the median" has no examples.`,
        'Predict the count instead (regression), or pick a target that varies more.',
      );
    }
  }
  return ok({
    task,
    target: {
      expression: t.expression,
      columns: t.columns,
      log1p: t.log1p,
      label: task === 'classification' ? `${t.expression} > ${threshold}` : t.label,
    },
    features: fitted.value,
    notes,
    train: { X: trainX.value, y: trainRaw.map(toY), raw: trainRaw, rows: trainRows },
    test: { X: testX.value, y: testRaw.map(toY), raw: testRaw, rows: testRows },
    threshold,
    split: {
      kind,
      overlap: splitOverlap(groups, split.value.train, split.value.test),
      groupColumn: groupColumn?.name ?? null,
      trainGroups: trainGroups?.ids ?? null,
      groups: denseGroups(groups).count,
      testFrom,
    },
  });
}

/** Rows grouped by every cell but id columns, when there is no text to group by. */
function exactRowGroups(table: ParsedTable, schema: readonly ColumnSchema[]): Int32Array {
  const compared = schema.filter((c) => c.role !== 'id').map((c) => table.columns[c.index]!);
  return groupsByKey(
    table.rowCount,
    (r) => `\u0001${compared.map((col) => col[r] ?? '').join('\u0000')}`,
  );
}

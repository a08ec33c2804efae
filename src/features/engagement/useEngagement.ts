import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  EngagementColumns,
  EngagementDataRequest,
  EngagementTask,
  MlpOptions,
  SplitKind,
  MlpProgress,
  MlpResult,
} from '../../../workers/api.ts';
import { useJob, type JobControls } from '../../shared/useJob.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import {
  trainEngagementModel,
  type SearchKind,
  trainEngagementNetwork,
  type EngagementTrainingProgress,
  type EngagementTrainingResult,
} from '../../engine/engagementTraining.ts';
import { analysis } from '../../engine/index.ts';
import { parseGrid, REFERENCE_GRID, type GridText } from './gridValues.ts';
import { keptSettings } from '../../shared/keptSettings.ts';
import { useKeepViewSettings } from '../../shared/useKeepViewSettings.ts';
import { runRecord, runView } from './keptRun.ts';

/** '' in targetColumn means "a custom expression". */
export const CUSTOM_TARGET = '';

/** Everything the user sets before training. */
export interface EngagementSettings {
  readonly targetColumn: string;
  readonly expression: string;
  readonly log1p: boolean;
  readonly task: EngagementTask;
  readonly text: string | null;
  readonly hashtags: string | null;
  readonly timestamp: string | null;
  readonly numeric: readonly string[];
  readonly categorical: readonly string[];
  readonly topics: boolean;
  readonly grid: GridText;
  /** Successive halving (quick, the default) or every point on every fold. */
  readonly search: SearchKind;
  readonly folds: number;
  readonly testSize: number;
  /** How test posts are held out: copies together (default), the latest posts, or at random. */
  readonly split: SplitKind;
  readonly seed: number;
  readonly minSamplesSplit: number;
  readonly bootstrap: boolean;
  readonly maxBins: number;
}

function defaultSettings(columns: EngagementColumns): EngagementSettings {
  const d = columns.defaults;
  return {
    targetColumn: columns.defaultTarget ?? columns.targets[0]?.name ?? CUSTOM_TARGET,
    expression: '',
    log1p: true,
    task: 'regression',
    text: d.text,
    hashtags: d.hashtags,
    timestamp: d.timestamp,
    numeric: d.numeric,
    categorical: d.categorical,
    topics: d.topics,
    grid: REFERENCE_GRID,
    search: 'halving',
    folds: 5,
    testSize: 0.2,
    split: 'grouped',
    seed: 0,
    minSamplesSplit: 2,
    bootstrap: true,
    maxBins: 1024,
  };
}

/** The request the settings describe, or what is wrong with them. */
export function requestOf(
  s: EngagementSettings,
): { request: EngagementDataRequest } | { error: string } {
  const expression =
    s.targetColumn === CUSTOM_TARGET
      ? s.expression.trim()
      : `"${s.targetColumn.replace(/"/g, '')}"`;
  if (expression === '')
    return {
      error: 'Write the target: a column name or an expression such as likes + 2 * shares.',
    };
  const grid = parseGrid(s.grid);
  if ('error' in grid) return grid;
  return {
    request: {
      target: { expression, log1p: s.log1p },
      task: s.task,
      features: {
        text: s.text,
        hashtags: s.hashtags,
        timestamp: s.timestamp,
        numeric: s.numeric,
        categorical: s.categorical,
        topics: s.topics,
      },
      testSize: s.testSize,
      split: s.split,
      seed: s.seed,
      folds: s.folds,
      grid: grid.grid,
      base: { minSamplesSplit: s.minSamplesSplit, bootstrap: s.bootstrap, maxBins: s.maxBins },
    },
  };
}

/** Results of this page session, per dataset version, so leaving the view and coming back keeps them. */
const kept = new Map<
  string,
  { settings: EngagementSettings; result: EngagementTrainingResult | null; mlp: MlpResult | null }
>();

/** Keeps a run with the dataset (IndexedDB, in the worker); a refusal is told by the app's notice. */
function keepRun(
  settings: EngagementSettings,
  result: EngagementTrainingResult,
  mlp: MlpResult | null,
): void {
  void analysis('engagementKeepRun', { run: runRecord(settings, result, mlp) });
}

/** What the worker kept for this dataset: the last run and the view's settings. */
async function keptForDataset() {
  const [run, settings] = await Promise.all([
    analysis('engagementLastRun', {}),
    analysis('viewSettings', {}),
  ]);
  if (!run.ok) return run;
  return {
    ok: true as const,
    value: {
      run: runView(run.value),
      settings: settings.ok ? settings.value.engagement : undefined,
    },
  };
}

export interface Engagement {
  readonly columns: EngagementColumns | null;
  readonly columnsError: AppError | null;
  readonly settings: EngagementSettings | null;
  readonly setSettings: (update: (s: EngagementSettings) => EngagementSettings) => void;
  readonly training: JobControls<EngagementTrainingResult, EngagementTrainingProgress>;
  readonly result: EngagementTrainingResult | null;
  readonly train: () => void;
  readonly network: JobControls<MlpResult, MlpProgress>;
  readonly mlp: MlpResult | null;
  readonly trainNetwork: (options: MlpOptions) => void;
  /** When the shown result was kept from an earlier visit (epoch ms), else null. */
  readonly restoredAt: number | null;
}

/** The Engagement view's state: the dataset's columns, the settings, the forest and network jobs and their results. */
export function useEngagement(version: string): Engagement {
  const [settings, setSettingsState] = useState<EngagementSettings | null>(
    kept.get(version)?.settings ?? null,
  );
  const [result, setResult] = useState<EngagementTrainingResult | null>(
    kept.get(version)?.result ?? null,
  );
  const [mlp, setMlp] = useState<MlpResult | null>(kept.get(version)?.mlp ?? null);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const training = useJob<EngagementTrainingResult, EngagementTrainingProgress>();
  const network = useJob<MlpResult, MlpProgress>();

  // Another dataset: its own settings and results of this page session, if any.
  useEffect(() => {
    const stored = kept.get(version);
    setSettingsState(stored?.settings ?? null);
    setResult(stored?.result ?? null);
    setMlp(stored?.mlp ?? null);
    setRestoredAt(null);
  }, [version]);
  // The columns the model can use; the settings start from them when there are none yet.
  const { value: columns, error: columnsError } = useWorkerAnswer(
    version,
    () => analysis('engagementColumns', {}),
    {
      onAnswer: (r) => {
        if (r.ok) setSettingsState((s) => s ?? defaultSettings(r.value));
      },
    },
  );

  // After a reload (or a return to this dataset in a new page), the run and settings kept with it.
  const restore = useWorkerAnswer(`${version}:kept`, keptForDataset, {
    enabled: !kept.has(version),
  });
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    const found = restore.value;
    if (!columns || !found || restoredFor.current === version || kept.has(version)) return;
    restoredFor.current = version;
    const settings = keptSettings(defaultSettings(columns), found.settings ?? found.run?.settings);
    setSettingsState(settings);
    setResult(found.run?.result ?? null);
    setMlp(found.run?.mlp ?? null);
    setRestoredAt(found.run?.savedAt ?? null);
    kept.set(version, {
      settings,
      result: found.run?.result ?? null,
      mlp: found.run?.mlp ?? null,
    });
  }, [columns, restore.value, version]);

  // The settings are kept with the dataset as they change (a little after the last change).
  const saveSettings = useKeepViewSettings('engagement', version);

  const remember = useCallback(
    (
      patch: Partial<{
        settings: EngagementSettings;
        result: EngagementTrainingResult | null;
        mlp: MlpResult | null;
      }>,
    ) => {
      const was = kept.get(version);
      const settings = patch.settings ?? was?.settings;
      if (settings)
        kept.set(version, {
          settings,
          result: 'result' in patch ? patch.result! : (was?.result ?? null),
          mlp: 'mlp' in patch ? patch.mlp! : (was?.mlp ?? null),
        });
    },
    [version],
  );

  const setSettings = useCallback(
    (update: (s: EngagementSettings) => EngagementSettings) =>
      setSettingsState((s) => {
        if (!s) return s;
        const next = update(s);
        remember({ settings: next });
        saveSettings(next);
        return next;
      }),
    [remember, saveSettings],
  );

  const { run: runTraining } = training;
  const { run: runNetwork, reset: resetNetwork } = network;
  const train = useCallback(() => {
    if (!settings) return;
    const built = requestOf(settings);
    if ('error' in built) return;
    resetNetwork();
    void runTraining(({ signal, onProgress }) =>
      trainEngagementModel(built.request, {
        signal,
        onProgress,
        search: settings.search ?? 'halving',
      }),
    ).then((r) => {
      if (!r.ok) return;
      setResult(r.value);
      setMlp(null);
      setRestoredAt(null);
      remember({ settings, result: r.value, mlp: null });
      keepRun(settings, r.value, null);
      saveSettings(settings);
    });
  }, [settings, runTraining, resetNetwork, remember, saveSettings]);

  const trainNetwork = useCallback(
    (options: MlpOptions) => {
      if (!result) return;
      void runNetwork(({ signal, onProgress }) =>
        trainEngagementNetwork(result.prepared, settings?.seed ?? 0, options, {
          signal,
          onProgress,
        }),
      ).then((r) => {
        if (!r.ok) return;
        setMlp(r.value);
        remember({ mlp: r.value });
        if (settings) keepRun(settings, result, r.value);
      });
    },
    [result, runNetwork, settings, remember],
  );

  return {
    columns,
    columnsError,
    settings,
    setSettings,
    training,
    result,
    train,
    network,
    mlp,
    trainNetwork,
    restoredAt,
  };
}

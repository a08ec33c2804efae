import { useLanguageFilter } from '../../shared/languageFilter.ts';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  JobProgress,
  SentimentStatus,
  SentimentMode,
  SentimentSummary,
  SentimentViewOptions,
} from '../../../workers/api.ts';
import { useJob, type JobControls } from '../../shared/useJob.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { useKeepViewSettings } from '../../shared/useKeepViewSettings.ts';
import { useSentimentMode } from '../../shared/sentimentReading.ts';
import { analysis } from '../../engine/index.ts';
import { scoreDataset, type ScoringOutcome } from '../../engine/sentimentScoring.ts';
import { DEFAULT_CHOICES, keptChoices, type SentimentChoices } from './sentimentChoices.ts';

function viewOf(c: SentimentChoices, mode: SentimentMode): SentimentViewOptions {
  return {
    mode,
    ...(c.textColumn !== undefined ? { textColumn: c.textColumn } : {}),
    thresholds: c.thresholds,
    timeUnit: c.timeUnit,
    ...(c.categoryColumn !== undefined ? { categoryColumn: c.categoryColumn } : {}),
  };
}

export interface SentimentScores {
  readonly choices: SentimentChoices;
  readonly setChoices: (update: (c: SentimentChoices) => SentimentChoices) => void;
  readonly status: SentimentStatus | null;
  readonly summary: SentimentSummary | null;
  readonly error: AppError | null;
  readonly scoring: JobControls<ScoringOutcome, JobProgress>;
  /** Scores what is not scored yet (after a cancel). */
  readonly resume: () => void;
  /** Asks the worker for the summary again (after the charts' sentiment source changed). */
  readonly refresh: () => void;
  /** Bumps when the choices kept with the dataset were applied (controls that hold a draft restart). */
  readonly keptGeneration: number;
}

/**
 * The active dataset's sentiment: reads what the analysis worker already holds, scores the rest
 * across the pool (once per dataset and text column; a view switch only resumes what is left), and
 * recomputes summaries in the worker when thresholds or breakdowns change.
 */
export function useSentimentScores(version: string): SentimentScores {
  const [choices, setChoicesState] = useState<SentimentChoices>(DEFAULT_CHOICES);
  const current = useRef(choices);
  // the reference switch: another reading is scored (and kept) apart
  const [mode] = useSentimentMode();
  const modeRef = useRef(mode);
  // before the effects below, which ask the worker in this mode
  useEffect(() => {
    modeRef.current = mode;
  }, [mode]);
  const [status, setStatus] = useState<SentimentStatus | null>(null);
  const [summary, setSummaryNow] = useState<SentimentSummary | null>(null);
  // Charts re-render in a transition: React renders them in slices, keeping the page responsive.
  const setSummary = useCallback(
    (s: SentimentSummary | null) => startTransition(() => setSummaryNow(s)),
    [],
  );
  const [error, setError] = useState<AppError | null>(null);
  const scoring = useJob<ScoringOutcome, JobProgress>();
  const { run, reset, status: jobStatus } = scoring;

  // The choices are kept with the dataset (a little after the last change), and read back once per dataset.
  const keepChoices = useKeepViewSettings('sentiment', version);
  const setChoices = useCallback(
    (update: (c: SentimentChoices) => SentimentChoices) => {
      setChoicesState((c) => {
        const next = update(c);
        current.current = next;
        keepChoices(next);
        return next;
      });
    },
    [keepChoices],
  );
  const [keptGeneration, setKeptGeneration] = useState(0);
  useWorkerAnswer(`${version}:kept`, () => analysis('viewSettings', {}), {
    onAnswer: (r) => {
      const kept = r.ok ? keptChoices(r.value.sentiment) : null;
      if (!kept) return;
      const next = { ...current.current, ...kept };
      current.current = next;
      setChoicesState(next);
      setKeptGeneration((g) => g + 1);
    },
  });

  // Bumps when the dataset or text column changes, so a late answer for the old one is dropped.
  const generation = useRef(0);
  const start = useCallback(() => {
    const mine = generation.current;
    void run(({ signal, onProgress }) =>
      scoreDataset({
        view: viewOf(current.current, modeRef.current),
        currentView: () => viewOf(current.current, modeRef.current),
        signal,
        onProgress,
        onSummary: setSummary,
        summaryEveryMs: 1000,
      }),
    ).then(async (r) => {
      if (r.ok || r.error.code !== 'ABORTED') return;
      // Cancelled: show what was scored before the workers stopped.
      const s = await analysis('sentimentSummary', viewOf(current.current, modeRef.current));
      if (s.ok && s.value.scored > 0 && generation.current === mine) setSummary(s.value);
    });
  }, [run, setSummary]);

  const textColumn = choices.textColumn;
  const shownVersion = useRef(version);
  // Another dataset or text column: what was scored and shown for the old one goes (runs before
  // the status below is asked, which reads the choices it sets).
  useEffect(() => {
    if (shownVersion.current !== version) {
      // Another dataset: its columns differ, so the column choices go back to the defaults.
      shownVersion.current = version;
      const kept: SentimentChoices = {
        thresholds: current.current.thresholds,
        timeUnit: current.current.timeUnit,
      };
      current.current = kept;
      setChoicesState(kept);
    }
    generation.current++;
    reset();
    setError(null);
    setSummary(null);
  }, [version, textColumn, mode, reset, setSummary]);
  // What the worker holds already; scoring starts when posts are left to score.
  useWorkerAnswer(
    JSON.stringify([version, textColumn ?? null, mode]),
    () => analysis('sentimentStatus', viewOf(current.current, modeRef.current)),
    {
      onAnswer: (r) => {
        if (!r.ok) return setError(r.error);
        setStatus(r.value);
        setSummary(r.value.summary);
        if (r.value.textColumn && r.value.scoredRows < r.value.rows) start();
      },
    },
  );

  // Thresholds, time unit or category: one summary from the worker (scoring picks them up by itself).
  const { thresholds, timeUnit, categoryColumn } = choices;
  // the page's language filter: another choice counts other posts
  const { revision: languages } = useLanguageFilter();
  const scoringNow = jobStatus === 'running';
  const hasScores = (status?.scoredRows ?? 0) > 0 || summary !== null;
  useWorkerAnswer(
    JSON.stringify({ thresholds, timeUnit, categoryColumn, languages }),
    () => analysis('sentimentSummary', viewOf(current.current, modeRef.current)),
    {
      enabled: !scoringNow && hasScores,
      delayMs: 120,
      onAnswer: (r) => (r.ok ? setSummary(r.value) : setError(r.error)),
    },
  );

  const refresh = useCallback(() => {
    void analysis('sentimentSummary', viewOf(current.current, modeRef.current)).then((r) => {
      if (r.ok && r.value.scored > 0) setSummary(r.value);
    });
  }, [setSummary]);
  return {
    choices,
    setChoices,
    status,
    summary,
    error,
    scoring,
    resume: start,
    refresh,
    keptGeneration,
  };
}

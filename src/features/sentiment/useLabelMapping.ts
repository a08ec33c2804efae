import { useCallback, useState } from 'react';
import type {
  AppError,
  LabelReason,
  LabelTarget,
  SentimentLabelValues,
} from '../../../workers/api.ts';
import { analysis } from '../../engine/index.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';

export interface LabelMappingState {
  readonly values: SentimentLabelValues | null;
  readonly mapping: Readonly<Record<string, LabelTarget>>;
  readonly error: AppError | null;
  setTarget: (value: string, target: LabelTarget) => void;
  /** Sets every value proposed for `reason` (e.g. words with no valence) to `target`. */
  setByReason: (reason: LabelReason, target: LabelTarget) => void;
  /** Back to the proposals. */
  reset: () => void;
}

const NO_MAPPING: Readonly<Record<string, LabelTarget>> = {};

/** The label column's values with proposed classes, and the user's edits (remembered by the worker on evaluation). */
export function useLabelMapping(version: string, labelColumn: string | null): LabelMappingState {
  const key = `${version}:${labelColumn ?? ''}`;
  const answer = useWorkerAnswer(
    key,
    () => analysis('sentimentLabelValues', { labelColumn: labelColumn ?? '' }),
    { enabled: labelColumn !== null },
  );
  const values = answer.value;
  const proposed = values?.mapping ?? NO_MAPPING;
  // The user's edits, for the key they were made under.
  const [edited, setEdited] = useState<{
    key: string;
    mapping: Readonly<Record<string, LabelTarget>>;
  } | null>(null);
  const mapping = edited?.key === key ? edited.mapping : proposed;

  const edit = useCallback(
    (change: (m: Readonly<Record<string, LabelTarget>>) => Record<string, LabelTarget>) =>
      setEdited((e) => ({ key, mapping: change(e?.key === key ? e.mapping : proposed) })),
    [key, proposed],
  );
  const setTarget = useCallback(
    (value: string, target: LabelTarget) => edit((m) => ({ ...m, [value]: target })),
    [edit],
  );
  const setByReason = useCallback(
    (reason: LabelReason, target: LabelTarget) =>
      edit((m) => {
        const next = { ...m };
        for (const p of values?.proposals ?? []) if (p.reason === reason) next[p.value] = target;
        return next;
      }),
    [edit, values],
  );
  const reset = useCallback(
    () => edit(() => Object.fromEntries((values?.proposals ?? []).map((p) => [p.value, p.target]))),
    [edit, values],
  );
  return { values, mapping, error: answer.error, setTarget, setByReason, reset };
}

import { useCallback, useEffect, useState } from 'react';
import type {
  AppError,
  LabelReason,
  LabelTarget,
  SentimentLabelValues,
} from '../../../workers/api.ts';
import { analysis } from '../../engine/index.ts';

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

/** The label column's values with proposed classes, and the user's edits (remembered by the worker on evaluation). */
export function useLabelMapping(version: string, labelColumn: string | null): LabelMappingState {
  const [state, setState] = useState<{
    key: string;
    values: SentimentLabelValues | null;
    mapping: Record<string, LabelTarget>;
    error: AppError | null;
  }>({ key: '', values: null, mapping: {}, error: null });
  const key = `${version}:${labelColumn ?? ''}`;
  useEffect(() => {
    if (!labelColumn) return;
    let live = true;
    void analysis('sentimentLabelValues', { labelColumn }).then((r) => {
      if (!live) return;
      setState(
        r.ok
          ? { key, values: r.value, mapping: { ...r.value.mapping }, error: null }
          : { key, values: null, mapping: {}, error: r.error },
      );
    });
    return () => {
      live = false;
    };
  }, [key, labelColumn]);

  const setTarget = useCallback(
    (value: string, target: LabelTarget) =>
      setState((s) => ({ ...s, mapping: { ...s.mapping, [value]: target } })),
    [],
  );
  const setByReason = useCallback(
    (reason: LabelReason, target: LabelTarget) =>
      setState((s) => {
        const mapping = { ...s.mapping };
        for (const p of s.values?.proposals ?? [])
          if (p.reason === reason) mapping[p.value] = target;
        return { ...s, mapping };
      }),
    [],
  );
  const reset = useCallback(
    () =>
      setState((s) => ({
        ...s,
        mapping: Object.fromEntries((s.values?.proposals ?? []).map((p) => [p.value, p.target])),
      })),
    [],
  );
  const current = state.key === key ? state : { values: null, mapping: {}, error: null };
  return {
    values: current.values,
    mapping: current.mapping,
    error: current.error,
    setTarget,
    setByReason,
    reset,
  };
}

import { useEffect, useState } from 'react';
import { analysis } from '../../engine/index.ts';
import type { AppError, TableSummary } from '../../../workers/api.ts';

/** The active dataset's summaries, fetched from the worker whenever the dataset or its roles change. */
export function useDatasetSummary(version: string): {
  summary: TableSummary | null;
  error: AppError | null;
} {
  const [state, setState] = useState<{
    version: string;
    summary: TableSummary | null;
    error: AppError | null;
  }>({ version: '', summary: null, error: null });
  useEffect(() => {
    let live = true;
    void analysis('datasetSummary', {}).then((r) => {
      if (live) setState({ version, summary: r.ok ? r.value : null, error: r.ok ? null : r.error });
    });
    return () => {
      live = false;
    };
  }, [version]);
  return state.version === version ? state : { summary: null, error: null };
}

import { useCallback, useEffect, useState } from 'react';
import type { AppError, ModelsList } from '../../../workers/api.ts';
import { listModels, onModelsChanged } from '../../engine/models.ts';

/** The saved models, refreshed when the workers (or another tab) announce a change. */
export function useModels(): {
  list: ModelsList | null;
  error: AppError | null;
  refresh: () => Promise<void>;
} {
  const [list, setList] = useState<ModelsList | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const refresh = useCallback(async () => {
    const r = await listModels();
    if (r.ok) {
      setList(r.value);
      setError(null);
    } else setError(r.error);
  }, []);
  useEffect(() => {
    void refresh();
    return onModelsChanged(() => void refresh());
  }, [refresh]);
  return { list, error, refresh };
}

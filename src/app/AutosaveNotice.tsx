import { useEffect, useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { onModelsChanged } from '../engine/models.ts';
import type { AppError } from '../../workers/api.ts';

/**
 * Every training autosaves its model; when that fails (a full disk, say) the user is told in
 * whatever view they are in, not only in the Models view. The trained model stays usable in this tab.
 */
export function AutosaveNotice() {
  const [error, setError] = useState<{ part: string; error: AppError } | null>(null);
  useEffect(
    () =>
      onModelsChanged((m) => {
        if (m.type !== 'autosave') return;
        setError(m.status.error ? { part: m.status.part, error: m.status.error } : null);
      }),
    [],
  );
  if (!error) return null;
  return (
    <ErrorBanner
      testId="autosave-error"
      error={{
        ...error.error,
        message: `The ${error.part} model was trained but could not be saved: ${error.error.message}`,
      }}
      onDismiss={() => setError(null)}
    />
  );
}

import { useEffect, useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { onModelsChanged } from '../engine/models.ts';
import type { AppError } from '../../workers/api.ts';

/**
 * Every training autosaves its model, and results and settings are kept with their dataset; when
 * that fails (a full disk, say) or a kept result cannot be read back, the user is told in whatever
 * view they are in, not only in the Models view. What was trained stays usable in this tab.
 */
export function AutosaveNotice() {
  const [error, setError] = useState<{ error: AppError; testId: string } | null>(null);
  useEffect(
    () =>
      onModelsChanged((m) => {
        if (m.type === 'kept') {
          setError({ error: m.error, testId: 'kept-error' });
          return;
        }
        if (m.type !== 'autosave') return;
        const failed = m.status.error;
        setError((shown) =>
          failed
            ? {
                testId: 'autosave-error',
                error: {
                  ...failed,
                  message: `The ${m.status.part} model was trained but could not be saved: ${failed.message}`,
                },
              }
            : // a later autosave that worked clears only an autosave failure
              shown?.testId === 'autosave-error'
              ? null
              : shown,
        );
      }),
    [],
  );
  if (!error) return null;
  return <ErrorBanner testId={error.testId} error={error.error} onDismiss={() => setError(null)} />;
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AppError, DatasetProfile, ImportProgressEvent, Result } from '../../workers/api.ts';
import { analysis } from '../engine/index.ts';
import { useJob, type JobControls } from './useJob.ts';
import { useWorkerAnswer } from './useWorkerAnswer.ts';

const SAMPLE_URL = `${import.meta.env.BASE_URL}sample/murmur-sample.csv`;

interface DatasetContextValue {
  /** The active dataset, or null before one is imported. */
  readonly profile: DatasetProfile | null;
  /** True until the worker has said whether a dataset was stored from an earlier visit. */
  readonly restoring: boolean;
  readonly importJob: JobControls<DatasetProfile, ImportProgressEvent>;
  /** A failure that is not an import's (e.g. restoring, switching). */
  readonly error: AppError | null;
  importFile: (file: File) => Promise<void>;
  loadSample: () => Promise<void>;
  setProfile: (p: DatasetProfile | null) => void;
  clearError: () => void;
  /** Bumps whenever the active dataset, its roles or how its dates are read change, so views can refetch. */
  readonly version: string;
}

const DatasetContext = createContext<DatasetContextValue | null>(null);

export function DatasetProvider({ children }: { children: ReactNode }) {
  const [profile, setProfile] = useState<DatasetProfile | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const importJob = useJob<DatasetProfile, ImportProgressEvent>();
  const { run: runImport, status: importStatus } = importJob;
  // The dataset of an earlier visit, asked once.
  const restore = useWorkerAnswer('active dataset', () => analysis('activeDataset', {}), {
    onAnswer: (r) => (r.ok ? setProfile(r.value) : setError(r.error)),
  });
  const restoring = !restore.ready;

  const importFile = useCallback(
    async (file: File) => {
      // A second file while one is importing is refused; the one in progress and the loaded dataset stay.
      if (importStatus === 'running') {
        setError({
          code: 'BUSY',
          message: `"${file.name}" was not imported: another file is still importing.`,
          hint: 'Wait for it to finish, or press Cancel, then drop the file again.',
        });
        return;
      }
      setError(null);
      const r: Result<DatasetProfile> = await runImport(({ signal, onProgress }) =>
        analysis('importFile', { file }, { signal, onProgress }),
      );
      if (r.ok) setProfile(r.value);
    },
    [runImport, importStatus],
  );

  const loadSample = useCallback(async () => {
    let file: File;
    try {
      const res = await fetch(SAMPLE_URL);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      file = new File([await res.blob()], 'murmur-sample.csv', { type: 'text/csv' });
    } catch (e) {
      setError({
        code: 'FILE_UNREADABLE',
        message: `The sample dataset could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
        hint: 'Reload the page and try again.',
      });
      return;
    }
    await importFile(file);
  }, [importFile]);

  const value = useMemo<DatasetContextValue>(
    () => ({
      profile,
      restoring,
      importJob,
      error,
      importFile,
      loadSample,
      setProfile,
      clearError: () => setError(null),
      version: profile ? versionOf(profile) : 'none',
    }),
    [profile, restoring, importJob, error, importFile, loadSample],
  );
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetContextValue {
  const v = useContext(DatasetContext);
  if (!v) throw new Error('useDataset must be used inside DatasetProvider');
  return v;
}

/** The dataset context, or null outside a DatasetProvider (a chart drawn on its own, e.g. the bench page). */
export function useOptionalDataset(): DatasetContextValue | null {
  return useContext(DatasetContext);
}

/** What the views read of a dataset: its id, roles and how its dates are read (day or month first). */
function versionOf(profile: DatasetProfile): string {
  const roles = Object.values(profile.mapping).join(',');
  const dates = profile.schema.map((c) => c.format.datetime ?? '').join(',');
  return `${profile.meta.id}:${roles}:${dates}`;
}

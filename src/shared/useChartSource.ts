import { useCallback } from 'react';
import { analysis } from '../engine/index.ts';
import { useOptionalDataset } from './DatasetProvider.tsx';

/** What an exported chart's source line says about the active dataset (see components/chartExportSvg.ts). */
export interface DatasetSource {
  readonly dataset?: string;
  readonly posts?: number;
  /** First and last post time (the timestamp column), epoch ms. */
  readonly dateRange?: readonly [number, number];
}

/**
 * A function that describes the active dataset for a chart's source line: its name, its posts and,
 * when a column is mapped as the timestamp, the first and last post time. The date range is asked
 * of the worker only when a chart is exported (the column summaries are cached there).
 */
export function useChartSource(): () => Promise<DatasetSource> {
  const profile = useOptionalDataset()?.profile ?? null;
  return useCallback(async () => {
    if (!profile) return {};
    const base = { dataset: profile.meta.name, posts: profile.meta.rows };
    const time = Object.entries(profile.mapping).find(([, role]) => role === 'timestamp')?.[0];
    if (!time) return base;
    const r = await analysis('datasetSummary', {});
    const dt = r.ok ? r.value.columns.find((c) => c.name === time)?.datetime : undefined;
    return dt && dt.count > 0 ? { ...base, dateRange: [dt.min, dt.max] as const } : base;
  }, [profile]);
}

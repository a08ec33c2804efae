/**
 * The views' settings per dataset (thresholds, topic settings, the engagement target and features,
 * the language filter, the models kept scoring though trained elsewhere), kept in the dataset's `derived` records like its results, so a reload or a
 * return to the dataset finds them as they were left. They survive role changes: each view checks
 * its section against the columns it finds.
 */
import type { ViewSection, ViewSettings } from '../../api/dataset.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';
import { restoreKept, storeKept, type KeptKind } from './keptResults.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';

const SECTIONS: readonly ViewSection[] = [
  'sentiment',
  'topics',
  'engagement',
  'language',
  'scoring',
];

const STORED_SETTINGS: KeptKind<ViewSettings> = {
  kind: 'settings:views',
  what: 'your settings',
  staleWithRoles: false,
  check: (v): v is ViewSettings =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).every((k) => (SECTIONS as readonly string[]).includes(k)),
};

const memory = cacheEntry<ViewSettings>('dataset:view-settings');

/** The settings kept for the dataset (read from IndexedDB once per worker). */
export async function viewSettingsOf(d: LoadedDataset): Promise<ViewSettings> {
  const had = memory.get(d);
  if (had) return had;
  const stored = (await restoreKept(d, STORED_SETTINGS)) ?? {};
  memory.set(d, stored);
  return stored;
}

/** Replaces one view's section and stores the whole; false when storage refused (announced). */
export async function saveViewSection(
  d: LoadedDataset,
  section: ViewSection,
  value: unknown,
): Promise<Result<{ readonly kept: boolean }>> {
  if (!SECTIONS.includes(section))
    return fail(
      'INVALID_OPTIONS',
      `No view keeps settings called "${String(section)}".`,
      'Reload the page.',
    );
  const next: ViewSettings = { ...(await viewSettingsOf(d)), [section]: value };
  memory.set(d, next);
  const stored = await storeKept(d, STORED_SETTINGS, next);
  return ok({ kept: stored.ok });
}

/**
 * The one language filter of the page: the facet the analysis worker holds (posts per language,
 * the chosen ones) and a revision that bumps whenever the choice changes, so every view asks its
 * worker data again. Views read it through `useLanguageFilter`; none keeps a filter of its own.
 */
import { useSyncExternalStore } from 'react';
import type { AppError, LanguageFacet } from '../../workers/api.ts';
import { analysis } from '../engine/index.ts';

interface State {
  readonly facet: LanguageFacet | null;
  /** Bumps when the languages counted change (a choice, or languages read for the first time). */
  readonly revision: number;
  readonly error: AppError | null;
  /** The languages chosen on the last visit, being read again so the filter can come back. */
  readonly restoring: readonly string[] | null;
  /** The dataset version the facet belongs to (a view of another dataset must not read it). */
  readonly version: string | null;
}

let state: State = { facet: null, revision: 0, error: null, restoring: null, version: null };
const listeners = new Set<() => void>();

function set(next: State): void {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language facet of the active dataset and the filter's revision (part of a view's worker key). */
export function useLanguageFilter(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/** Asks the worker for the facet again: after a language pass, or for another dataset. */
export async function reloadLanguageFacet(): Promise<void> {
  const r = await analysis('languageFacet', {});
  if (!r.ok) return set({ ...state, error: r.error });
  const changed =
    (r.value === null) !== (state.facet === null) ||
    JSON.stringify(r.value?.chosen ?? []) !== JSON.stringify(state.facet?.chosen ?? []);
  set({ ...state, facet: r.value, revision: state.revision + (changed ? 1 : 0), error: null });
}

/** The language filter kept with a dataset (the views' settings section `language`). */
function keptFilter(stored: unknown): { languages: string[]; textColumn: string } | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { languages, textColumn } = stored as { languages?: unknown; textColumn?: unknown };
  if (typeof textColumn !== 'string' || !Array.isArray(languages)) return null;
  const codes = languages.filter((l): l is string => typeof l === 'string');
  return codes.length > 0 ? { languages: codes, textColumn } : null;
}

let restoredFor: string | null = null;

/**
 * When a dataset comes back (a reload, or opened again): its facet, and when a language filter was
 * chosen on the last visit, its posts' languages read again (the worker keeps them in memory only)
 * so the filter is in force again; the worker restores the choice with the languages.
 */
export async function restoreLanguageFilter(version: string): Promise<void> {
  // another dataset: nothing of the last one's languages is shown while its own are asked
  if (state.version !== version)
    set({ ...state, facet: null, restoring: null, version, revision: state.revision + 1 });
  await reloadLanguageFacet();
  if (state.facet || restoredFor === version) return;
  restoredFor = version;
  const settings = await analysis('viewSettings', {});
  const kept = settings.ok ? keptFilter(settings.value.language) : null;
  if (!kept) return;
  set({ ...state, restoring: kept.languages });
  const read = await analysis('sentimentLanguages', { textColumn: kept.textColumn });
  set({ ...state, restoring: null, ...(!read.ok && { error: read.error }) });
  if (read.ok) await reloadLanguageFacet();
}

/** Counts only `languages` in every view that reads the filter (an empty list counts every language). */
export async function chooseLanguages(languages: readonly string[]): Promise<void> {
  // shown at once (a ticked box stays ticked); the views ask again when the worker has it
  if (state.facet) set({ ...state, facet: { ...state.facet, chosen: [...languages].sort() } });
  const r = await analysis('setLanguageFilter', { languages });
  if (!r.ok) return set({ ...state, error: r.error });
  set({ ...state, facet: r.value, revision: state.revision + 1, error: null });
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German" for "de"; "not sure" for posts too short or mixed to tell. */
export function languageName(code: string): string {
  if (code === 'unknown') return 'not sure (short or mixed)';
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "German and Spanish" for the chosen codes, as a view says which filter is on. */
export function languageList(codes: readonly string[]): string {
  const names = codes.map(languageName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

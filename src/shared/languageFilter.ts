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
}

let state: State = { facet: null, revision: 0, error: null };
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
    JSON.stringify(r.value?.chosen ?? []) !== JSON.stringify(state.facet?.chosen ?? []);
  set({ facet: r.value, revision: state.revision + (changed ? 1 : 0), error: null });
}

/** Counts only `languages` in every view that reads the filter (an empty list counts every language). */
export async function chooseLanguages(languages: readonly string[]): Promise<void> {
  // shown at once (a ticked box stays ticked); the views ask again when the worker has it
  if (state.facet) set({ ...state, facet: { ...state.facet, chosen: [...languages].sort() } });
  const r = await analysis('setLanguageFilter', { languages });
  if (!r.ok) return set({ ...state, error: r.error });
  set({ facet: r.value, revision: state.revision + 1, error: null });
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

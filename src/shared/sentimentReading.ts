/**
 * The page's reference switch: VADER on the raw text (exactly as vaderSentiment 3.3.2) instead of
 * the social reading (handles, links and RT prefixes set aside, hashtags as words). Kept in this
 * browser and shared by every view that scores sentiment.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { SentimentMode } from '../../workers/api.ts';

const KEY = 'murmur.sentimentMode';
const listeners = new Set<() => void>();

function read(): SentimentMode {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'reference' ? 'reference' : 'social';
  } catch {
    return 'social'; // storage refused (private mode): the default
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What VADER reads on this page, and a setter that every view follows. */
export function useSentimentMode(): [SentimentMode, (mode: SentimentMode) => void] {
  const mode = useSyncExternalStore(subscribe, read, () => 'social' as const);
  const set = useCallback((next: SentimentMode) => {
    try {
      globalThis.localStorage?.setItem(KEY, next);
    } catch {
      // not kept across reloads, still followed in this page
    }
    listeners.forEach((l) => l());
  }, []);
  return [mode, set];
}

/**
 * Tells the other workers and the page that the saved models changed (a training autosaved, a
 * model was imported, deleted or made active), over a BroadcastChannel: the live worker reloads
 * the active model, an open Models view refreshes its list. Also reaches other tabs.
 */
import type { AppError } from '../../api/common.ts';
import type { AutosaveStatus } from '../../api/models.ts';

export const MODELS_CHANNEL = 'murmur-models';

export type ModelsMessage =
  | { readonly type: 'changed'; readonly activeId: string | null }
  | { readonly type: 'autosave'; readonly status: AutosaveStatus }
  /** A result kept with its dataset could not be stored (storage full) or read back (damaged). */
  | { readonly type: 'kept'; readonly what: string; readonly error: AppError };

/** Posts a message to every listener (none in a realm without BroadcastChannel, e.g. unit tests). */
export function announce(message: ModelsMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(MODELS_CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Calls `onMessage` for every message until the returned function is called. */
export function listen(onMessage: (message: ModelsMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(MODELS_CHANNEL);
  channel.onmessage = (e: MessageEvent<ModelsMessage>) => onMessage(e.data);
  // Node (the unit tests) would otherwise stay alive for an open channel
  (channel as { unref?: () => void }).unref?.();
  return () => channel.close();
}

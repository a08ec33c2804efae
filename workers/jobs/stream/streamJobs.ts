/**
 * Stream jobs of the stream worker (workers/stream.worker.ts): it runs the session (socket, replay
 * clock, scoring, windows, snapshots). The analysis worker serves the replay's rows (analysisJobs.ts).
 */
import type { StreamWorkerApi } from '../../api/stream.ts';
import { ok } from '../../core/errors/index.ts';
import { onModelChange } from './activeModel.ts';
import { StreamSession } from './session.ts';

let session: StreamSession | null = null;
let unsubscribe: (() => void) | null = null;

/** The stream worker's session, made on first use (it follows the registry's active model). */
function current(): StreamSession {
  if (!session) {
    const s = new StreamSession();
    session = s;
    unsubscribe ??= onModelChange(() => s.reloadModel());
  }
  return session;
}

export const streamWorkerJobs: StreamWorkerApi = {
  async streamWatch({ view }, onSnapshot) {
    const snapshots = await current().watch(view, (s) => onSnapshot?.(s));
    return ok({ snapshots });
  },

  async streamSetView({ view }) {
    current().setView(view);
    return ok(true as const);
  },

  async streamFeedUrl({ feed }) {
    return current().feedUrl(feed);
  },

  async streamConnect({ feed, options, classifier }) {
    return current().connect(feed, options, classifier ?? null);
  },

  async streamDisconnect() {
    return current().disconnect();
  },

  async streamReplayStart({ plan, speed, from }) {
    return current().replayStart(plan, speed, from);
  },

  async streamReplayFeed({ chunk }) {
    return current().replayFeed(chunk);
  },

  async streamReplayControl(action) {
    return current().replayControl(action);
  },

  async streamStop() {
    current().stop();
    return ok(true as const);
  },
};

import { useId, useState } from 'react';
import type { AppError, FeedConfig, FeedStatus, GenericMapping } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { useOnline } from '../../shared/useOnline.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import { stream } from '../../engine/streamEngine.ts';
import type { StreamSession } from './useStreamSession.ts';

const DEFAULT_HOST = 'jetstream2.us-east.bsky.network';

const MAPPING_FIELDS: readonly { key: keyof GenericMapping; label: string; placeholder: string }[] =
  [
    { key: 'text', label: 'Text path', placeholder: 'text' },
    { key: 'hashtags', label: 'Hashtags path', placeholder: 'tags[*] (empty: #tags of the text)' },
    { key: 'time', label: 'Time path', placeholder: 'created_at (empty: arrival time)' },
    { key: 'language', label: 'Language path', placeholder: 'lang' },
    { key: 'id', label: 'Id path', placeholder: 'id (skips posts sent twice)' },
  ];

const STATE_TEXT: Record<FeedStatus['state'], string> = {
  connecting: 'Connecting…',
  open: 'Connected',
  waiting: 'Waiting to reconnect',
  closed: 'Disconnected',
};
const STATE_PILL: Record<FeedStatus['state'], string> = {
  connecting: 'neutral',
  open: 'positive',
  waiting: 'negative',
  closed: 'neutral',
};

/** The exact address Connect would open, asked of the stream worker as the user types (it knows the cursor to resume from). */
function useFeedUrl(
  feed: FeedConfig,
  refresh: string,
): { url: string | null; resumesAt: number | null; problem: AppError | null } {
  // Asked once the fields have rested for 120 ms; the last address stays on show meanwhile.
  const answer = useWorkerAnswer(
    `${JSON.stringify(feed)}|${refresh}`,
    () => stream('streamFeedUrl', { feed }),
    { delayMs: 120, keepPrevious: true },
  );
  return {
    url: answer.value?.url ?? null,
    resumesAt: answer.value?.resumesAt ?? null,
    problem: answer.error,
  };
}

/** A live feed: Bluesky's Jetstream by host, or any WebSocket of JSON posts mapped by paths. Opt-in: nothing connects before Connect. */
export function FeedPanel({
  session,
  status,
}: {
  session: StreamSession;
  status: FeedStatus | null;
}) {
  const id = useId();
  const [preset, setPreset] = useState<FeedConfig['kind']>('jetstream');
  const [host, setHost] = useState(DEFAULT_HOST);
  const [url, setUrl] = useState('wss://');
  const [mapping, setMapping] = useState<GenericMapping>({ text: 'text' });
  const [timeoutS, setTimeoutS] = useState('10');
  const feed: FeedConfig =
    preset === 'jetstream' ? { kind: 'jetstream', host } : { kind: 'generic', url, mapping };
  const connected = status !== null && status.state !== 'closed';
  const target = useFeedUrl(feed, `${status?.state ?? ''}|${status?.cursor ?? ''}`);
  const timeout = Number(timeoutS);
  const timeoutOk = Number.isFinite(timeout) && timeout >= 1 && timeout <= 120;
  const { act, setView } = session;
  const online = useOnline();

  const connect = async () => {
    setView({ unit: 'minute' });
    await act(async () => {
      // the feed's posts are labelled as the charts label the dataset's: by the classifier when
      // the Sentiment view shows it
      const classifier = await analysis('streamFeedClassifier', {});
      if (!classifier.ok) return classifier;
      return stream('streamConnect', {
        feed,
        options: { connectTimeoutMs: Math.round(timeout * 1000) },
        classifier: classifier.value,
      });
    });
  };

  return (
    <div className="stack" style={{ gap: '0.6rem' }} data-testid="feed-panel">
      <p className="banner banner--info" style={{ margin: 0 }} data-testid="feed-privacy">
        Nothing connects until you press Connect. The feed is the only network connection Murmur
        ever makes, and it only receives: your datasets and models never leave this page.
      </p>
      {!online && (
        <p
          className="banner banner--warning"
          role="status"
          style={{ margin: 0 }}
          data-testid="feed-offline"
        >
          You are offline: a live feed needs an internet connection. Replaying a dataset works
          without one.
        </p>
      )}
      <div role="radiogroup" aria-label="Feed" className="row">
        <label className="row" style={{ gap: '0.2rem' }}>
          <input
            type="radio"
            name={`${id}-preset`}
            checked={preset === 'jetstream'}
            onChange={() => setPreset('jetstream')}
            disabled={connected}
          />
          Bluesky Jetstream
        </label>
        <label className="row" style={{ gap: '0.2rem' }}>
          <input
            type="radio"
            name={`${id}-preset`}
            checked={preset === 'generic'}
            onChange={() => setPreset('generic')}
            disabled={connected}
            data-testid="preset-generic"
          />
          Other JSON feed
        </label>
      </div>
      {preset === 'jetstream' ? (
        <label className="field" htmlFor={`${id}-host`}>
          <span>
            Jetstream host{' '}
            <InfoTip text="A public Jetstream instance (jetstream1/2.us-east or us-west.bsky.network), or a ws:// address of your own. Murmur asks only for new posts (app.bsky.feed.post)." />
          </span>
          <input
            id={`${id}-host`}
            value={host}
            onChange={(e) => setHost(e.target.value)}
            disabled={connected}
            spellCheck={false}
            data-testid="feed-host"
          />
        </label>
      ) : (
        <div className="stream-mapping">
          <label className="field" htmlFor={`${id}-url`}>
            WebSocket address
            <input
              id={`${id}-url`}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              disabled={connected}
              spellCheck={false}
              data-testid="feed-url-input"
            />
          </label>
          {MAPPING_FIELDS.map((f) => (
            <label key={f.key} className="field" htmlFor={`${id}-${f.key}`}>
              {f.label}
              <input
                id={`${id}-${f.key}`}
                value={mapping[f.key] ?? ''}
                placeholder={f.placeholder}
                onChange={(e) => setMapping((m) => ({ ...m, [f.key]: e.target.value }))}
                disabled={connected}
                spellCheck={false}
              />
            </label>
          ))}
        </div>
      )}
      <div className="row">
        <span>Connects to:</span>
        {connected ? (
          <code className="stream-url" data-testid="feed-url">
            {status.url}
          </code>
        ) : target.url ? (
          <code className="stream-url" data-testid="feed-url">
            {target.url}
          </code>
        ) : (
          <span className="muted" data-testid="feed-url-problem">
            {target.problem ? `${target.problem.message} ${target.problem.hint ?? ''}` : '…'}
          </span>
        )}
      </div>
      {!connected && target.resumesAt !== null && (
        <p className="muted" style={{ margin: 0 }} data-testid="feed-resume">
          Connect resumes after the last event received (cursor {target.resumesAt}), so no post is
          missed or counted twice.
        </p>
      )}
      <div className="row">
        {connected ? (
          <button
            type="button"
            className="button"
            onClick={() => void act(() => stream('streamDisconnect', {}))}
            data-testid="feed-disconnect"
          >
            Disconnect
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void connect()}
            disabled={!target.url || !timeoutOk}
            data-testid="feed-connect"
          >
            Connect
          </button>
        )}
        <label className="row" htmlFor={`${id}-timeout`} style={{ gap: '0.3rem' }}>
          Give up on an attempt after
          <input
            id={`${id}-timeout`}
            type="number"
            min={1}
            max={120}
            style={{ width: '4.5rem' }}
            value={timeoutS}
            onChange={(e) => setTimeoutS(e.target.value)}
            disabled={connected}
            aria-invalid={!timeoutOk}
            data-testid="feed-timeout"
          />
          s
        </label>
        {status && (
          <span
            className="row"
            style={{ gap: '0.4rem' }}
            data-testid="feed-status"
            data-state={status.state}
          >
            <span className={`pill pill--${STATE_PILL[status.state]}`}>
              {STATE_TEXT[status.state]}
            </span>
            {status.state === 'waiting' && status.retryInMs !== null && (
              <span className="muted">
                next attempt ({formatInt(status.attempt + 1)}) in{' '}
                {Math.ceil(status.retryInMs / 1000)} s
              </span>
            )}
            {status.connections > 0 && (
              <span className="muted">
                {formatInt(status.connections)} connection{status.connections === 1 ? '' : 's'} so
                far
              </span>
            )}
          </span>
        )}
      </div>
      {status?.lastError && status.state !== 'closed' && (
        <p
          className={status.state === 'open' ? 'muted' : 'banner banner--warning'}
          style={{ margin: 0, paddingLeft: status.state === 'open' ? 0 : '0.9rem' }}
          role="status"
          data-testid="feed-error"
        >
          {status.state === 'open'
            ? `Reconnected, resuming from the cursor. The connection had ended: ${status.lastError}`
            : `${status.lastError} Murmur tries again, waiting longer each time (up to 30 s).`}
        </p>
      )}
    </div>
  );
}

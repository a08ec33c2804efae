import { useEffect, useId, useRef, useState } from 'react';
import type { AppError, LiveTopic, TopicModelInfo } from '../../../workers/api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { live } from '../../engine/index.ts';
import { liveModel } from '../../engine/models.ts';

function tag(term: string, info: TopicModelInfo): string {
  return info.terms === 'hashtags' ? `#${term}` : term;
}

/**
 * Type hashtags, see the nearest topic of the last topic analysis (the live worker holds its
 * model, so answers never queue behind long jobs). Requests coalesce: at most one in flight,
 * and none is ever aborted (aborting would restart the live worker and lose the model).
 */
export function HashtagPanel() {
  const [text, setText] = useState('');
  const [info, setInfo] = useState<TopicModelInfo | null | undefined>(undefined);
  const [answer, setAnswer] = useState<{ text: string; value: LiveTopic } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const inFlight = useRef(false);
  const latest = useRef<string | null>(null);
  const inputId = useId();

  useEffect(() => {
    // the active model's topics, once the live worker has loaded it
    void liveModel()
      .then(() => live('topicModelInfo', {}))
      .then((r) => setInfo(r.ok ? r.value : null));
  }, []);

  useEffect(() => {
    latest.current = text;
    if (inFlight.current || text.trim() === '') return;
    const send = (t: string) => {
      inFlight.current = true;
      latest.current = null;
      void live('topicForHashtags', { text: t }).then((r) => {
        inFlight.current = false;
        if (r.ok) {
          setAnswer({ text: t, value: r.value });
          setInfo(r.value.info);
          setError(null);
        } else if (r.error.code === 'MODEL_NOT_FOUND') setInfo(null);
        else setError(r.error);
        const next = latest.current;
        if (next !== null && next !== t && next.trim() !== '') send(next);
      });
    };
    send(text);
  }, [text]);

  const shown = text.trim() !== '' && answer ? answer.value : null;
  const m = shown?.match ?? null;
  // the topic as the Topics view shows it: merged into another, renamed, hidden
  const group = m ? (shown?.info.groups?.[m.cluster] ?? null) : null;
  return (
    <section className="card" aria-labelledby={`${inputId}-title`} data-testid="live-hashtags">
      <header className="card__header">
        <h3 className="card__title" id={`${inputId}-title`}>
          Nearest topic of hashtags
          <InfoTip text="Type hashtags (or words, for a text-terms model): they become a TF-IDF vector under the last topic analysis' vocabulary and go to the nearest cluster centre, as k-means assigns posts. Similarity is the cosine between them (0 to 1)." />
        </h3>
      </header>
      {info === null ? (
        <p className="empty" data-testid="live-hashtags-no-model">
          No topic model yet: run the topic analysis first, in the{' '}
          <a href="#/topics">Topics view</a>.
        </p>
      ) : (
        info && (
          <p className="muted" data-testid="live-hashtags-model">
            Model: {info.k} topics of {info.documents.toLocaleString('en-US')} posts in “
            {info.dataset}”, {info.vocabulary.toLocaleString('en-US')}{' '}
            {info.terms === 'hashtags' ? 'hashtags' : 'terms'}.
          </p>
        )
      )}
      <div className="field">
        <label htmlFor={inputId}>Hashtags</label>
        <input
          id={inputId}
          type="text"
          value={text}
          placeholder="#vaccine #pfizer"
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="live-hashtags-input"
        />
      </div>
      {error && <ErrorBanner error={error} />}
      {shown && info && (
        <div data-testid="live-hashtags-result" style={{ marginTop: '0.6rem' }}>
          {m ? (
            <>
              <p style={{ margin: '0 0 0.3rem' }}>
                <strong data-testid="live-hashtags-cluster">
                  Topic {(group?.topic ?? m.cluster) + 1}
                  {group ? ` · ${group.name}` : ''}
                </strong>
                {group?.hidden && <span className="muted"> (hidden in the Topics view)</span>} ·
                similarity{' '}
                <span data-testid="live-hashtags-similarity">{m.similarity.toFixed(3)}</span>{' '}
                <span className="muted">({m.size.toLocaleString('en-US')} posts)</span>
              </p>
              <p style={{ margin: 0 }}>
                Its top {info.terms === 'hashtags' ? 'hashtags' : 'terms'}:{' '}
                {m.topTerms
                  .slice(0, 8)
                  .map((t) => tag(t, info))
                  .join(' ')}
              </p>
            </>
          ) : (
            <p className="empty">
              None of these is in the model's vocabulary, so they belong to no topic.
            </p>
          )}
          {shown.unknown.length > 0 && (
            <p className="muted" style={{ margin: '0.3rem 0 0' }}>
              Not in the vocabulary: {shown.unknown.map((t) => tag(t, info)).join(' ')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

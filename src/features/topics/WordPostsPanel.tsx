import { useState } from 'react';
import type { AppError, TermKind, WordPost, WordScope } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../shared/format.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import { clusterName } from './clusters.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';

const PAGE = 20;

export interface WordPostsPanelProps {
  words: TermKind;
  word: string;
  scope: WordScope;
  scopeName: string;
  /** The language the cloud shows (a code or 'mixed'), when it offers one at a time. */
  language?: string;
  onClose: () => void;
}

/** The posts of the cloud's scope that use the clicked word, with their sentiment, a page at a time. */
export function WordPostsPanel({
  words,
  word,
  scope,
  scopeName,
  language,
  onClose,
}: WordPostsPanelProps) {
  const key = `${words}|${word}|${scope}|${language}`;
  const first = useWorkerAnswer(key, () =>
    analysis('topicsWordPosts', {
      words,
      word,
      scope,
      offset: 0,
      limit: PAGE,
      ...(language && { language }),
    }),
  );
  // pages after the first, added by "Show more"
  const [more, setMore] = useState<{
    key: string;
    posts: WordPost[];
    loading: boolean;
    error: AppError | null;
  }>({ key: '', posts: [], loading: false, error: null });
  const extra = more.key === key ? more : { key, posts: [], loading: false, error: null };
  const posts = [...(first.value?.posts ?? []), ...extra.posts];
  const total = first.value?.total ?? 0;
  const error = first.error ?? extra.error;

  const loadMore = () => {
    setMore({ ...extra, loading: true });
    void analysis('topicsWordPosts', {
      words,
      word,
      scope,
      offset: posts.length,
      limit: PAGE,
      ...(language && { language }),
    }).then((r) =>
      setMore((m) => {
        const base = m.key === key ? m.posts : [];
        return r.ok
          ? { key, posts: [...base, ...r.value.posts], loading: false, error: null }
          : { key, posts: base, loading: false, error: r.error };
      }),
    );
  };

  return (
    <section className="card" aria-label={`Posts with ${word}`} data-testid="word-posts">
      <header className="card__header">
        <h4 className="card__title" style={{ margin: 0 }}>
          Posts with {word} <span className="muted">({scopeName})</span>
        </h4>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      {error && <ErrorBanner error={error} />}
      {!first.ready ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="muted" data-testid="word-posts-count">
            {formatInt(total)} {total === 1 ? 'post uses' : 'posts use'} {word}
            {posts.length < total ? `; showing ${formatInt(posts.length)}` : ''}
          </p>
          <table className="simple">
            <thead>
              <tr>
                <th className="num">Row</th>
                <th>Text</th>
                <th>{words === 'hashtags' ? 'Hashtags' : 'Terms'}</th>
                <th>Sentiment</th>
                <th>Cluster</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((p) => (
                <tr key={p.row} data-testid="word-post">
                  <td className="num">{formatInt(p.row + 1)}</td>
                  <td dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {p.text}
                  </td>
                  <td style={{ overflowWrap: 'anywhere' }}>{p.terms.join(' ')}</td>
                  <td>
                    {p.label ? (
                      <span
                        className={`pill pill--${p.label}`}
                        title={`VADER compound ${formatNumber(p.compound ?? 0, 3)}`}
                      >{`${p.label} ${formatNumber(p.compound ?? 0, 2)}`}</span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{p.cluster === null ? '—' : clusterName(p.cluster)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {posts.length < total && (
            <button
              type="button"
              className="button button--small"
              disabled={extra.loading}
              onClick={loadMore}
            >
              Show {Math.min(PAGE, total - posts.length)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

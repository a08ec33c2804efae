import { useEffect, useState } from 'react';
import type { AppError, TermKind, WordPost, WordScope } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../app/format.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import { clusterName } from './clusters.ts';

const PAGE = 20;

export interface WordPostsPanelProps {
  words: TermKind;
  word: string;
  scope: WordScope;
  scopeName: string;
  onClose: () => void;
}

/** The posts of the cloud's scope that use the clicked word, with their sentiment, a page at a time. */
export function WordPostsPanel({ words, word, scope, scopeName, onClose }: WordPostsPanelProps) {
  const [state, setState] = useState<{ key: string; posts: WordPost[]; total: number; error: AppError | null; loading: boolean }>({ key: '', posts: [], total: 0, error: null, loading: true });
  const key = `${words}|${word}|${scope}`;

  const load = (offset: number) => {
    setState((s) => ({ ...s, loading: true }));
    void analysis('topicsWordPosts', { words, word, scope, offset, limit: PAGE }).then((r) => {
      setState((s) => {
        const same = s.key === key;
        if (!r.ok) return { key, posts: same ? s.posts : [], total: same ? s.total : 0, error: r.error, loading: false };
        return { key, posts: offset > 0 && same ? [...s.posts, ...r.value.posts] : [...r.value.posts], total: r.value.total, error: null, loading: false };
      });
    });
  };

  useEffect(() => {
    let live = true;
    void analysis('topicsWordPosts', { words, word, scope, offset: 0, limit: PAGE }).then((r) => {
      if (!live) return;
      setState(r.ok ? { key, posts: [...r.value.posts], total: r.value.total, error: null, loading: false } : { key, posts: [], total: 0, error: r.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [key, words, word, scope]);

  const current = state.key === key;
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
      {state.error && current && <ErrorBanner error={state.error} />}
      {!current ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="muted" data-testid="word-posts-count">
            {formatInt(state.total)} {state.total === 1 ? 'post uses' : 'posts use'} {word}
            {state.posts.length < state.total ? `; showing ${formatInt(state.posts.length)}` : ''}
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
              {state.posts.map((p) => (
                <tr key={p.row} data-testid="word-post">
                  <td className="num">{formatInt(p.row + 1)}</td>
                  <td dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {p.text}
                  </td>
                  <td style={{ overflowWrap: 'anywhere' }}>{p.terms.join(' ')}</td>
                  <td>{p.label ? <span className={`pill pill--${p.label}`} title={`VADER compound ${formatNumber(p.compound ?? 0, 3)}`}>{`${p.label} ${formatNumber(p.compound ?? 0, 2)}`}</span> : '—'}</td>
                  <td>{p.cluster === null ? '—' : clusterName(p.cluster)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.posts.length < state.total && (
            <button type="button" className="button button--small" disabled={state.loading} onClick={() => load(state.posts.length)}>
              Show {Math.min(PAGE, state.total - state.posts.length)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

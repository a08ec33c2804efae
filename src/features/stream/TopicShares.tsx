import { memo } from 'react';
import type { StreamSnapshot } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';

/** Posts per topic of the active model in the selected window, as bars. */
export const TopicShares = memo(function TopicShares({ snapshot }: { snapshot: StreamSnapshot }) {
  const topics = snapshot.windows[snapshot.window]?.topics ?? [];
  const total = topics.reduce((a, b) => a + b, 0);
  if (!snapshot.topicTerms)
    return (
      <p className="empty">
        The active model has no topic model: train one in the Topics view, or activate a model that
        has one.
      </p>
    );
  if (total === 0)
    return <p className="empty">No post in this window has a hashtag the topic model knows.</p>;
  return (
    <ul className="hbars" data-testid="stream-topics">
      {snapshot.topicTerms.map((terms, id) => {
        const n = topics[id] ?? 0;
        return (
          <li key={id} className="hbars__row" title={terms.slice(0, 8).join(', ')}>
            <span className="hbars__label">
              Topic {id + 1}: {terms.slice(0, 3).join(', ')}
            </span>
            <span className="hbars__track">
              <span className="hbars__bar" style={{ width: `${(n / total) * 100}%` }} />
            </span>
            <span className="hbars__value">
              {formatInt(n)} ({formatPercent(n / total, 0)})
            </span>
          </li>
        );
      })}
    </ul>
  );
});

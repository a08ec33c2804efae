import { memo } from 'react';
import type { StreamSnapshot } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../shared/format.ts';
import { formatRate, LABEL_COLOURS, LABEL_NAMES, rateUnit, windowName } from './streamFormat.ts';

/** The three windows side by side: posts, rate against the window before, mean sentiment, label shares, engagement. */
export const WindowSummary = memo(function WindowSummary({
  snapshot,
}: {
  snapshot: StreamSnapshot;
}) {
  const rate = rateUnit(snapshot.unit);
  const engagement = snapshot.windows.some((w) => Number.isFinite(w.meanEngagement));
  return (
    <table className="simple" data-testid="window-table">
      <thead>
        <tr>
          <th>Window</th>
          <th className="num">Posts</th>
          <th className="num">Window before</th>
          <th className="num">Per {rate.name}</th>
          <th className="num">Mean compound</th>
          <th>Negative · neutral · positive</th>
          {engagement && <th className="num">Mean predicted engagement</th>}
        </tr>
      </thead>
      <tbody>
        {snapshot.windows.map((w, i) => {
          const total = w.labels[0] + w.labels[1] + w.labels[2];
          return (
            <tr
              key={w.length}
              data-testid="window-row"
              aria-current={i === snapshot.window ? 'true' : undefined}
              className={i === snapshot.window ? 'stream-selected' : undefined}
            >
              <td>Last {windowName(w.length, snapshot.unit)}</td>
              <td className="num">{formatInt(w.posts)}</td>
              <td className="num">{formatInt(w.previousPosts)}</td>
              <td className="num">{formatRate(w.postsPerSecond * rate.seconds)}</td>
              <td className="num">
                {Number.isFinite(w.meanCompound) ? formatNumber(w.meanCompound, 3) : '—'}
              </td>
              <td>
                {total > 0 ? (
                  <span
                    className="stream-shares"
                    title={LABEL_NAMES.map((n, k) => `${n}: ${formatInt(w.labels[k]!)}`).join(', ')}
                  >
                    <span className="stream-shares__bar">
                      {LABEL_NAMES.map((n, k) => (
                        <span
                          key={n}
                          style={{
                            width: `${(w.labels[k]! / total) * 100}%`,
                            background: LABEL_COLOURS[k],
                          }}
                        />
                      ))}
                    </span>
                    <em>
                      {w.labels.map((n) => formatPercent(n / total, 0)).join(' · ')}
                      {w.unscored > 0 && ` (+${formatInt(w.unscored)} unscored)`}
                    </em>
                  </span>
                ) : (
                  '—'
                )}
              </td>
              {engagement && (
                <td className="num">
                  {Number.isFinite(w.meanEngagement) ? formatNumber(w.meanEngagement, 3) : '—'}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

import { memo } from 'react';
import type { StreamSnapshot } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../shared/format.ts';
import { windowName } from './streamFormat.ts';

/** Hashtags rising in the selected window against the windows before it, or the most used ones while the stream is too young. */
export const RisingHashtags = memo(function RisingHashtags({
  snapshot,
}: {
  snapshot: StreamSnapshot;
}) {
  const length = snapshot.windows[snapshot.window]?.length ?? 1;
  const span = windowName(length, snapshot.unit);
  if (snapshot.rising.length > 0) {
    return (
      <>
        <p className="muted">
          Posts in the last {span} against the mean of the {snapshot.risingBaseline} window
          {snapshot.risingBaseline === 1 ? '' : 's'} before.
        </p>
        <table className="simple" data-testid="stream-rising">
          <thead>
            <tr>
              <th>Hashtag</th>
              <th className="num">Last {span}</th>
              <th className="num">Before (mean)</th>
              <th className="num">Growth</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.rising.map((r) => (
              <tr key={r.term} data-testid="stream-rising-row">
                <td>#{r.term}</td>
                <td className="num">{formatInt(r.recent)}</td>
                <td className="num">{formatNumber(r.baseline, 2)}</td>
                <td className="num">{formatNumber(r.growth, 2)}×</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <>
      <p className="muted" data-testid="stream-rising-empty">
        {snapshot.risingBaseline === 0
          ? `Nothing can rise before the stream is longer than ${span}; `
          : `No hashtag is used by 3 or more posts in the last ${span} and more than before; `}
        {snapshot.topHashtags.length > 0 ? 'the most used so far:' : 'no hashtags yet.'}
      </p>
      {snapshot.topHashtags.length > 0 && (
        <table className="simple" data-testid="stream-top-hashtags">
          <tbody>
            {snapshot.topHashtags.map((t) => (
              <tr key={t.term}>
                <td>#{t.term}</td>
                <td className="num">{formatInt(t.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
});

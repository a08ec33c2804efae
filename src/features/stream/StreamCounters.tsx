import { memo } from 'react';
import type { SkipReason, StreamSnapshot } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

const SKIPS: Record<SkipReason, string> = {
  malformed: 'not JSON',
  binary: 'binary',
  'too-large': 'over 1 MB',
  'not-a-post': 'not a new post',
  'missing-fields': 'missing fields',
};

function Kpi({
  label,
  value,
  info,
  testId,
}: {
  label: string;
  value: string;
  info?: string;
  testId: string;
}) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi__value">{value}</div>
      <div className="kpi__label">
        {label}
        {info && <InfoTip text={info} />}
      </div>
    </div>
  );
}

/** What came in and what became of it: received, posts, scored, dropped, duplicates, skipped (by reason), with rates. */
export const StreamCounters = memo(function StreamCounters({
  snapshot,
}: {
  snapshot: StreamSnapshot;
}) {
  const c = snapshot.counters;
  const skipped = Object.values(c.skipped).reduce((a, b) => a + b, 0);
  const reasons = (Object.keys(SKIPS) as SkipReason[]).filter((r) => c.skipped[r] > 0);
  const replay = snapshot.source.kind === 'replay';
  return (
    <div className="stack" style={{ gap: '0.4rem' }}>
      <div className="kpis" data-testid="stream-counters">
        <Kpi
          testId="count-frames"
          label={replay ? 'rows read' : 'messages received'}
          value={formatInt(c.frames)}
          info={`${formatInt(snapshot.rates.frames)} per second over the last 2 s.`}
        />
        <Kpi
          testId="count-posts"
          label="posts (unique)"
          value={formatInt(c.posts)}
          info="Posts read, each counted once: a post delivered again (after a reconnect) is counted under duplicates instead."
        />
        <Kpi
          testId="count-scored"
          label="scored (kept)"
          value={formatInt(c.scored)}
          info={`Posts kept and scored; ${formatInt(snapshot.rates.scored)} per second over the last 2 s.`}
        />
        <Kpi
          testId="count-dropped"
          label="dropped by sampling"
          value={formatInt(c.dropped)}
          info="When posts come faster than they can be scored (or than the scoring budget allows), a uniform sample is kept and the rest are dropped and counted here, so memory stays bounded."
        />
        <Kpi
          testId="count-duplicates"
          label="duplicates skipped"
          value={formatInt(c.duplicates)}
          info="Posts the feed sent again (it replays from the cursor after a reconnect), recognised by their id and skipped."
        />
        <Kpi
          testId="count-skipped"
          label="messages skipped"
          value={formatInt(skipped)}
          info="Messages that were not posts, counted by reason below: not JSON, binary, over 1 MB, another kind of event, or missing fields."
        />
        {c.filtered > 0 && (
          <Kpi
            testId="count-filtered"
            label="left out by language"
            value={formatInt(c.filtered)}
            info="Posts in languages the language filter does not tick: not scored, still counted in the language mix."
          />
        )}
        {c.queued > 0 && (
          <Kpi testId="count-queued" label="waiting to be scored" value={formatInt(c.queued)} />
        )}
      </div>
      {reasons.length > 0 && (
        <p className="muted" data-testid="skip-reasons" style={{ margin: 0 }}>
          Skipped: {reasons.map((r) => `${formatInt(c.skipped[r])} ${SKIPS[r]}`).join(' · ')}
        </p>
      )}
    </div>
  );
});

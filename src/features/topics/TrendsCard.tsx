import { memo, useId, useState } from 'react';
import type { TermKind, TopicTrends } from '../../../workers/api.ts';
import { formatInt, formatNumber, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { LinePlot } from '../../components/charts/LinePlot.tsx';
import { spreadTicks } from '../../components/charts/scale.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import { clusterColour, formatBucket, shown } from './clusters.ts';
import { Staged } from '../../shared/Staged.tsx';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOWS: readonly { label: string; ms: number }[] = [
  { label: '1 hour', ms: HOUR },
  { label: '6 hours', ms: 6 * HOUR },
  { label: '1 day', ms: DAY },
  { label: '3 days', ms: 3 * DAY },
  { label: '1 week', ms: 7 * DAY },
  { label: '2 weeks', ms: 14 * DAY },
  { label: '30 days', ms: 30 * DAY },
  { label: '90 days', ms: 90 * DAY },
];

function duration(ms: number): string {
  if (ms % (7 * DAY) === 0) return `${ms / (7 * DAY)} week${ms === 7 * DAY ? '' : 's'}`;
  if (ms % DAY === 0) return `${ms / DAY} day${ms === DAY ? '' : 's'}`;
  return `${Math.round(ms / HOUR)} hour${ms === HOUR ? '' : 's'}`;
}

function date(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

const RISING_INFO =
  'Posts using each term in the latest window against the mean of the (up to 3) windows before it. Growth = (recent + 5) / (previous mean + 5): the 5 damps tiny counts, so 1 → 3 posts (1.33×) does not outrank 10 → 40 (3×). Listed when used by at least 3 posts in the window and more than before.';

interface CardProps {
  readonly t: TopicTrends;
  readonly words: TermKind;
}

function noun(words: TermKind): string {
  return words === 'hashtags' ? 'hashtags' : 'terms';
}

function TrendLines({ t, words }: CardProps) {
  const over = t.overTime;
  const plural = noun(words);
  const n = over?.starts.length ?? 0;
  return (
    <ChartCard
      wide
      title={`Leading ${plural} over time`}
      info={`Posts using each of the most used ${plural}, per period (UTC; weeks start on Monday). The period is chosen from the time span.`}
      empty={
        over
          ? over.series.length === 0
            ? `No ${plural} in the dated posts.`
            : null
          : (t.risingUnavailable ?? 'No timestamp column.')
      }
      testId="trend-lines"
    >
      {over && (
        <LinePlot
          x={over.starts.map((_, b) => b)}
          xTicks={spreadTicks(n)}
          formatX={(b) =>
            over.starts[b] === undefined ? '' : formatBucket(over.starts[b]!, over.unit)
          }
          formatY={formatInt}
          series={over.series.map((s, i) => ({
            name: shown(s.term, words),
            colour: clusterColour(i),
            y: s.counts,
          }))}
          includeZero
          dots={false}
          height={260}
          width={1040}
          xLabel={`Start of each ${over.unit} (UTC)`}
          ariaLabel={`Posts per period using each of the leading ${plural}`}
        />
      )}
    </ChartCard>
  );
}

function RisingCard({
  t,
  words,
  windowMs,
  setWindowMs,
}: CardProps & { windowMs: number | 'auto'; setWindowMs: (w: number | 'auto') => void }) {
  const windowId = useId();
  const plural = noun(words);
  return (
    <ChartCard
      title={`Rising ${plural}`}
      info={RISING_INFO}
      empty={
        t.rising
          ? t.rising.rising.length === 0
            ? `No ${plural.slice(0, -1)} is used by 3 or more posts in the latest window and more than before.`
            : null
          : t.risingUnavailable
      }
      testId="rising-table"
      actions={
        t.span && (
          <label htmlFor={windowId} className="row" style={{ gap: '0.3rem' }}>
            Window
            <select
              id={windowId}
              value={windowMs}
              onChange={(e) =>
                setWindowMs(e.target.value === 'auto' ? 'auto' : Number(e.target.value))
              }
              data-testid="trend-window"
            >
              <option value="auto">{`auto${t.rising?.window.auto ? ` (${duration(t.rising.window.length)})` : ''}`}</option>
              {WINDOWS.map((w) => (
                <option key={w.ms} value={w.ms}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      {t.rising && (
        <>
          <p className="muted">
            Latest {duration(t.rising.window.length)} to {date(t.rising.window.end)} UTC (
            {formatInt(t.rising.window.recentPosts)} posts) against the{' '}
            {t.rising.window.previousWindows} before it ({formatInt(t.rising.window.previousPosts)}{' '}
            posts)
          </p>
          <table className="simple">
            <thead>
              <tr>
                <th>{words === 'hashtags' ? 'Hashtag' : 'Term'}</th>
                <th className="num">Latest window</th>
                <th className="num">Before (mean)</th>
                <th className="num">Growth</th>
              </tr>
            </thead>
            <tbody>
              {t.rising.rising.map((r) => (
                <tr key={r.term} data-testid="rising-row">
                  <td>{shown(r.term, words)}</td>
                  <td className="num">{formatInt(r.recent)}</td>
                  <td
                    className="num"
                    title={`${formatInt(r.previous)} posts in ${t.rising!.window.previousWindows} windows`}
                  >
                    {formatNumber(r.baseline, 2)}
                  </td>
                  <td className="num">{formatNumber(r.growth, 2)}×</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}

function NewCard({ t, words }: CardProps) {
  const plural = noun(words);
  return (
    <ChartCard
      title={`New ${plural}`}
      info={`${plural[0]!.toUpperCase()}${plural.slice(1)} whose first post falls in the latest window, by posts in it.`}
      empty={
        t.rising
          ? t.rising.fresh.length === 0
            ? `No ${plural.slice(0, -1)} first appears in the latest window.`
            : null
          : t.risingUnavailable
      }
      testId="new-table"
    >
      {t.rising && (
        <table className="simple">
          <thead>
            <tr>
              <th>{words === 'hashtags' ? 'Hashtag' : 'Term'}</th>
              <th className="num">Posts</th>
              <th>First seen (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {t.rising.fresh.map((r) => (
              <tr key={r.term}>
                <td>{shown(r.term, words)}</td>
                <td className="num">{formatInt(r.recent)}</td>
                <td>{date(r.firstSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}

function SentimentCard({ t, words }: CardProps) {
  const plural = noun(words);
  return (
    <ChartCard
      wide
      title={`Sentiment per ${plural.slice(0, -1)}`}
      info={`For the most used ${plural}: the mean VADER compound of the posts using each (−1 to 1) and how many of them VADER labels positive (≥ 0.05), neutral or negative (≤ −0.05).`}
      empty={
        t.sentiment
          ? t.sentiment.length === 0
            ? `No ${plural} to score.`
            : null
          : t.sentimentUnavailable
      }
      testId="term-sentiment"
    >
      {t.sentiment && (
        <table className="simple">
          <thead>
            <tr>
              <th>{words === 'hashtags' ? 'Hashtag' : 'Term'}</th>
              <th className="num">Posts</th>
              <th className="num">Mean compound</th>
              <th>Positive / neutral / negative</th>
            </tr>
          </thead>
          <tbody>
            {t.sentiment.map((s) => (
              <tr key={s.term}>
                <td>{shown(s.term, words)}</td>
                <td className="num">{formatInt(s.posts)}</td>
                <td className="num">{formatNumber(s.meanCompound, 3)}</td>
                <td>
                  <span className="pill pill--positive">
                    {formatPercent(s.positive / s.posts, 0)}
                  </span>{' '}
                  <span className="pill pill--neutral">
                    {formatPercent(s.neutral / s.posts, 0)}
                  </span>{' '}
                  <span className="pill pill--negative">
                    {formatPercent(s.negative / s.posts, 0)}
                  </span>
                  <span className="muted">
                    {' '}
                    ({formatInt(s.positive)} / {formatInt(s.neutral)} / {formatInt(s.negative)})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}

/** Frequency over time of the leading terms, rising and new terms in the latest window, and sentiment per term. */
export const TrendsCard = memo(function TrendsCard({
  words,
  version,
}: {
  words: TermKind;
  version: string;
}) {
  const [windowMs, setWindowMs] = useState<number | 'auto'>('auto');
  const titleId = useId();
  const key = `${version}|${words}|${windowMs}`;
  const answer = useWorkerAnswer(key, () =>
    analysis('topicsTrends', { words, ...(windowMs !== 'auto' && { windowMs }) }),
  );
  const t = answer.value;
  return (
    <section className="stack" aria-labelledby={titleId} data-testid="trends">
      <h3 id={titleId}>Trends of the {noun(words)}</h3>
      {answer.error && <ErrorBanner error={answer.error} />}
      {!answer.ready && <p className="muted">Counting {noun(words)} over time…</p>}
      {t && (
        <div className="grid">
          <Staged value={key} wide={['lines', 'sentiment']}>
            {[
              <TrendLines key="lines" t={t} words={words} />,
              <RisingCard
                key="rising"
                t={t}
                words={words}
                windowMs={windowMs}
                setWindowMs={setWindowMs}
              />,
              <NewCard key="new" t={t} words={words} />,
              <SentimentCard key="sentiment" t={t} words={words} />,
            ]}
          </Staged>
        </div>
      )}
    </section>
  );
});

/**
 * Topics × sentiment and topics × a category column: the share of each class among each topic's
 * posts, after the user's merges (hidden topics left out). Sentiment follows the source chosen in
 * the Sentiment view (VADER or the trained classifier); the worker reads it.
 */
import { useState } from 'react';
import type { TopicBreakdown, TopicsResult } from '../../../workers/api.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { StackedBars } from '../../components/charts/StackedBars.tsx';
import { analysis } from '../../engine/index.ts';
import { formatInt } from '../../shared/format.ts';
import { SENTIMENT_COLOUR } from '../../shared/palette.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { clusterColour, clusterLabel } from './clusters.ts';
import { ColumnSelect } from '../../components/ColumnSelect.tsx';

/** Colours of a category's values: the cluster palette from its far end, grey for "Other". */
function valueColour(name: string, i: number): string {
  return name.startsWith('Other (') ? '#adb5bd' : clusterColour(11 - (i % 12));
}

/** What the worker's answer depends on: the analysis, its edits and the dataset. */
function answerKey(result: TopicsResult, version: string, what: string): string {
  return `${version}|${result.k}:${result.seconds}:${result.settings.terms}|${JSON.stringify(result.edits)}|${what}`;
}

function Legend({
  names,
  colour,
}: {
  names: readonly string[];
  colour: (n: string, i: number) => string;
}) {
  return (
    <ul className="sentiment-legend" aria-label="Legend">
      {names.map((n, i) => (
        <li key={n}>
          <span className="sentiment-legend__swatch" style={{ background: colour(n, i) }} />
          {n}
        </li>
      ))}
    </ul>
  );
}

/** Stacked bars of a breakdown: one row per topic, named as the user sees it. */
function BreakdownBars({
  breakdown,
  result,
  colour,
  ariaLabel,
}: {
  breakdown: TopicBreakdown;
  result: TopicsResult;
  colour: (name: string, i: number) => string;
  ariaLabel: string;
}) {
  const byId = new Map(result.clusters.map((c) => [c.id, c]));
  const rows = breakdown.rows.map((r) => {
    const c = byId.get(r.topic);
    return {
      label: c ? clusterLabel(c, result.settings.terms) : `Topic ${r.topic + 1}`,
      shares: r.counts.map((n) => (r.total > 0 ? n / r.total : 0)),
      detail: `${formatInt(r.total)} posts: ${breakdown.classes.map((name, i) => `${name} ${formatInt(r.counts[i]!)}`).join(', ')}`,
    };
  });
  return (
    <>
      <StackedBars
        segments={breakdown.classes.map((name, i) => ({ name, colour: colour(name, i) }))}
        rows={rows}
        ariaLabel={ariaLabel}
      />
      <Legend names={breakdown.classes} colour={colour} />
      <table className="simple sr-only" data-testid="breakdown-table">
        <caption>{ariaLabel}</caption>
        <thead>
          <tr>
            <th>Topic</th>
            {breakdown.classes.map((name) => (
              <th key={name} className="num">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {breakdown.rows.map((r, i) => (
            <tr key={r.topic} data-testid="breakdown-row" data-topic={r.topic}>
              <th scope="row">{rows[i]!.label}</th>
              {r.counts.map((n, j) => (
                <td key={j} className="num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Share of negative, neutral and positive posts in each topic, from the chosen sentiment source. */
export function TopicSentimentCard({
  result,
  version,
  hasText,
}: {
  result: TopicsResult;
  version: string;
  hasText: boolean;
}) {
  const answer = useWorkerAnswer(
    answerKey(result, version, 'sentiment'),
    () => analysis('topicsBreakdown', { by: 'sentiment' }),
    { enabled: hasText },
  );
  const b = answer.value;
  const source = b?.source === 'classifier' ? 'your trained classifier' : 'VADER';
  return (
    <ChartCard
      title="Topics by sentiment"
      info="Share of negative, neutral and positive posts in each topic. Sentiment comes from the source chosen in the Sentiment view: VADER, or the classifier trained on your labels. Merged topics count together; hidden ones are left out."
      empty={hasText ? null : 'No column has the text role, so posts have no sentiment.'}
      testId="topic-sentiment"
    >
      {answer.error && <ErrorBanner error={answer.error} />}
      {b && (
        <>
          <p className="muted" data-testid="topic-sentiment-source">
            Sentiment from {source}, read from “{b.column}”.
          </p>
          <BreakdownBars
            breakdown={b}
            result={result}
            colour={(n) => SENTIMENT_COLOUR[n as keyof typeof SENTIMENT_COLOUR] ?? '#868e96'}
            ariaLabel="Share of each sentiment per topic"
          />
        </>
      )}
    </ChartCard>
  );
}

/** Share of each value of a category column (platform, country, a label…) in each topic. */
export function TopicCategoryCard({
  result,
  version,
  columns,
}: {
  result: TopicsResult;
  version: string;
  columns: readonly string[];
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const column = chosen !== null && columns.includes(chosen) ? chosen : (columns[0] ?? null);
  const answer = useWorkerAnswer(
    answerKey(result, version, `category:${column ?? ''}`),
    () => analysis('topicsBreakdown', { by: 'category', column: column ?? '' }),
    { enabled: column !== null },
  );
  const b = answer.value;
  return (
    <ChartCard
      title="Topics by category"
      info="Share of each value of the chosen column among each topic's posts: the eight most frequent values, the rest as Other. Merged topics count together; hidden ones are left out."
      empty={
        column === null
          ? 'No categorical column: give a column such as platform or country the role "category" in the Dataset view.'
          : null
      }
      testId="topic-category"
      actions={
        columns.length > 0 && (
          <ColumnSelect
            columns={columns}
            value={column ?? ''}
            onChange={setChosen}
            testId="topic-category-column"
          />
        )
      }
    >
      {answer.error && <ErrorBanner error={answer.error} />}
      {b && (
        <>
          {b.missing > 0 && (
            <p className="muted">
              {formatInt(b.missing)} posts without a value in “{b.column}” are left out.
            </p>
          )}
          <BreakdownBars
            breakdown={b}
            result={result}
            colour={valueColour}
            ariaLabel={`Share of each ${b.column} per topic`}
          />
        </>
      )}
    </ChartCard>
  );
}

import { useId, useState } from 'react';
import type { SentimentFilter, SentimentSummary } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { analysis } from '../../engine/index.ts';
import { LABEL_NAME, LABELS, UNSCORED_NAME } from './labels.ts';

const PAGE = 50;

/**
 * Every scored post with its scores, filterable by label, a page at a time from the worker. Paged
 * rather than virtualised: a virtual list of a million rows measures them all (~40 ms) whenever
 * its length changes, while a page of 50 draws in a few milliseconds.
 */
export function PostsTable({ summary, version }: { summary: SentimentSummary; version: string }) {
  const [filter, setFilter] = useState<SentimentFilter>('all');
  const [page, setPage] = useState(0);
  const selectId = useId();
  const { textColumn, thresholds, scored, counted, byLanguage } = summary;
  const total =
    filter === 'all' ? counted : filter === 'unscored' ? summary.unscored : summary.counts[filter];
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const at = Math.min(page, pages - 1);
  const key = `${version}:${textColumn}:${filter}:${thresholds.negative}:${thresholds.positive}:${scored}:${counted}:${summary.byLanguage}:${summary.source}:${at}`;

  const answer = useWorkerAnswer(key, () =>
    analysis('sentimentRows', { textColumn, filter, thresholds, offset: at * PAGE, limit: PAGE }),
  );
  const posts = answer.ready ? (answer.value?.rows ?? []) : null;
  const go = (p: number) => setPage(Math.max(0, Math.min(pages - 1, p)));
  return (
    <ChartCard
      wide
      title="Posts"
      info="Every scored post with its four scores: the share of negative, neutral and positive words and the compound score (VADER's, or once posts are read in their own language, that language's word list, with the language beside them). Filter by label; the rows come from the worker a page at a time."
      testId="sentiment-table"
      actions={
        <label className="row" htmlFor={selectId}>
          Show
          <select
            id={selectId}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as SentimentFilter);
              setPage(0);
            }}
            data-testid="label-filter"
          >
            <option value="all">all labels</option>
            {LABELS.map((l) => (
              <option key={l} value={l}>
                {LABEL_NAME[l].toLowerCase()} only
              </option>
            ))}
            {summary.byLanguage && (
              <option value="unscored">{UNSCORED_NAME.toLowerCase()} only</option>
            )}
          </select>
        </label>
      }
    >
      <p className="muted" data-testid="table-count">
        {formatInt(total)} posts
      </p>
      <table
        className="simple sentiment-table"
        aria-label="Scored posts"
        aria-busy={posts === null}
      >
        <thead>
          <tr>
            <th className="num">Row</th>
            <th>Label</th>
            <th className="num" title="From -1 (most negative) to +1 (most positive).">
              Compound
            </th>
            <th className="num" title="Share of the text's sentiment weight that is negative.">
              neg
            </th>
            <th className="num">neu</th>
            <th className="num">pos</th>
            {byLanguage && <th>Language</th>}
            <th>Text</th>
          </tr>
        </thead>
        <tbody>
          {(posts ?? []).map((p) => (
            <tr key={p.row}>
              <td className="num">{formatInt(p.row + 1)}</td>
              <td>
                <span className={`pill pill--${p.label}`}>
                  {p.label === 'unscored' ? UNSCORED_NAME.toLowerCase() : p.label}
                </span>
              </td>
              <td className="num">{p.compound.toFixed(4)}</td>
              <td className="num">{p.neg.toFixed(3)}</td>
              <td className="num">{p.neu.toFixed(3)}</td>
              <td className="num">{p.pos.toFixed(3)}</td>
              {byLanguage && (
                <td title={p.language ? languageName(p.language) : undefined}>{p.language}</td>
              )}
              <td dir="auto" className="sentiment-table__text" title={p.text}>
                {p.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total === 0 && <p className="empty">No post has this label.</p>}
      <nav className="row" aria-label="Posts pages" style={{ marginTop: '0.5rem' }}>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(0)}
          disabled={at === 0}
        >
          First
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(at - 1)}
          disabled={at === 0}
        >
          Previous
        </button>
        <span className="muted" data-testid="table-page">
          Rows {formatInt(Math.min(total, at * PAGE + 1))}–
          {formatInt(Math.min(total, (at + 1) * PAGE))} of {formatInt(total)}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(at + 1)}
          disabled={at >= pages - 1}
        >
          Next
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(pages - 1)}
          disabled={at >= pages - 1}
        >
          Last
        </button>
      </nav>
    </ChartCard>
  );
}

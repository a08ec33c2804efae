import { useCallback, useId, useState } from 'react';
import type { SentimentFilter, SentimentSummary } from '../../../workers/api.ts';
import { formatInt } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { analysis } from '../../engine/index.ts';
import { LABEL_NAME, LABELS } from './labels.ts';

const HEADER = ['row', 'label', 'compound', 'neg', 'neu', 'pos', 'text'];
const WIDTHS = [70, 90, 90, 60, 60, 60, 640];

/** Every scored post with its scores, filterable by label; rows come from the worker a page at a time. */
export function PostsTable({ summary, version }: { summary: SentimentSummary; version: string }) {
  const [filter, setFilter] = useState<SentimentFilter>('all');
  const selectId = useId();
  const { textColumn, thresholds } = summary;
  const total = filter === 'all' ? summary.scored : summary.counts[filter];
  const loadRows = useCallback(
    async (offset: number, limit: number) => {
      const r = await analysis('sentimentRows', { textColumn, filter, thresholds, offset, limit });
      if (!r.ok) return [];
      return r.value.rows.map((p) => [String(p.row + 1), p.label, p.compound.toFixed(4), p.neg.toFixed(3), p.neu.toFixed(3), p.pos.toFixed(3), p.text]);
    },
    [textColumn, filter, thresholds],
  );
  return (
    <ChartCard
      wide
      title="Posts"
      info="Every scored post with VADER's four scores. Filter by label; scroll to load more."
      testId="sentiment-table"
      actions={
        <label className="row" htmlFor={selectId}>
          Show
          <select id={selectId} value={filter} onChange={(e) => setFilter(e.target.value as SentimentFilter)} data-testid="label-filter">
            <option value="all">all labels</option>
            {LABELS.map((l) => (
              <option key={l} value={l}>
                {LABEL_NAME[l].toLowerCase()} only
              </option>
            ))}
          </select>
        </label>
      }
    >
      <p className="muted" data-testid="table-count">
        {formatInt(total)} posts
      </p>
      <DataTable
        header={HEADER}
        rowCount={total}
        loadRows={loadRows}
        version={`${version}:${textColumn}:${filter}:${thresholds.negative}:${thresholds.positive}:${summary.scored}`}
        ariaLabel="Scored posts"
        height={360}
        columnWidth={(i) => WIDTHS[i] ?? 120}
      />
    </ChartCard>
  );
}

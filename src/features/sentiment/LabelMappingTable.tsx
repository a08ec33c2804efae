import { useId, useState } from 'react';
import type { LabelTarget } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import type { LabelMappingState } from './useLabelMapping.ts';

const TARGETS: readonly LabelTarget[] = ['positive', 'neutral', 'negative', 'ignore'];
const PAGE = 15;

/**
 * Each distinct label value with its count and class (positive, neutral, negative or ignore),
 * most frequent first, searchable and paged so a column with hundreds of values stays usable.
 */
export function LabelMappingTable({ state }: { state: LabelMappingState }) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const searchId = useId();
  const proposals = state.values?.proposals ?? [];
  const q = query.trim().toLowerCase();
  const shown = q ? proposals.filter((p) => p.value.toLowerCase().includes(q)) : proposals;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);
  const counts = { positive: 0, neutral: 0, negative: 0, ignore: 0 };
  for (const p of proposals) counts[state.mapping[p.value] ?? 'ignore'] += p.count;
  const noValence = proposals.filter((p) => p.reason === 'no-valence').length;
  return (
    <div className="stack" data-testid="label-mapping">
      <p className="muted">
        {formatInt(proposals.length)} distinct values in “{state.values?.column}”
        {state.values && state.values.missing > 0
          ? `, ${formatInt(state.values.missing)} rows without a label`
          : ''}
        . Rows mapped: {formatInt(counts.positive)} positive, {formatInt(counts.neutral)} neutral,{' '}
        {formatInt(counts.negative)} negative; {formatInt(counts.ignore)} ignored.
      </p>
      <div className="row">
        <label className="field" htmlFor={searchId}>
          Find a value
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
            placeholder="e.g. joy"
          />
        </label>
        {noValence > 0 && (
          <label className="field">
            {noValence} values VADER gives no valence
            <select
              aria-label="Class of values with no valence"
              defaultValue=""
              onChange={(e) =>
                e.target.value && state.setByReason('no-valence', e.target.value as LabelTarget)
              }
            >
              <option value="">set all to…</option>
              {TARGETS.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button--small" onClick={state.reset}>
          Reset to proposals
        </button>
      </div>
      <table className="simple">
        <thead>
          <tr>
            <th>Label value</th>
            <th className="num">Rows</th>
            <th>Class</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(at * PAGE, at * PAGE + PAGE).map((p) => (
            <tr key={p.value} data-testid="mapping-row">
              <th scope="row" dir="auto">
                {p.value}
              </th>
              <td className="num">{formatInt(p.count)}</td>
              <td>
                <select
                  aria-label={`Class of ${p.value}`}
                  value={state.mapping[p.value] ?? 'ignore'}
                  onChange={(e) => state.setTarget(p.value, e.target.value as LabelTarget)}
                >
                  {TARGETS.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{p.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="row" aria-label="Label values pages">
          <button
            type="button"
            className="button button--small"
            disabled={at === 0}
            onClick={() => setPage(at - 1)}
          >
            Previous
          </button>
          <span className="muted">
            Page {at + 1} of {pages}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={at >= pages - 1}
            onClick={() => setPage(at + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}

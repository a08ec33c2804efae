import { formatInt, formatNumber, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import type { ColumnSummary } from '../../../workers/api.ts';

function describe(c: ColumnSummary): string {
  if (c.numeric)
    return `min ${formatNumber(c.numeric.min)} · median ${formatNumber(c.numeric.median)} · max ${formatNumber(c.numeric.max)}`;
  if (c.datetime)
    return `${new Date(c.datetime.min).toISOString().slice(0, 16).replace('T', ' ')} → ${new Date(c.datetime.max).toISOString().slice(0, 16).replace('T', ' ')}`;
  if (c.tags)
    return `${formatInt(c.tags.distinctTags)} tags; top: ${c.tags.top.values
      .slice(0, 4)
      .map((v) => `#${v.value} (${formatInt(v.count)})`)
      .join(', ')}`;
  if (c.text)
    return `mean ${Math.round(c.text.meanLength)} chars, ${c.text.meanWords.toFixed(1)} words`;
  if (c.top)
    return c.top.values
      .slice(0, 4)
      .map((v) => `${v.value} (${formatInt(v.count)})`)
      .join(', ');
  return '';
}

/** One line per column: type, role, missing share, distinct values, and its range or top values. */
export function ColumnSummaries({ columns }: { columns: readonly ColumnSummary[] }) {
  return (
    <ChartCard
      wide
      title="Column summary"
      info="Computed in a worker over every row. Numbers: min, median and max; dates: the first and last; categories and tags: the most frequent values."
      testId="column-summary"
    >
      <table className="simple">
        <thead>
          <tr>
            <th>Column</th>
            <th>Type</th>
            <th>Role</th>
            <th className="num">Missing</th>
            <th className="num">Distinct</th>
            <th>Values</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>{c.type}</td>
              <td>{c.role}</td>
              <td className="num">
                {formatPercent(c.missingShare)}
                {c.unreadable && (
                  <CountedMissing
                    label="unreadable"
                    count={c.unreadable.count}
                    title={`Not read as ${c.type === 'datetime' ? 'dates' : 'numbers'}, so counted as missing`}
                    examples={c.unreadable.examples}
                  />
                )}
                {c.placeholders && (
                  <CountedMissing
                    label={c.placeholders.count === 1 ? 'placeholder' : 'placeholders'}
                    count={c.placeholders.count}
                    title="Placeholders for no value (a dash, None, a spreadsheet error), counted as missing"
                    examples={c.placeholders.examples}
                  />
                )}
              </td>
              <td className="num">
                {formatInt(c.distinct)}
                {c.distinctCapped ? '+' : ''}
              </td>
              <td className="samples">{describe(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}

/** Cells beside the missing share that also count as missing: "+ 3 unreadable", examples on hover. */
function CountedMissing(props: {
  label: string;
  count: number;
  title: string;
  examples: readonly string[];
}) {
  return (
    <span
      className="muted unreadable"
      title={`${props.title}: ${props.examples.map((e) => `"${e}"`).join(', ')}`}
    >
      {' '}
      + {formatInt(props.count)} {props.label}
    </span>
  );
}

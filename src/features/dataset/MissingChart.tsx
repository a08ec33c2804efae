import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInt, formatPercent } from '../../app/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import type { MissingReport } from '../../../workers/api.ts';

/** Share of missing cells per column, most missing first. */
export function MissingChart({ report }: { report: MissingReport }) {
  const data = report.columns.map((c) => ({ name: c.name, share: c.share, missing: c.missing }));
  const anyMissing = data.some((d) => d.missing > 0);
  return (
    <ChartCard
      title="Missing values"
      info="Share of empty cells per column (empty, NA, null, NaN and similar count as missing). Choose how each is filled when a model uses the column."
      empty={anyMissing ? null : `No missing values: all ${formatInt(report.rows)} rows are complete.`}
      testId="missing-chart"
    >
      <p className="muted">
        {formatInt(report.completeRows)} of {formatInt(report.rows)} rows have no missing cell.
      </p>
      <ResponsiveContainer width="100%" height={Math.max(160, 26 * data.length)}>
        <BarChart data={data} layout="vertical" margin={{ left: 20, right: 20 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, 0)} />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v, _n, item) => [`${formatPercent(Number(v))} (${formatInt((item.payload as { missing: number }).missing)} cells)`, 'Missing']} />
          <Bar dataKey="share" fill="#f08c00" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

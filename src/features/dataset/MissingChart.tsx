import { formatInt, formatPercent } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import type { MissingReport } from '../../../workers/api.ts';

/**
 * Share of missing cells per column, most missing first. Plain HTML bars: a charting library's
 * first mount cost more than a frame, and this view renders right after an import.
 */
export function MissingChart({ report }: { report: MissingReport }) {
  const anyMissing = report.columns.some((c) => c.missing > 0);
  return (
    <ChartCard
      title="Missing values"
      info="Share of empty cells per column (empty, NA, null, NaN and similar count as missing). Choose how each is filled in the Preprocessing card below."
      empty={
        anyMissing ? null : `No missing values: all ${formatInt(report.rows)} rows are complete.`
      }
      testId="missing-chart"
    >
      <p className="muted">
        {formatInt(report.completeRows)} of {formatInt(report.rows)} rows have no missing cell.
      </p>
      <ul className="hbars" aria-label="Missing share per column">
        {report.columns.map((c) => (
          <li
            key={c.name}
            className="hbars__row"
            title={`${c.name}: ${formatInt(c.missing)} missing cells (${formatPercent(c.share)})`}
          >
            <span className="hbars__label">{c.name}</span>
            <span className="hbars__track">
              <span
                className="hbars__bar"
                style={{ width: `${Math.max(c.share > 0 ? 0.5 : 0, c.share * 100)}%` }}
              />
            </span>
            <span className="hbars__value">{formatPercent(c.share)}</span>
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}

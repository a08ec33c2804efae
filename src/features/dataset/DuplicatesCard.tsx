import { useState } from 'react';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { formatInt } from '../../shared/format.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import type { AppError, DuplicateReport } from '../../../workers/api.ts';

const share = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(1)} %` : '—');

/** The most repeated texts, with how many rows hold each and where. */
function Examples({ report }: { report: DuplicateReport }) {
  return (
    <table className="simple" data-testid="duplicate-examples">
      <caption className="muted" style={{ textAlign: 'left' }}>
        The most repeated texts
      </caption>
      <thead>
        <tr>
          <th>Text</th>
          <th className="num">Rows</th>
          <th className="num">Exact copies</th>
          <th>First rows</th>
        </tr>
      </thead>
      <tbody>
        {report.examples.map((e) => (
          <tr key={e.rowNumbers[0]}>
            <td>{e.text === '' ? <span className="muted">(empty)</span> : e.text}</td>
            <td className="num">{formatInt(e.rows)}</td>
            <td className="num">{formatInt(e.exactCopies)}</td>
            <td>{e.rowNumbers.map((r) => r + 1).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Copies found at import: rows identical to an earlier row and rows whose text repeats an earlier
 * one (case, spaces, handles and links aside), with examples and the choice to drop them.
 */
export function DuplicatesCard() {
  const { version, setProfile } = useDataset();
  const { value: report, error } = useWorkerAnswer(version, () =>
    analysis('datasetDuplicates', {}),
  );
  const [dropping, setDropping] = useState(false);
  const [dropError, setDropError] = useState<AppError | null>(null);

  const drop = async (which: 'exact' | 'text') => {
    setDropping(true);
    setDropError(null);
    const r = await analysis('dropDuplicates', { drop: which });
    setDropping(false);
    if (r.ok) setProfile(r.value);
    else setDropError(r.error);
  };

  return (
    <section
      className="card card--wide"
      aria-labelledby="duplicates-title"
      data-testid="duplicates-card"
    >
      <header className="card__header">
        <h3 className="card__title" id="duplicates-title">
          Duplicates
          <InfoTip text="Copies inflate every count and share, and when a copy sits in the training posts and another in the test posts, a model looks better than it is. Models here always keep copies on one side; dropping them also makes the counts honest." />
        </h3>
      </header>
      {error && <ErrorBanner error={error} />}
      {dropError && <ErrorBanner error={dropError} onDismiss={() => setDropError(null)} />}
      {!report ? (
        !error && <p className="muted">Looking for copies…</p>
      ) : (
        <div className="stack" style={{ gap: '0.6rem' }}>
          <p
            className={report.repeatedTexts > 0 ? 'banner banner--warning' : 'muted'}
            data-testid="duplicates-summary"
            data-exact={report.exactRows}
            data-repeated={report.repeatedTexts}
          >
            {report.repeatedTexts === 0 && report.exactRows === 0
              ? 'No row repeats an earlier one.'
              : `${formatInt(report.exactRows)} rows (${share(report.exactRows, report.rows)}) are exact copies of an earlier row; ${formatInt(report.repeatedTexts)} rows (${share(report.repeatedTexts, report.rows)}) repeat an earlier text${report.textColumn ? ` in "${report.textColumn}"` : ''}${report.repeatedGroups > 0 ? `, ${formatInt(report.repeatedGroups)} texts in all` : ''}.`}
            {report.rows > 1 && report.repeatedTexts === report.rows - 1
              ? ' Every post has the same text: there is nothing to learn from the text.'
              : ''}
          </p>
          {report.examples.length > 0 && <Examples report={report} />}
          {(report.exactRows > 0 || report.repeatedTexts > 0) && (
            <div className="row" style={{ gap: '0.5rem', flexWrap: 'wrap' }}>
              <button
                type="button"
                className="button"
                disabled={dropping || report.exactRows === 0}
                onClick={() => void drop('exact')}
                data-testid="drop-exact"
              >
                Drop {formatInt(report.exactRows)} exact copies
              </button>
              <button
                type="button"
                className="button"
                disabled={dropping || report.repeatedTexts === 0}
                onClick={() => void drop('text')}
                data-testid="drop-repeated"
              >
                Drop {formatInt(report.repeatedTexts)} repeated texts
              </button>
              <span className="muted">
                A new dataset is kept beside this one, which stays as it is.
              </span>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

import type { SentimentEvaluation } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';

const pct = (x: number): string => x.toFixed(3);

/**
 * Accuracy, macro-F1 and per-class precision, recall and F1 of one or more predictors scored on
 * the same rows (a column each), with scikit-learn's definitions.
 */
export function MetricsTable({
  columns,
  testId,
}: {
  columns: readonly { name: string; evaluation: SentimentEvaluation }[];
  testId: string;
}) {
  const first = columns[0]?.evaluation;
  if (!first) return null;
  const rows: { name: string; title?: string; values: (e: SentimentEvaluation) => string }[] = [
    {
      name: 'Accuracy',
      title: 'Share of rows whose predicted label equals the true one (sklearn accuracy_score).',
      values: (e) => pct(e.accuracy),
    },
    {
      name: 'Macro-F1',
      title:
        'Mean of the three classes’ F1, unweighted (sklearn f1_score average="macro"): rare classes count as much as common ones.',
      values: (e) => pct(e.macroF1),
    },
    ...first.labels.flatMap((label, k) => [
      {
        name: `${label}: precision`,
        title: `Of the rows predicted ${label}, the share that truly are.`,
        values: (e: SentimentEvaluation) => pct(e.perClass[k]!.precision),
      },
      {
        name: `${label}: recall`,
        title: `Of the rows that truly are ${label}, the share predicted so.`,
        values: (e: SentimentEvaluation) => pct(e.perClass[k]!.recall),
      },
      {
        name: `${label}: F1`,
        title: 'Harmonic mean of precision and recall.',
        values: (e: SentimentEvaluation) =>
          `${pct(e.perClass[k]!.f1)} (n ${formatInt(e.perClass[k]!.support)})`,
      },
    ]),
  ];
  return (
    <table className="simple" data-testid={testId}>
      <thead>
        <tr>
          <th>Metric</th>
          {columns.map((c) => (
            <th key={c.name} className="num">
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row" title={r.title}>
              {r.name}
            </th>
            {columns.map((c) => (
              <td key={c.name} className="num" data-metric={r.name}>
                {r.values(c.evaluation)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

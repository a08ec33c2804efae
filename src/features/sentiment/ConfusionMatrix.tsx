import type { SentimentEvaluation } from '../../../workers/api.ts';
import { Heatmap } from '../../components/Heatmap.tsx';
import { formatInt } from '../../shared/format.ts';

/** Counts of true (rows) × predicted (columns) classes, as sklearn `confusion_matrix`. */
export function ConfusionMatrix({
  evaluation,
  title,
  testId,
}: {
  evaluation: SentimentEvaluation;
  title: string;
  testId: string;
}) {
  const max = Math.max(1, ...evaluation.confusion.flat());
  return (
    <figure className="sentiment-confusion">
      <Heatmap
        rowLabels={evaluation.labels.map((l) => `true ${l}`)}
        colLabels={evaluation.labels.map((l) => `predicted ${l}`)}
        values={evaluation.confusion}
        domain={[-max, max]}
        format={(v) => formatInt(v)}
        ariaLabel={`${title}: confusion matrix, rows are the true labels, columns the predicted ones`}
        testId={testId}
        cellSize={56}
      />
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}

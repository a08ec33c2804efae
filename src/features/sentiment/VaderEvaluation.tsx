import type { LabelTarget, SentimentThresholds } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { MetricsTable } from './MetricsTable.tsx';

export interface VaderEvaluationProps {
  textColumn: string;
  labelColumn: string;
  mapping: Readonly<Record<string, LabelTarget>>;
  thresholds: SentimentThresholds;
  /** Evaluation waits while scoring runs. */
  ready: boolean;
}

/** VADER's labels against the mapped human labels: accuracy, macro-F1, per-class scores and the confusion matrix. */
export function VaderEvaluation({
  textColumn,
  labelColumn,
  mapping,
  thresholds,
  ready,
}: VaderEvaluationProps) {
  // Asked once the choices have rested for 150 ms; the last evaluation stays on show meanwhile.
  const answer = useWorkerAnswer(
    JSON.stringify({ textColumn, labelColumn, mapping, thresholds }),
    () => analysis('sentimentEvaluate', { textColumn, labelColumn, mapping, thresholds }),
    { enabled: ready && Object.keys(mapping).length > 0, delayMs: 150, keepPrevious: true },
  );

  const e = answer.value;
  return (
    <div className="stack" data-testid="vader-evaluation">
      {answer.error && <ErrorBanner error={answer.error} testId="evaluation-error" />}
      {!ready && <p className="muted">The evaluation appears when scoring has finished.</p>}
      {e && (
        <>
          <div className="kpis">
            <div className="kpi">
              <div className="kpi__value" data-testid="eval-accuracy">
                {e.accuracy.toFixed(3)}
              </div>
              <div className="kpi__label">accuracy</div>
            </div>
            <div className="kpi">
              <div className="kpi__value" data-testid="eval-macro-f1">
                {e.macroF1.toFixed(3)}
              </div>
              <div className="kpi__label">macro-F1</div>
            </div>
            <div className="kpi">
              <div className="kpi__value" data-testid="eval-n">
                {formatInt(e.n)}
              </div>
              <div className="kpi__label">rows with a class ({formatInt(e.excluded)} left out)</div>
            </div>
          </div>
          <div className="sentiment-eval">
            <MetricsTable columns={[{ name: 'VADER', evaluation: e }]} testId="vader-metrics" />
            <ConfusionMatrix
              evaluation={e}
              title="VADER against the labels"
              testId="vader-confusion"
            />
          </div>
        </>
      )}
    </div>
  );
}

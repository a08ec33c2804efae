import { useEffect, useState } from 'react';
import type {
  AppError,
  LabelTarget,
  SentimentThresholds,
  VaderEvaluation as Evaluation,
} from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
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
  const [state, setState] = useState<{ evaluation: Evaluation | null; error: AppError | null }>({
    evaluation: null,
    error: null,
  });
  useEffect(() => {
    if (!ready || Object.keys(mapping).length === 0) return;
    let live = true;
    const timer = setTimeout(() => {
      void analysis('sentimentEvaluate', { textColumn, labelColumn, mapping, thresholds }).then(
        (r) => {
          if (live)
            setState(
              r.ok ? { evaluation: r.value, error: null } : { evaluation: null, error: r.error },
            );
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [textColumn, labelColumn, mapping, thresholds, ready]);

  const e = state.evaluation;
  return (
    <div className="stack" data-testid="vader-evaluation">
      {state.error && <ErrorBanner error={state.error} testId="evaluation-error" />}
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

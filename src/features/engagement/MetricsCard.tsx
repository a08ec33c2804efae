import { memo } from 'react';
import type {
  ClassificationReport,
  EngagementSplitSummary,
  RegressionReport,
  ScaleScores,
} from '../../../workers/api.ts';
import { formatNumber } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import type { EngagementTrainingResult } from '../../engine/engagementTraining.ts';
import { formatParam } from './gridValues.ts';

function ScaleTable({
  scores,
  caption,
  testId,
  name,
}: {
  scores: ScaleScores;
  caption: string;
  testId: string;
  name: string;
}) {
  const row = (name: string, s: { mse: number; mae: number; r2: number }, title?: string) => (
    <tr title={title}>
      <th scope="row">{name}</th>
      <td className="num">{formatNumber(s.mse, 4)}</td>
      <td className="num">{formatNumber(s.mae, 4)}</td>
      <td className="num">{formatNumber(s.r2, 4)}</td>
    </tr>
  );
  return (
    <table className="simple" data-testid={testId}>
      <caption className="muted" style={{ textAlign: 'left' }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th />
          <th className="num">MSE</th>
          <th className="num">MAE</th>
          <th className="num">R²</th>
        </tr>
      </thead>
      <tbody>
        {row(name, scores.model)}
        {row(
          'Baseline: predict the mean',
          scores.baseline,
          `Always predicts the training mean, ${formatNumber(scores.baseline.trainMean, 4)}: a model is only useful if it beats this.`,
        )}
      </tbody>
    </table>
  );
}

/** Test metrics of a regression, beside the mean baseline, on the learned and the raw scale. */
function RegressionTables({
  report,
  label,
  name = 'Random forest',
}: {
  report: RegressionReport;
  label: string;
  name?: string;
}) {
  return (
    <div className="stack" style={{ gap: '0.5rem' }}>
      <ScaleTable
        name={name}
        scores={report.fitted}
        caption={`On the learned scale: ${label}`}
        testId="metrics-fitted"
      />
      {report.raw && (
        <ScaleTable
          name={name}
          scores={report.raw}
          caption="Back on the raw scale (predictions expm1'd; the baseline is the raw training mean)"
          testId="metrics-raw"
        />
      )}
    </div>
  );
}

function ClassificationTable({
  report,
  name = 'Random forest',
}: {
  report: ClassificationReport;
  name?: string;
}) {
  return (
    <table className="simple" data-testid="metrics-classification">
      <thead>
        <tr>
          <th />
          <th className="num">Accuracy</th>
          <th className="num">F1</th>
          <th className="num">Precision</th>
          <th className="num">Recall</th>
          <th className="num">ROC AUC</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{name}</th>
          <td className="num">{formatNumber(report.accuracy, 4)}</td>
          <td className="num">{formatNumber(report.f1, 4)}</td>
          <td className="num">{formatNumber(report.precision, 4)}</td>
          <td className="num">{formatNumber(report.recall, 4)}</td>
          <td className="num">{report.rocAuc === null ? '—' : formatNumber(report.rocAuc, 4)}</td>
        </tr>
        <tr title="Always predicts the class most training posts are in.">
          <th scope="row">
            Baseline: the majority class ({report.baseline.majority === 1 ? 'above' : 'at or below'}{' '}
            the median)
          </th>
          <td className="num">{formatNumber(report.baseline.accuracy, 4)}</td>
          <td className="num">{formatNumber(report.baseline.f1, 4)}</td>
          <td className="num">—</td>
          <td className="num">—</td>
          <td className="num">0.5</td>
        </tr>
      </tbody>
    </table>
  );
}

/** How the test posts were chosen, in words, and how many have a copy among the training posts. */
export function splitText(split: EngagementSplitSummary): string {
  const how =
    split.kind === 'grouped'
      ? `Test posts held out with all their copies (${split.groups.toLocaleString('en-US')} distinct texts${split.groupColumn ? ` in "${split.groupColumn}"` : ''}).`
      : split.kind === 'time'
        ? `Test posts are the latest ones${split.testFrom !== null ? `, from ${new Date(split.testFrom).toISOString().slice(0, 10)}` : ''}; copies stay with their first post.`
        : 'Test posts drawn at random.';
  return `${how} ${split.overlap.toLocaleString('en-US')} test posts have a copy among the training posts${split.overlap > 0 ? ': the test scores are better than the model would do on new posts.' : '.'}`;
}

/** The forest's test metrics next to the baseline, and what the grid search chose. */
export const MetricsCard = memo(function MetricsCard({
  result,
}: {
  result: EngagementTrainingResult;
}) {
  const { refit, summary, prepared, grid } = result;
  const cv =
    summary.scoring === 'neg_mse'
      ? `CV MSE ${formatNumber(-summary.bestScore, 4)}`
      : `CV ${summary.scoring} ${formatNumber(summary.bestScore, 4)}`;
  const best = summary.bestParams;
  return (
    <ChartCard
      title="Test metrics"
      info="Scores on the held-out test posts, which neither the grid search nor the refit saw. The baseline predicts the training mean (or the majority class); R² above 0 means the model beats it."
      testId="engagement-metrics"
      wide
    >
      <div className="stack" style={{ gap: '0.6rem' }}>
        <p className="muted" data-testid="best-params">
          {`Best of ${summary.points.length} grid points (${result.folds}-fold ${cv}): ${best.nEstimators ?? 100} trees, max depth ${formatParam(best.maxDepth ?? null)}, max features ${formatParam(best.maxFeatures ?? 'all')}, min posts per leaf ${best.minSamplesLeaf ?? 1}. `}
          {`Grid ${grid.seconds.toFixed(1)} s on ${grid.workers} workers, refit ${refit.fitSeconds.toFixed(1)} s; ${prepared.train.rows.toLocaleString('en-US')} training and ${prepared.test.rows.toLocaleString('en-US')} test posts, ${prepared.featureNames.length} features.`}
        </p>
        <p
          className={prepared.split.overlap > 0 ? 'banner banner--warning' : 'muted'}
          data-testid="split-summary"
          data-overlap={prepared.split.overlap}
          data-kind={prepared.split.kind}
        >
          {splitText(prepared.split)}
        </p>
        {refit.report.kind === 'regression' ? (
          <RegressionTables report={refit.report} label={prepared.target.label} />
        ) : (
          <ClassificationTable report={refit.report} />
        )}
      </div>
    </ChartCard>
  );
});

import { memo } from 'react';
import type {
  ClassificationReport,
  EngagementSplitSummary,
  RegressionReport,
  ScaleScores,
} from '../../../workers/api.ts';
import type { GridSummary } from '../../../workers/api.ts';
import { formatInt, formatPlain, formatSeconds } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import type { EngagementTrainingResult } from '../../engine/engagementTraining.ts';
import { formatParam } from './gridValues.ts';
import { classificationInWords, regressionInWords } from './plainWords.ts';

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
      <td className="num">{formatPlain(s.mse, 4)}</td>
      <td className="num">{formatPlain(s.mae, 4)}</td>
      <td className="num">{formatPlain(s.r2, 4)}</td>
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
          `Always predicts the training mean, ${formatPlain(scores.baseline.trainMean, 4)}: a model is only useful if it beats this.`,
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
          <td className="num">{formatPlain(report.accuracy, 4)}</td>
          <td className="num">{formatPlain(report.f1, 4)}</td>
          <td className="num">{formatPlain(report.precision, 4)}</td>
          <td className="num">{formatPlain(report.recall, 4)}</td>
          <td className="num">{report.rocAuc === null ? '—' : formatPlain(report.rocAuc, 4)}</td>
        </tr>
        <tr title="Always predicts the class most training posts are in.">
          <th scope="row">
            Baseline: the majority class ({report.baseline.majority === 1 ? 'above' : 'at or below'}{' '}
            the median)
          </th>
          <td className="num">{formatPlain(report.baseline.accuracy, 4)}</td>
          <td className="num">{formatPlain(report.baseline.f1, 4)}</td>
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

/**
 * How the settings were found, in words: the halving rounds ("27 settings tried on 148 training
 * posts, the best 9 on 444 …") or the full grid.
 */
export function searchInWords(summary: GridSummary, folds: number, seconds: number): string {
  const reached = summary.points.flatMap((p) =>
    p.round === undefined || p.rows === undefined ? [] : [{ round: p.round, rows: p.rows }],
  );
  const last = Math.max(-1, ...reached.map((p) => p.round));
  const rounds = Array.from({ length: last + 1 }, (_, r) => ({
    count: reached.filter((p) => p.round >= r).length,
    rows: reached.find((p) => p.round === r)?.rows ?? 0,
  }));
  const time = `in ${formatSeconds(seconds)}`;
  if (rounds.length === 0)
    return `Its settings are the best of ${summary.points.length} tried on every training post (${folds}-fold cross-validation), found ${time}.`;
  const steps = rounds.map((x, r) =>
    r === 0
      ? `${x.count} settings tried on ${formatInt(x.rows)} training posts`
      : `the best ${x.count} on ${formatInt(x.rows)}`,
  );
  return `Its settings were found by a quick search ${time}: ${steps.join(', ')} (${folds}-fold cross-validation each time).`;
}

/** The forest's test result in plain words, with the data scientist's scores behind "Advanced". */
export const MetricsCard = memo(function MetricsCard({
  result,
}: {
  result: EngagementTrainingResult;
}) {
  const { refit, summary, prepared, grid } = result;
  const cv =
    summary.scoring === 'neg_mse'
      ? `CV MSE ${formatPlain(-summary.bestScore, 4)}`
      : `CV ${summary.scoring} ${formatPlain(summary.bestScore, 4)}`;
  const best = summary.bestParams;
  const words =
    refit.report.kind === 'regression'
      ? regressionInWords(refit.report, prepared.target, prepared.test.rows)
      : classificationInWords(
          refit.report,
          prepared.target,
          prepared.threshold,
          prepared.test.rows,
        );
  return (
    <ChartCard
      title="How good are the predictions?"
      info="Measured on the held-out test posts, which neither the search nor the final model saw, next to the simplest guess: the average (or the commoner side). A model is only useful if it beats that guess."
      testId="engagement-metrics"
      wide
    >
      <div className="stack" style={{ gap: '0.6rem' }}>
        <p
          className="engagement-headline"
          data-testid="engagement-headline"
          data-error={words.error}
          data-baseline={words.baseline}
          data-search={result.search ?? 'full'}
          data-search-seconds={grid.seconds}
        >
          {words.headline}
        </p>
        <p data-testid="engagement-verdict">{words.verdict}</p>
        <p className="muted" data-testid="engagement-method">
          {`${words.method} ${searchInWords(summary, result.folds, grid.seconds)}`}
        </p>
        <p
          className={prepared.split.overlap > 0 ? 'banner banner--warning' : 'muted'}
          data-testid="split-summary"
          data-overlap={prepared.split.overlap}
          data-kind={prepared.split.kind}
        >
          {splitText(prepared.split)}
        </p>
        <details className="engagement-advanced" data-testid="engagement-advanced">
          <summary>Advanced: the scores as data scientists read them</summary>
          <div className="stack" style={{ gap: '0.6rem' }}>
            <p className="muted" data-testid="best-params">
              {`Best of ${summary.points.length} grid points (${result.folds}-fold ${cv}): ${best.nEstimators ?? 100} trees, max depth ${formatParam(best.maxDepth ?? null)}, max features ${formatParam(best.maxFeatures ?? 'all')}, min posts per leaf ${best.minSamplesLeaf ?? 1}. `}
              {`Search ${grid.seconds.toFixed(1)} s on ${grid.workers} workers, refit ${refit.fitSeconds.toFixed(1)} s; ${prepared.train.rows.toLocaleString('en-US')} training and ${prepared.test.rows.toLocaleString('en-US')} test posts, ${prepared.featureNames.length} features.`}
            </p>
            {refit.report.kind === 'regression' ? (
              <RegressionTables report={refit.report} label={prepared.target.label} />
            ) : (
              <ClassificationTable report={refit.report} />
            )}
          </div>
        </details>
      </div>
    </ChartCard>
  );
});

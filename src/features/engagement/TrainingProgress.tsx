import type { JobProgress } from '../../../workers/api.ts';
import { formatInt, formatSeconds } from '../../shared/format.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import type { EngagementTrainingProgress } from '../../engine/engagementTraining.ts';
import { formatParam } from './gridValues.ts';

const share = (p: JobProgress | null) => (p && p.total > 0 ? p.done / p.total : null);

function detail(p: JobProgress | null, fallback: string): string {
  if (!p) return fallback;
  const unit = p.unit === 'texts' ? 'posts' : p.unit;
  return `${p.phase}: ${formatInt(p.done)} of ${formatInt(p.total)} ${unit}${p.etaSeconds ? ` · about ${formatSeconds(p.etaSeconds)} left` : ''}`;
}

/** The overall bar with ETA and Cancel, and during the grid one row per running fit with its trees. */
export function TrainingProgress({
  progress,
  onCancel,
}: {
  progress: EngagementTrainingProgress | null;
  onCancel: () => void;
}) {
  if (!progress || progress.stage === 'prepare') {
    const p = progress?.stage === 'prepare' ? progress.progress : null;
    return (
      <ProgressBar
        label="Preparing the features"
        fraction={share(p)}
        detail={detail(p, 'Reading the posts…')}
        onCancel={onCancel}
        testId="grid-progress"
      />
    );
  }
  if (progress.stage === 'finish') {
    return (
      <div data-testid="grid-progress">
        <ProgressBar
          label="Refitting the best forest"
          fraction={share(progress.refit)}
          detail={detail(progress.refit, 'Starting…')}
          onCancel={onCancel}
        />
        <ProgressBar
          label="Learning curve"
          fraction={share(progress.curve)}
          detail={detail(progress.curve, 'Starting…')}
        />
      </div>
    );
  }
  const g = progress.progress;
  const fraction =
    g.fitsTotal > 0
      ? (g.fitsDone +
          g.running.reduce((s, f) => s + (f.nTrees > 0 ? f.treesDone / f.nTrees : 0), 0)) /
        g.fitsTotal
      : 0;
  return (
    <div
      className="stack"
      style={{ gap: '0.4rem' }}
      data-testid="grid-progress"
      data-fits-done={g.fitsDone}
    >
      <ProgressBar
        label={
          'round' in g
            ? `Quick search, round ${g.round + 1} of ${g.rounds}: ${g.candidates} setting${g.candidates === 1 ? '' : 's'} on ${g.rows.toLocaleString('en-US')} posts (${g.fitsDone} of ${g.fitsTotal} fits)`
            : `Full grid search: ${g.fitsDone} of ${g.fitsTotal} fits on ${g.workers} worker${g.workers === 1 ? '' : 's'}`
        }
        fraction={fraction}
        detail={`${formatSeconds(g.elapsedSeconds)} so far${g.etaSeconds !== null ? ` · about ${formatSeconds(g.etaSeconds)} left` : ''}`}
        onCancel={onCancel}
      />
      <table className="simple engagement-fits" aria-label="Fits running now">
        <thead>
          <tr>
            <th>Point</th>
            <th>Fold</th>
            <th>Parameters</th>
            <th>Trees</th>
          </tr>
        </thead>
        <tbody>
          {g.running.map((f) => (
            <tr key={`${f.point}-${f.fold}`} data-testid="fit-row">
              <td className="num">{f.point + 1}</td>
              <td className="num">{f.fold + 1}</td>
              <td>{`${f.params.nEstimators ?? 100} trees, depth ${formatParam(f.params.maxDepth ?? null)}, features ${formatParam(f.params.maxFeatures ?? 'all')}`}</td>
              <td style={{ minWidth: '10rem' }}>
                <div
                  className="progress__track"
                  role="progressbar"
                  aria-label={`Fit ${f.point + 1}.${f.fold + 1}`}
                  aria-valuemin={0}
                  aria-valuemax={f.nTrees}
                  aria-valuenow={f.treesDone}
                >
                  {/* no width transition: a row repaints a few times a second, not every frame */}
                  <div
                    className="progress__fill"
                    style={{
                      width: `${f.nTrees > 0 ? (100 * f.treesDone) / f.nTrees : 0}%`,
                      transition: 'none',
                    }}
                  />
                </div>
                <span className="muted">{`${f.treesDone} / ${f.nTrees}`}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

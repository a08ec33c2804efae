import { memo, useId, type ReactNode } from 'react';
import type { EngagementColumns } from '../../../workers/api.ts';
import { InfoTip } from '../../components/InfoTip.tsx';
import { estimateSearch } from '../../engine/searchCost.ts';
import { formatSeconds } from '../../shared/format.ts';
import { parseGrid, QUICK_GRID, REFERENCE_GRID, type GridText } from './gridValues.ts';
import { CUSTOM_TARGET, requestOf, type EngagementSettings } from './useEngagement.ts';

interface SetupProps {
  readonly columns: EngagementColumns;
  readonly settings: EngagementSettings;
  readonly setSettings: (update: (s: EngagementSettings) => EngagementSettings) => void;
  readonly running: boolean;
  readonly onTrain: () => void;
}

function Field({
  label,
  tip,
  children,
  htmlFor,
}: {
  label: string;
  tip?: string;
  children: ReactNode;
  htmlFor: string;
}) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>
        {label}
        {tip && <InfoTip text={tip} />}
      </label>
      {children}
    </div>
  );
}

/** A select of columns with a "none" choice. */
function ColumnSelect({
  id,
  value,
  options,
  onChange,
  none,
  testId,
}: {
  id: string;
  value: string | null;
  options: readonly string[];
  onChange: (v: string | null) => void;
  none: string;
  testId: string;
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      data-testid={testId}
    >
      <option value="">{none}</option>
      {options.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}

/** Checkboxes for feature columns; engagement counts are listed with a warning (training refuses them, saying why). */
function ColumnChecks({
  legend,
  tip,
  options,
  chosen,
  leaky,
  onChange,
  testId,
}: {
  legend: string;
  tip: string;
  options: readonly string[];
  chosen: readonly string[];
  leaky: Readonly<Record<string, string>>;
  onChange: (v: string[]) => void;
  testId: string;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="engagement-checks" data-testid={testId}>
      <legend>
        {legend}
        <InfoTip text={tip} />
      </legend>
      {options.map((c) => (
        <label
          key={c}
          title={
            leaky[c]
              ? `${leaky[c]}: known only after publishing, so it cannot be a feature.`
              : undefined
          }
        >
          <input
            type="checkbox"
            checked={chosen.includes(c)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))
            }
          />
          {c}
          {leaky[c] && <span className="engagement-leaky"> (engagement count)</span>}
        </label>
      ))}
    </fieldset>
  );
}

const GRID_FIELDS: { key: keyof GridText; label: string; tip: string }[] = [
  {
    key: 'nEstimators',
    label: 'Trees',
    tip: 'n_estimators: trees in the forest. More trees average out noise (never overfit) but take longer. Comma-separated values are searched.',
  },
  {
    key: 'maxDepth',
    label: 'Max depth',
    tip: 'max_depth: how deep a tree may grow; "none" grows until leaves are pure. Shallower trees are smoother and faster.',
  },
  {
    key: 'maxFeatures',
    label: 'Max features',
    tip: 'max_features: features each split may look at: sqrt, log2, all, a share (0.5) or a count. Fewer makes trees more different from each other.',
  },
  {
    key: 'minSamplesLeaf',
    label: 'Min posts per leaf',
    tip: 'min_samples_leaf: each leaf keeps at least this many training posts; larger values smooth predictions.',
  },
];

/** Target, features, forest options, the grid and the cross-validation settings, and the Train button. */
export const SetupCard = memo(function SetupCard({
  columns,
  settings: s,
  setSettings,
  running,
  onTrain,
}: SetupProps) {
  const id = useId();
  const set = <K extends keyof EngagementSettings>(key: K, value: EngagementSettings[K]) =>
    setSettings((x) => ({ ...x, [key]: value }));
  const built = requestOf(s);
  const grid = parseGrid(s.grid);
  const fits = 'points' in grid ? grid.points * s.folds : null;
  const trainRows = Math.round(columns.rows * (1 - s.testSize));
  const estimate =
    'grid' in grid
      ? {
          halving: estimateSearch(grid.grid, trainRows, s.folds, 'halving'),
          full: estimateSearch(grid.grid, trainRows, s.folds, 'full'),
        }
      : null;
  return (
    <section
      className="card card--wide stack"
      aria-labelledby={`${id}-title`}
      data-testid="engagement-setup"
    >
      <header className="card__header">
        <h3 className="card__title" id={`${id}-title`}>
          What to predict, from what
          <InfoTip text="A random forest learns engagement from what is known before a post is published: its text (VADER sentiment, length, counts of hashtags, mentions, links, emoji, ! and ?), its time, the platform and other categories, and the author's followers. Engagement counts are never features." />
        </h3>
      </header>
      <div className="engagement-form">
        <Field
          label="Target"
          htmlFor={`${id}-target`}
          tip="The count to predict, or a combination you write, e.g. likes + 2 * shares (column names or the roles likes, shares, comments; + − × ÷ and parentheses)."
        >
          <select
            id={`${id}-target`}
            value={s.targetColumn}
            onChange={(e) => set('targetColumn', e.target.value)}
            data-testid="target-column"
          >
            {columns.targets.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
                {t.role !== 'other' ? ` (${t.role})` : ''}
              </option>
            ))}
            <option value={CUSTOM_TARGET}>A combination…</option>
          </select>
        </Field>
        {s.targetColumn === CUSTOM_TARGET && (
          <Field label="Target expression" htmlFor={`${id}-expr`}>
            <input
              id={`${id}-expr`}
              type="text"
              value={s.expression}
              placeholder="likes + 2 * shares"
              onChange={(e) => set('expression', e.target.value)}
              data-testid="target-expression"
            />
          </Field>
        )}
        <Field
          label="Task"
          htmlFor={`${id}-task`}
          tip="Regression predicts the number; classification predicts whether a post gets more than the median of the training posts (scored by accuracy, F1 and ROC AUC)."
        >
          <select
            id={`${id}-task`}
            value={s.task}
            onChange={(e) => set('task', e.target.value as EngagementSettings['task'])}
            data-testid="task"
          >
            <option value="regression">Predict the count</option>
            <option value="classification">Will it beat the median?</option>
          </select>
        </Field>
      </div>
      <div className="engagement-form">
        <Field
          label="Text"
          htmlFor={`${id}-text`}
          tip="The post text: VADER sentiment (compound, positive, negative) and counts of characters, words, hashtags, mentions, links, emoji, ! and ?."
        >
          <ColumnSelect
            id={`${id}-text`}
            value={s.text}
            options={columns.candidates.text}
            onChange={(v) => set('text', v)}
            none="(no text features)"
            testId="feature-text"
          />
        </Field>
        <Field
          label="Hashtags"
          htmlFor={`${id}-tags`}
          tip="A column of hashtag lists, for the hashtag count; without one, hashtags are counted in the text."
        >
          <ColumnSelect
            id={`${id}-tags`}
            value={s.hashtags}
            options={columns.candidates.hashtags}
            onChange={(v) => set('hashtags', v)}
            none="(read from the text)"
            testId="feature-hashtags"
          />
        </Field>
        <Field
          label="Post time"
          htmlFor={`${id}-time`}
          tip="Hour, weekday, month and year of posting (times without a zone are read as they are written)."
        >
          <ColumnSelect
            id={`${id}-time`}
            value={s.timestamp}
            options={columns.candidates.timestamp}
            onChange={(v) => set('timestamp', v)}
            none="(no time features)"
            testId="feature-time"
          />
        </Field>
      </div>
      <ColumnChecks
        legend="Numeric features"
        tip="Numbers known before posting, such as the author's followers (log1p when the Dataset view's preprocessing says so; missing values filled as it says)."
        options={columns.candidates.numeric}
        chosen={s.numeric}
        leaky={columns.leaky}
        onChange={(v) => set('numeric', v)}
        testId="feature-numeric"
      />
      <ColumnChecks
        legend="Categorical features"
        tip="Categories such as platform or country: one column per frequent value (the top N of the Dataset view's preprocessing, 10 by default) plus __other__."
        options={columns.candidates.categorical}
        chosen={s.categorical}
        leaky={columns.leaky}
        onChange={(v) => set('categorical', v)}
        testId="feature-categorical"
      />
      <label
        className="engagement-inline"
        title={
          columns.topicClusters
            ? `The hashtag topic (one of ${columns.topicClusters} clusters) as one-hot columns.`
            : 'Run a hashtag topic analysis in the Topics view to use the topic as a feature.'
        }
      >
        <input
          type="checkbox"
          checked={s.topics && columns.topicClusters !== null}
          disabled={columns.topicClusters === null}
          onChange={(e) => set('topics', e.target.checked)}
        />
        Hashtag topic{' '}
        {columns.topicClusters ? `(${columns.topicClusters} clusters)` : '(no topic analysis yet)'}
      </label>
      <fieldset className="stack" style={{ gap: '0.4rem' }} data-testid="search-kind">
        <legend>
          How hard to search for the best forest settings
          <InfoTip text="The quick search tries every setting on a few training posts, keeps the best third and tries those on three times as many posts, until the last round uses them all (successive halving, as scikit-learn's HalvingGridSearchCV). The full grid tries every setting on all training posts: slower, and rarely better." />
        </legend>
        <label className="engagement-inline">
          <input
            type="radio"
            name={`${id}-search`}
            checked={s.search === 'halving'}
            onChange={() => set('search', 'halving')}
            data-testid="search-halving"
          />
          {`Quick search (recommended)${estimate ? `, about ${formatSeconds(estimate.halving)}` : ''}`}
        </label>
        <label className="engagement-inline">
          <input
            type="radio"
            name={`${id}-search`}
            checked={s.search === 'full'}
            onChange={() => set('search', 'full')}
            data-testid="search-full"
          />
          {`Full grid: every setting on every post${estimate ? `, about ${formatSeconds(estimate.full)}` : ''}`}
        </label>
      </fieldset>
      <details className="engagement-advanced" data-testid="setup-advanced">
        <summary>Advanced: forest settings, cross-validation, log scale</summary>
        <fieldset className="stack" style={{ gap: '0.6rem' }} data-testid="grid-settings">
          <legend>
            Forest settings to search, with cross-validation
            <InfoTip text="Every combination of the values below is fitted on k−1 folds of the training posts and scored on the fold left out (k times), as scikit-learn's GridSearchCV (full grid) or HalvingGridSearchCV (quick search); the best combination is then refitted on all training posts and tested once on the held-out posts." />
          </legend>
          <label
            className="engagement-inline"
            title="Counts are heavy-tailed (a few posts get most of the likes): learning log(1 + count) keeps the viral few from dominating. Metrics are shown on both scales."
          >
            <input
              type="checkbox"
              checked={s.log1p}
              disabled={s.task === 'classification'}
              onChange={(e) => set('log1p', e.target.checked)}
              data-testid="log1p"
            />
            Learn the count on a log scale, log1p (recommended: a few viral posts would dominate
            otherwise)
          </label>

          <div className="row">
            <button
              type="button"
              className="button button--small"
              onClick={() => set('grid', QUICK_GRID)}
              data-testid="grid-quick"
            >
              Quick grid (4 points)
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => set('grid', REFERENCE_GRID)}
              data-testid="grid-reference"
            >
              Reference grid (27 points)
            </button>
          </div>
          <div className="engagement-form">
            {GRID_FIELDS.map((f) => (
              <Field key={f.key} label={f.label} htmlFor={`${id}-${f.key}`} tip={f.tip}>
                <input
                  id={`${id}-${f.key}`}
                  type="text"
                  value={s.grid[f.key]}
                  onChange={(e) => set('grid', { ...s.grid, [f.key]: e.target.value })}
                  data-testid={`grid-${f.key}`}
                />
              </Field>
            ))}
          </div>
          <div className="engagement-form">
            <Field
              label="Folds"
              htmlFor={`${id}-folds`}
              tip="k of k-fold cross-validation. Copies of a post stay in one fold (GroupKFold) unless the test posts are drawn at random (then KFold without shuffling, as GridSearchCV's default)."
            >
              <input
                id={`${id}-folds`}
                type="number"
                min={2}
                max={20}
                value={s.folds}
                onChange={(e) => set('folds', Math.round(Number(e.target.value)))}
                data-testid="folds"
              />
            </Field>
            <Field
              label="Test posts"
              htmlFor={`${id}-split`}
              tip="Which posts are held out to test the model. Copies of a post held out together (the honest default): a text never sits on both sides, so the model cannot score well by recognising a copy. The latest posts: train on the past, test on the future. At random: copies may sit on both sides, and the test scores then look better than they are."
            >
              <select
                id={`${id}-split`}
                value={s.split}
                onChange={(e) => set('split', e.target.value as EngagementSettings['split'])}
                data-testid="split-kind"
              >
                <option value="grouped">Copies kept together</option>
                <option
                  value="time"
                  disabled={s.timestamp === null && columns.candidates.timestamp.length === 0}
                >
                  The latest posts (by time)
                </option>
                <option value="random">At random</option>
              </select>
            </Field>
            <Field
              label="Test share"
              htmlFor={`${id}-test`}
              tip="Share of posts held out (seeded), never seen by the grid search, to test the final model."
            >
              <input
                id={`${id}-test`}
                type="number"
                min={0.05}
                max={0.5}
                step={0.05}
                value={s.testSize}
                onChange={(e) => set('testSize', Number(e.target.value))}
                data-testid="test-size"
              />
            </Field>
            <Field
              label="Seed"
              htmlFor={`${id}-seed`}
              tip="Seeds the split, the trees' bootstrap samples and feature draws, and the permutations: the same seed gives the same model."
            >
              <input
                id={`${id}-seed`}
                type="number"
                min={0}
                value={s.seed}
                onChange={(e) => set('seed', Math.max(0, Math.round(Number(e.target.value))))}
                data-testid="seed"
              />
            </Field>
            <Field
              label="Min posts to split"
              htmlFor={`${id}-mss`}
              tip="min_samples_split: a node with fewer training posts becomes a leaf."
            >
              <input
                id={`${id}-mss`}
                type="number"
                min={2}
                value={s.minSamplesSplit}
                onChange={(e) =>
                  set('minSamplesSplit', Math.max(2, Math.round(Number(e.target.value))))
                }
              />
            </Field>
            <Field
              label="Bins per feature"
              htmlFor={`${id}-bins`}
              tip="Split candidates per feature (quantile bins); features with fewer distinct values are split exactly. 1024 matches scikit-learn's scores closely."
            >
              <input
                id={`${id}-bins`}
                type="number"
                min={2}
                max={65536}
                value={s.maxBins}
                onChange={(e) => set('maxBins', Math.round(Number(e.target.value)))}
              />
            </Field>
            <label
              className="engagement-inline"
              title="bootstrap: each tree learns from a sample of the posts drawn with replacement (the 'random' in random forest)."
            >
              <input
                type="checkbox"
                checked={s.bootstrap}
                onChange={(e) => set('bootstrap', e.target.checked)}
              />
              Bootstrap samples
            </label>
          </div>
        </fieldset>
      </details>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          onClick={onTrain}
          disabled={running || 'error' in built}
          data-testid="train-forest"
        >
          Train
        </button>
        {'error' in built ? (
          <span className="muted" role="status" data-testid="setup-problem">
            {built.error}
          </span>
        ) : (
          fits !== null && (
            <span className="muted">
              {s.search === 'halving'
                ? `Quick search over ${'points' in grid ? grid.points : 0} settings, then the best refitted and tested${estimate ? `: about ${formatSeconds(estimate.halving)}` : ''}.`
                : `${fits + 1} forest fits (${'points' in grid ? grid.points : 0} settings × ${s.folds} folds, then the best refitted)${estimate ? `: about ${formatSeconds(estimate.full)}` : ''}.`}
            </span>
          )
        )}
      </div>
    </section>
  );
});

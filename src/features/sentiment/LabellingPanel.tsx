import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type {
  AppError,
  GroupShares,
  LabellingAnswer,
  LabellingState,
  LabellingStats,
} from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import { LabellingLanguages } from './LabellingLanguages.tsx';

export interface LabellingPanelProps {
  version: string;
  textColumn: string;
  /** Called when the charts' sentiment source changed, so they ask for their numbers again. */
  onSourceChanged: () => void;
}

const KEYS: Record<string, LabellingAnswer> = {
  '1': 'positive',
  '2': 'neutral',
  '3': 'negative',
  s: 'skip',
  S: 'skip',
};
const CLASS_NAMES = ['negative', 'neutral', 'positive'] as const;

function SharesTable({ stats }: { stats: LabellingStats }) {
  const sh = stats.shares;
  if (!sh) return null;
  return (
    <table className="table" data-testid="corrected-shares">
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">Estimated share (95% interval)</th>
          <th scope="col">Classifier alone</th>
          <th scope="col">VADER</th>
        </tr>
      </thead>
      <tbody>
        {CLASS_NAMES.map((c, k) => (
          <tr key={c} data-testid={`share-${c}`}>
            <td>
              <span className={`pill pill--${c}`}>{c}</span>
            </td>
            <td>
              <strong>{formatPercent(sh.corrected[k]!)}</strong>
              {sh.ci95 && (
                <span className="muted" data-testid={`share-${c}-ci`}>
                  {' '}
                  ({formatPercent(sh.ci95[k]![0])} – {formatPercent(sh.ci95[k]![1])})
                </span>
              )}
            </td>
            <td>{formatPercent(sh.classifier[k]!)}</td>
            <td>{formatPercent(sh.vader[k]!)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Corrected shares per group (a category's values or periods), each with its interval. */
function GroupSharesTable({
  title,
  shares,
  testId,
}: {
  title: string;
  shares: GroupShares | null;
  testId: string;
}) {
  if (!shares || shares.groups.length === 0) return null;
  const cell = (v: number, ci: readonly [number, number] | undefined) =>
    `${formatPercent(v)}${ci ? ` (${formatPercent(ci[0])} – ${formatPercent(ci[1])})` : ''}`;
  return (
    <table className="table" data-testid={testId}>
      <caption className="muted">{title} (95% intervals)</caption>
      <thead>
        <tr>
          <th scope="col">{shares.column}</th>
          <th scope="col">posts</th>
          {CLASS_NAMES.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shares.groups.map((g) => (
          <tr key={g.value} data-testid="group-shares-row">
            <th scope="row">{g.value}</th>
            <td>{formatInt(g.posts)}</td>
            {CLASS_NAMES.map((c, k) => (
              <td key={c}>{cell(g.corrected[k]!, g.ci95?.[k])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Verdict({ stats }: { stats: LabellingStats }) {
  const a = stats.accuracy;
  if (!a || stats.vaderAccuracy === null) return null;
  const m = stats.majority;
  return (
    <div className="stack">
      <div className="kpis">
        <div className="kpi">
          <div className="kpi__value" data-testid="labelling-accuracy">
            {formatPercent(a.value)}
          </div>
          <div className="kpi__label" data-testid="labelling-accuracy-ci">
            classifier accuracy, 95% interval {formatPercent(a.ci95[0])} –{' '}
            {formatPercent(a.ci95[1])} ({formatInt(a.n)} posts it did not learn from)
          </div>
        </div>
        <div className="kpi">
          <div className="kpi__value" data-testid="labelling-vader-accuracy">
            {formatPercent(stats.vaderAccuracy)}
          </div>
          <div className="kpi__label">VADER on the same posts</div>
        </div>
      </div>
      {m && stats.vaderAccuracy < m.share && (
        <div className="banner banner--warning" role="alert" data-testid="vader-warning">
          VADER is right on {formatPercent(stats.vaderAccuracy)} of your labelled posts: worse than
          always answering “{m.label}” ({formatPercent(m.share)}). Its numbers mislead on this data.
        </div>
      )}
      {stats.recommended && (
        <p data-testid="classifier-recommended">
          The trained classifier agrees with your labels more often than VADER: we recommend showing
          it in the charts.
        </p>
      )}
    </div>
  );
}

/**
 * Labelling posts with the keyboard (1 positive, 2 neutral, 3 negative, S skip, U undo) in batches
 * of 20; after each batch the classifier retrains in the analysis worker and picks the next posts.
 */
export function LabellingPanel({ version, textColumn, onSourceChanged }: LabellingPanelProps) {
  const [state, setState] = useState<LabellingState | null>(null);
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [given, setGiven] = useState(0);
  const busyRef = useRef(false);

  useEffect(() => {
    setState(null);
    setIndex(0);
    setDone([]);
    setError(null);
  }, [version, textColumn]);

  const begin = useCallback(async (job: () => ReturnType<typeof analysis<'labellingOpen'>>) => {
    busyRef.current = true;
    setBusy(true);
    const r = await job();
    busyRef.current = false;
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setState(r.value);
    setGiven(r.value.stats.labels);
    setIndex(0);
    setDone([]);
  }, []);

  const open = useCallback(async () => {
    await begin(async () => {
      const r = await analysis('labellingOpen', { textColumn });
      // a source chosen before a reload applies again: the charts ask for their numbers anew
      if (r.ok && r.value.stats.source === 'classifier') onSourceChanged();
      return r;
    });
  }, [begin, textColumn, onSourceChanged]);

  const answer = useCallback(
    async (a: LabellingAnswer) => {
      if (!state || busyRef.current) return;
      const post = state.batch[index];
      if (!post) return;
      busyRef.current = true;
      const r = await analysis('labellingRecord', { row: post.row, answer: a });
      busyRef.current = false;
      if (!r.ok) return setError(r.error);
      if (a !== 'skip') setGiven((g) => g + 1);
      setDone((d) => [...d, post.row]);
      const next = index + 1;
      setIndex(next);
      if (next >= state.batch.length) await begin(() => analysis('labellingTrain', {}));
    },
    [state, index, begin],
  );

  const undo = useCallback(async () => {
    if (!state || busyRef.current || done.length === 0) return;
    const row = done[done.length - 1]!;
    const r = await analysis('labellingUndo', { row });
    if (!r.ok) return setError(r.error);
    setDone((d) => d.slice(0, -1));
    setIndex((i) => Math.max(0, i - 1));
    setGiven(r.value.labels + state.stats.fromFile);
  }, [state, done]);

  // A layout effect: the listener for the post on screen is in place before that post is painted.
  // (After paint, a key pressed at once reached the previous listener, whose answer went to the
  // post before: the post shown stayed, and the one before got the new answer.)
  useLayoutEffect(() => {
    if (!state) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))
        return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'u' || e.key === 'U') {
        e.preventDefault();
        void undo();
        return;
      }
      const a = KEYS[e.key];
      if (a) {
        e.preventDefault();
        void answer(a);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, answer, undo]);

  const setSource = useCallback(
    async (source: 'vader' | 'classifier') => {
      // the choice shows at once; the worker's answer follows
      setState((s) => (s ? { ...s, stats: { ...s.stats, source } } : s));
      const r = await analysis('labellingSource', { source });
      if (!r.ok) return setError(r.error);
      setState((s) => (s ? { ...s, stats: r.value } : s));
      onSourceChanged();
    },
    [onSourceChanged],
  );

  const setPerLanguage = useCallback(
    async (perLanguage: boolean) => {
      // the choice shows at once; the retrained classifier follows
      setState((s) => (s ? { ...s, stats: { ...s.stats, perLanguage } } : s));
      await begin(() => analysis('labellingPerLanguage', { perLanguage }));
      // the charts' classifier changed with it
      onSourceChanged();
    },
    [begin, onSourceChanged],
  );

  const exportCsv = useCallback(async () => {
    const r = await analysis('labellingExport', {});
    if (!r.ok) return setError(r.error);
    const url = URL.createObjectURL(new Blob([r.value.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'labels.csv';
    a.click();
    URL.revokeObjectURL(url);
  }, []);

  const stats = state?.stats;
  const post = state?.batch[index];
  return (
    <section
      className="card card--wide stack"
      aria-labelledby="labelling-title"
      data-testid="labelling"
    >
      <header className="card__header">
        <h3 className="card__title" id="labelling-title">
          Label posts
          <InfoTip text="Label posts as positive, neutral or negative with the keys 1, 2 and 3 (S skips, U undoes). After every 20 a classifier (word and character TF-IDF with a linear model) retrains and picks posts it is least sure of; about a third are drawn at random so the accuracy and the shares below are fair estimates." />
        </h3>
      </header>
      {error && <ErrorBanner error={error} testId="labelling-error" />}
      {!state ? (
        <div className="row">
          <button type="button" className="button" onClick={() => void open()} disabled={busy}>
            Start labelling
          </button>
          {busy && <span className="muted">Preparing the posts…</span>}
        </div>
      ) : (
        <>
          <p className="muted" data-testid="labelling-count">
            {formatInt(given)} labels
            {stats!.fromFile > 0 && ` (${formatInt(stats!.fromFile)} from the file)`} · post{' '}
            {Math.min(index + 1, state.batch.length)} of {state.batch.length} in this batch
          </p>
          {busy ? (
            <p role="status" data-testid="labelling-training">
              Retraining the classifier on your labels…
            </p>
          ) : post ? (
            <div className="stack">
              <blockquote
                className="labelling__post"
                data-testid="labelling-post"
                data-row={post.row}
              >
                {post.text || <em>(empty post)</em>}
              </blockquote>
              <div className="row">
                <button type="button" className="button" onClick={() => void answer('positive')}>
                  1 · Positive
                </button>
                <button type="button" className="button" onClick={() => void answer('neutral')}>
                  2 · Neutral
                </button>
                <button type="button" className="button" onClick={() => void answer('negative')}>
                  3 · Negative
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void answer('skip')}
                >
                  S · Skip
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void undo()}
                  disabled={done.length === 0}
                >
                  U · Undo
                </button>
              </div>
            </div>
          ) : (
            <p className="muted">Every post is labelled or skipped.</p>
          )}
          {stats && <Verdict stats={stats} />}
          {stats?.trained && (
            <fieldset className="row" data-testid="sentiment-source">
              <legend>Charts show</legend>
              <label>
                <input
                  type="radio"
                  name="sentiment-source"
                  checked={stats.source === 'vader'}
                  onChange={() => void setSource('vader')}
                />{' '}
                VADER
              </label>
              <label>
                <input
                  type="radio"
                  name="sentiment-source"
                  checked={stats.source === 'classifier'}
                  onChange={() => void setSource('classifier')}
                />{' '}
                Trained classifier
              </label>
            </fieldset>
          )}
          {stats && (
            <LabellingLanguages
              stats={stats}
              busy={busy}
              onChange={(on) => void setPerLanguage(on)}
            />
          )}
          {stats && <SharesTable stats={stats} />}
          {stats?.sharesByCategory && (
            <GroupSharesTable
              title={`Estimated shares by ${stats.sharesByCategory.column}`}
              shares={stats.sharesByCategory}
              testId="corrected-shares-by-category"
            />
          )}
          {stats?.sharesOverTime && (
            <GroupSharesTable
              title={`Estimated shares per ${stats.sharesOverTime.unit} of ${stats.sharesOverTime.column}`}
              shares={stats.sharesOverTime}
              testId="corrected-shares-over-time"
            />
          )}
          {stats?.shares && (
            <p className="muted" data-testid="shares-method">
              Method: the classifier’s label for every post, corrected by its mistakes on the
              randomly drawn labels (prediction-powered inference), with 95% intervals.
            </p>
          )}
          <div className="row">
            <button type="button" className="button button--small" onClick={() => void exportCsv()}>
              Export labels (CSV)
            </button>
          </div>
        </>
      )}
    </section>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import type {
  AppError,
  DraftPost,
  DraftPrediction,
  EngagementModelInfo,
} from '../../../workers/api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { liveEngagementModel } from '../../engine/engagementTraining.ts';
import { live } from '../../engine/index.ts';
import { liveModel } from '../../engine/models.ts';

/** Now as a datetime-local value (the clock the training times are read in). */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

const OTHER = '\u0000other';

function formatCount(v: number): string {
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);
}

/** A feature's value for the list: one-hot columns read as the category they stand for. */
function featureText(feature: string, value: number): string {
  const eq = feature.indexOf('=');
  if (eq > 0)
    return value === 1
      ? `${feature.slice(0, eq)} is ${feature.slice(eq + 1)}`
      : `${feature.slice(0, eq)} is not ${feature.slice(eq + 1)}`;
  return `${feature} = ${Number.isInteger(value) ? value : value.toFixed(3)}`;
}

function Contributions({ prediction, log1p }: { prediction: DraftPrediction; log1p: boolean }) {
  const max = Math.max(1e-12, ...prediction.contributions.map((c) => Math.abs(c.contribution)));
  return (
    <ul
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.25rem' }}
      data-testid="draft-contributions"
      aria-label="What pushed the prediction up or down"
    >
      {prediction.contributions.map((c) => {
        const up = c.contribution > 0;
        const effect =
          prediction.task === 'classification'
            ? `${up ? '+' : '−'}${Math.abs(c.contribution * 100).toFixed(1)} pts`
            : log1p
              ? `×${Math.exp(c.contribution).toFixed(2)}`
              : `${up ? '+' : '−'}${Math.abs(c.contribution).toFixed(2)}`;
        return (
          <li
            key={c.feature}
            data-direction={up ? 'up' : 'down'}
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(10rem, 18rem) 1fr 5rem',
              gap: '0.5rem',
              alignItems: 'center',
              fontSize: '0.88rem',
            }}
          >
            <span title={c.feature}>{featureText(c.feature, c.value)}</span>
            {/* diverging from the middle: down to the left, up to the right */}
            <span style={{ display: 'grid', gridTemplateColumns: '1fr 1fr' }} aria-hidden="true">
              <span
                style={{
                  display: 'flex',
                  justifyContent: 'flex-end',
                  borderRight: '1px solid var(--muted)',
                }}
              >
                {!up && (
                  <span
                    style={{
                      height: 10,
                      borderRadius: 3,
                      width: `${(100 * Math.abs(c.contribution)) / max}%`,
                      background: 'var(--neg)',
                    }}
                  />
                )}
              </span>
              <span style={{ display: 'flex' }}>
                {up && (
                  <span
                    style={{
                      height: 10,
                      borderRadius: 3,
                      width: `${(100 * c.contribution) / max}%`,
                      background: 'var(--pos)',
                    }}
                  />
                )}
              </span>
            </span>
            <span className="muted" style={{ textAlign: 'right' }}>
              {up ? '▲' : '▼'} {effect}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Type a draft post and see its predicted engagement before publishing: the forest trained in the
 * Engagement view (held by the live worker) gives the number, the spread across its trees, and the
 * features that pushed it up or down. Requests coalesce: at most one in flight.
 */
export function DraftPanel() {
  const id = useId();
  const [info, setInfo] = useState<EngagementModelInfo | null | undefined>(undefined);
  const [infoError, setInfoError] = useState<AppError | null>(null);
  const [draft, setDraft] = useState<DraftPost>({
    text: '',
    hashtags: '',
    time: nowLocal(),
    numbers: {},
    categories: {},
  });
  const [answer, setAnswer] = useState<DraftPrediction | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const inFlight = useRef(false);
  const latest = useRef<DraftPost | null>(null);

  useEffect(() => {
    // the active model's engagement part, once the live worker has loaded it
    void liveModel()
      .then(() => liveEngagementModel())
      .then((r) => {
        if (r.ok) setInfo(r.value);
        else {
          setInfo(null);
          setInfoError(r.error);
        }
      });
  }, []);

  useEffect(() => {
    latest.current = draft;
    if (!info || inFlight.current) return;
    const send = (d: DraftPost) => {
      inFlight.current = true;
      latest.current = null;
      void live('predictDraft', { draft: d }).then((r) => {
        inFlight.current = false;
        if (r.ok) {
          setAnswer(r.value);
          setError(null);
        } else setError(r.error);
        const next = latest.current;
        if (next !== null && next !== d) send(next);
      });
    };
    send(draft);
  }, [draft, info]);

  const f = info?.fields;
  const target = info?.target.expression ?? '';
  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="live-draft">
      <header className="card__header">
        <h3 className="card__title" id={`${id}-title`}>
          Predicted engagement of a draft
          <InfoTip text="The random forest trained in the Engagement view predicts the draft's engagement from what is known before posting. The range is the 10th to 90th percentile of the individual trees' predictions: how much they disagree. Below, the features that pushed this prediction up or down (tree-path contributions, as treeinterpreter computes them)." />
        </h3>
      </header>
      {infoError && <ErrorBanner error={infoError} />}
      {info === undefined && <p className="muted">Looking for a trained model…</p>}
      {info === null && (
        <p className="empty" data-testid="draft-no-model">
          No engagement model yet: train a model in the <a href="#/engagement">Engagement view</a>{' '}
          first.
        </p>
      )}
      {info && f && (
        <>
          <div
            className="engagement-draft-form"
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: '0.75rem 1rem',
              alignItems: 'flex-end',
            }}
          >
            {f.text && (
              <div className="field" style={{ flex: '1 1 100%' }}>
                <label htmlFor={`${id}-text`}>Draft text</label>
                <textarea
                  id={`${id}-text`}
                  rows={3}
                  value={draft.text}
                  onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
                  placeholder="What will you post?"
                  data-testid="draft-text"
                />
              </div>
            )}
            {f.hashtags && (
              <div className="field">
                <label htmlFor={`${id}-tags`}>Hashtags</label>
                <input
                  id={`${id}-tags`}
                  type="text"
                  value={draft.hashtags}
                  onChange={(e) => setDraft((d) => ({ ...d, hashtags: e.target.value }))}
                  placeholder="#travel #food"
                  data-testid="draft-hashtags"
                />
              </div>
            )}
            {f.timestamp && (
              <div className="field">
                <label htmlFor={`${id}-time`}>Posting time</label>
                <input
                  id={`${id}-time`}
                  type="datetime-local"
                  value={draft.time}
                  onChange={(e) => setDraft((d) => ({ ...d, time: e.target.value }))}
                  data-testid="draft-time"
                />
              </div>
            )}
            {f.numeric.map((n) => (
              <div className="field" key={n.name}>
                <label htmlFor={`${id}-n-${n.name}`}>{n.name}</label>
                {n.boolean ? (
                  <select
                    id={`${id}-n-${n.name}`}
                    value={String(draft.numbers?.[n.name] ?? '')}
                    onChange={(e) =>
                      setDraft((d) => ({
                        ...d,
                        numbers: {
                          ...d.numbers,
                          [n.name]: e.target.value === '' ? null : Number(e.target.value),
                        },
                      }))
                    }
                  >
                    <option value="">unknown</option>
                    <option value="1">yes</option>
                    <option value="0">no</option>
                  </select>
                ) : (
                  <input
                    id={`${id}-n-${n.name}`}
                    type="number"
                    min={0}
                    value={draft.numbers?.[n.name] ?? ''}
                    placeholder="unknown"
                    onChange={(e) =>
                      setDraft((d) => ({
                        ...d,
                        numbers: {
                          ...d.numbers,
                          [n.name]: e.target.value === '' ? null : Number(e.target.value),
                        },
                      }))
                    }
                    data-testid={`draft-number-${n.name}`}
                  />
                )}
              </div>
            ))}
            {f.categorical.map((c) => (
              <div className="field" key={c.name}>
                <label htmlFor={`${id}-c-${c.name}`}>{c.name}</label>
                <select
                  id={`${id}-c-${c.name}`}
                  value={draft.categories?.[c.name] ?? ''}
                  onChange={(e) =>
                    setDraft((d) => ({
                      ...d,
                      categories: { ...d.categories, [c.name]: e.target.value },
                    }))
                  }
                  data-testid={`draft-category-${c.name}`}
                >
                  <option value="">unknown</option>
                  {c.levels.map((l) => (
                    <option key={l} value={l}>
                      {l === '__missing__' ? '(missing)' : l}
                    </option>
                  ))}
                  <option value={OTHER}>another value</option>
                </select>
              </div>
            ))}
          </div>
          {error && <ErrorBanner error={error} />}
          {answer && (
            <div className="stack" style={{ gap: '0.6rem' }}>
              <div className="kpis">
                <div className="kpi">
                  <div className="kpi__value" data-testid="draft-prediction">
                    {answer.task === 'classification'
                      ? `${(answer.value * 100).toFixed(0)} %`
                      : formatCount(answer.value)}
                  </div>
                  <div className="kpi__label">
                    {answer.task === 'classification'
                      ? `chance of more than ${info.threshold ?? ''} ${target}`
                      : `predicted ${target}`}
                  </div>
                </div>
                {answer.low !== null && answer.high !== null && (
                  <div
                    className="kpi"
                    title="The 10th and 90th percentile of the individual trees' predictions: how much they disagree about this draft."
                  >
                    <div className="kpi__value" data-testid="draft-spread">
                      {formatCount(answer.low)} – {formatCount(answer.high)}
                    </div>
                    <div className="kpi__label">10th–90th percentile across {info.trees} trees</div>
                  </div>
                )}
              </div>
              <p className="muted" style={{ margin: 0 }}>
                {answer.task === 'classification'
                  ? 'What pushed the probability up (▲) or down (▼), in percentage points:'
                  : info.target.log1p
                    ? `What pushed it up (▲) or down (▼), as factors on 1 + ${target} (the model learned log(1 + ${target})):`
                    : 'What pushed it up (▲) or down (▼):'}
              </p>
              <Contributions prediction={answer} log1p={info.target.log1p} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

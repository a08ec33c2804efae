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
import { columnWords, featureLabel } from '../../shared/featureNames.ts';
import { formatCount, formatPlain } from '../../shared/format.ts';

/** Now as a datetime-local value (the clock the training times are read in). */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

const OTHER = '\u0000other';

/** A legend swatch the size of the drivers' bars. */
const SWATCH = {
  display: 'inline-block',
  width: '0.9rem',
  height: 10,
  borderRadius: 3,
  verticalAlign: 'middle',
} as const;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A driver as people say it: "followers 25,000", "platform: TikTok", "not on platform: TikTok",
 * "hour of posting 20:00" (the typed value for a log1p'd column; one-hot columns as their category).
 */
export function driverText(feature: string, value: number, typed?: number | null): string {
  const label = featureLabel(feature);
  if (feature.includes('=')) return value === 1 ? label : `not ${label}`;
  if (feature === 'hour') return `${label} ${String(Math.round(value)).padStart(2, '0')}:00`;
  if (feature === 'day_of_week') return `${label}: ${DAYS[Math.round(value)] ?? value}`;
  const shown =
    typed !== undefined && typed !== null
      ? typed
      : feature.startsWith('log1p_')
        ? Math.expm1(value)
        : value;
  return `${label} ${formatPlain(shown, Math.abs(shown) >= 10 ? 0 : 2)}`;
}

/**
 * What a driver changed, in the target's units: for a log1p model the prediction with and without
 * its push (expm1(learned) − expm1(learned − push)); a probability in percentage points.
 */
export function driverEffect(
  prediction: Pick<DraftPrediction, 'task' | 'learned'>,
  contribution: number,
  log1p: boolean,
  unit: string,
): string {
  const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '');
  if (prediction.task === 'classification')
    return `${sign(contribution)}${formatPlain(Math.abs(contribution * 100), 1)} points of chance`;
  const change = log1p
    ? Math.expm1(prediction.learned) - Math.expm1(prediction.learned - contribution)
    : contribution;
  return `${sign(change)}${formatCount(Math.abs(change))} ${unit}`;
}

function Contributions({
  prediction,
  log1p,
  unit,
  numbers,
}: {
  prediction: DraftPrediction;
  log1p: boolean;
  unit: string;
  numbers: DraftPost['numbers'];
}) {
  const max = Math.max(1e-12, ...prediction.contributions.map((c) => Math.abs(c.contribution)));
  return (
    <ul
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.25rem' }}
      data-testid="draft-contributions"
      aria-label="What pushed the prediction up or down"
    >
      {prediction.contributions.map((c) => {
        const up = c.contribution > 0;
        const effect = driverEffect(prediction, c.contribution, log1p, unit);
        const column = c.feature.replace(/^log1p_/, '');
        return (
          <li
            key={c.feature}
            data-direction={up ? 'up' : 'down'}
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(8rem, 16rem) 1fr minmax(5rem, auto)',
              gap: '0.5rem',
              alignItems: 'center',
              fontSize: '0.88rem',
            }}
          >
            <span title={c.feature}>{driverText(c.feature, c.value, numbers?.[column])}</span>
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
            <span className="muted" style={{ textAlign: 'right' }} data-testid="driver-effect">
              {effect}
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
  // a prediction for an older draft is on show while the latest one is being predicted
  const [pending, setPending] = useState(false);
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

  // an empty draft predicts nothing: the model would only answer with its average
  const empty = (draft.text ?? '').trim() === '' && (draft.hashtags ?? '').trim() === '';
  useEffect(() => {
    latest.current = draft;
    if (!info || empty) return;
    setPending(true);
    if (inFlight.current) return;
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
        else setPending(false);
      });
    };
    send(draft);
  }, [draft, info, empty]);

  const f = info?.fields;
  const target = info?.target.expression ?? '';
  const unit =
    info && info.target.columns.length === 1
      ? columnWords(info.target.columns[0]!)
      : `points of ${target.replace(/"/g, '')}`;
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
          {empty && (
            <p className="muted" data-testid="draft-empty">
              Type a post to see a prediction.
            </p>
          )}
          {answer && !empty && (
            <div
              className="stack"
              style={{ gap: '0.6rem' }}
              aria-busy={pending}
              data-testid="draft-result"
            >
              <div className="kpis">
                <div className="kpi">
                  <div className="kpi__value" data-testid="draft-prediction">
                    {answer.task === 'classification'
                      ? `${(answer.value * 100).toFixed(0)} %`
                      : formatCount(answer.value)}
                  </div>
                  <div className="kpi__label">
                    {answer.task === 'classification'
                      ? `chance of more than ${formatCount(info.threshold ?? 0)} ${unit}`
                      : `predicted ${unit}`}
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
                  ? 'What moved the chance most:'
                  : `What moved the prediction most, in ${unit}:`}
              </p>
              <div
                className="row muted"
                style={{ fontSize: '0.82rem' }}
                aria-label="Colours of the drivers"
                data-testid="draft-legend"
              >
                <span>
                  <span style={{ ...SWATCH, background: 'var(--pos)' }} /> pushed it up
                </span>
                <span>
                  <span style={{ ...SWATCH, background: 'var(--neg)' }} /> pushed it down
                </span>
              </div>
              <Contributions
                prediction={answer}
                log1p={info.target.log1p}
                unit={unit}
                numbers={draft.numbers}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { formatInt } from '../../shared/format.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import type {
  AppError,
  ColumnSpec,
  PreprocessingFit,
  PreprocessSpec,
} from '../../../workers/api.ts';

const NUMERIC_MISSING = ['median', 'mean', 'mode', 'constant', 'drop'] as const;
const CATEGORICAL_MISSING = ['category', 'mode', 'constant', 'drop'] as const;
const MISSING_LABEL: Record<string, string> = {
  median: 'fill with median',
  mean: 'fill with mean',
  mode: 'fill with most frequent',
  constant: 'fill with a constant',
  drop: 'drop the row',
  category: 'a "missing" category',
  empty: 'keep as no hashtags',
};

function ColumnControls({
  spec,
  onChange,
}: {
  spec: ColumnSpec;
  onChange: (s: ColumnSpec) => void;
}) {
  const id = `pp-${spec.name}`;
  switch (spec.kind) {
    case 'numeric':
      return (
        <div className="row">
          <select
            aria-label={`Missing values in ${spec.name}`}
            value={spec.missing ?? 'median'}
            onChange={(e) =>
              onChange({
                ...spec,
                missing: e.target.value as (typeof NUMERIC_MISSING)[number],
                ...(e.target.value === 'constant' ? { fillValue: spec.fillValue ?? 0 } : {}),
              })
            }
          >
            {NUMERIC_MISSING.map((m) => (
              <option key={m} value={m}>
                {MISSING_LABEL[m]}
              </option>
            ))}
          </select>
          {spec.missing === 'constant' && (
            <input
              type="number"
              aria-label={`Constant for ${spec.name}`}
              value={spec.fillValue ?? 0}
              onChange={(e) => onChange({ ...spec, fillValue: Number(e.target.value) })}
              style={{ width: '6rem' }}
            />
          )}
          <label>
            <input
              type="checkbox"
              checked={spec.log1p ?? false}
              onChange={(e) => onChange({ ...spec, log1p: e.target.checked })}
            />{' '}
            log1p
          </label>
          <select
            aria-label={`Scaling of ${spec.name}`}
            value={spec.scale ?? 'none'}
            onChange={(e) =>
              onChange({ ...spec, scale: e.target.value as NonNullable<typeof spec.scale> })
            }
          >
            <option value="none">no scaling</option>
            <option value="zscore">z-score</option>
            <option value="minmax">min-max</option>
            <option value="robust">robust (median, IQR)</option>
          </select>
        </div>
      );
    case 'categorical':
      return (
        <div className="row">
          <select
            aria-label={`Missing values in ${spec.name}`}
            value={spec.missing ?? 'category'}
            onChange={(e) =>
              onChange({
                ...spec,
                missing: e.target.value as (typeof CATEGORICAL_MISSING)[number],
                ...(e.target.value === 'constant'
                  ? { fillValue: spec.fillValue ?? 'unknown' }
                  : {}),
              })
            }
          >
            {CATEGORICAL_MISSING.map((m) => (
              <option key={m} value={m}>
                {MISSING_LABEL[m]}
              </option>
            ))}
          </select>
          {spec.missing === 'constant' && (
            <input
              type="text"
              aria-label={`Constant for ${spec.name}`}
              value={spec.fillValue ?? ''}
              onChange={(e) => onChange({ ...spec, fillValue: e.target.value })}
              style={{ width: '7rem' }}
            />
          )}
          <select
            aria-label={`Encoding of ${spec.name}`}
            value={spec.encoding ?? 'onehot'}
            onChange={(e) =>
              onChange({ ...spec, encoding: e.target.value as 'onehot' | 'ordinal' })
            }
          >
            <option value="onehot">one-hot</option>
            <option value="ordinal">ordinal</option>
          </select>
          <label htmlFor={`${id}-top`}>top</label>
          <input
            id={`${id}-top`}
            type="number"
            min={1}
            max={500}
            value={spec.topN ?? 10}
            onChange={(e) =>
              onChange({ ...spec, topN: Math.max(1, Math.round(Number(e.target.value) || 1)) })
            }
            style={{ width: '5rem' }}
          />
          <span className="muted">+ other</span>
        </div>
      );
    case 'text':
      return (
        <span className="muted">
          lowercase, URLs and mentions removed, HTML entities decoded, stopwords removed; hashtags,
          emoji and contractions kept whole
        </span>
      );
    case 'hashtags':
      return (
        <span className="muted">
          case-folded, # stripped; posts without hashtags keep an empty list
        </span>
      );
  }
}

/** Per column: how missing values are handled, and how categories and numbers are encoded and scaled. */
export function PreprocessingCard() {
  const { profile, setProfile, version } = useDataset();
  const [draft, setDraft] = useState<PreprocessSpec | null>(null);
  const [fit, setFit] = useState<PreprocessingFit | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  // What each column learnt from the data; applying new choices answers with the new fit.
  useWorkerAnswer(version, () => analysis('preprocessingFit', {}), {
    onAnswer: (r) => (r.ok ? setFit(r.value) : setError(r.error)),
  });

  if (!profile) return null;
  const spec = draft ?? profile.preprocessing;
  const fitted = new Map((fit?.columns ?? []).map((c) => [c.name, c]));
  const update = (i: number, c: ColumnSpec) =>
    setDraft({ ...spec, columns: spec.columns.map((x, j) => (j === i ? c : x)) });

  const apply = async () => {
    setSaving(true);
    const r = await analysis('setPreprocessing', { spec });
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setDraft(null);
    setFit(r.value.fit);
    setProfile(r.value.profile);
  };

  return (
    <section className="card card--wide" aria-labelledby="pp-title" data-testid="preprocessing">
      <header className="card__header">
        <h3 className="card__title" id="pp-title">
          Preprocessing
          <InfoTip text="How each column is prepared before a model uses it. The choices are stored with the dataset and saved inside trained models, so text you type later is prepared the same way." />
        </h3>
        <div className="card__actions">
          {draft && (
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Discard
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={!draft || saving}
            onClick={() => void apply()}
            data-testid="apply-preprocessing"
          >
            {saving ? 'Checking…' : 'Apply'}
          </button>
        </div>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {fit && (
        <p className="muted" data-testid="preprocessing-rows">
          {formatInt(fit.rows - fit.droppedRows)} of {formatInt(fit.rows)} rows kept
          {fit.droppedRows > 0 ? ` (${formatInt(fit.droppedRows)} dropped for missing values)` : ''}
          .
        </p>
      )}
      {spec.columns.length === 0 ? (
        <p className="empty">No column needs preprocessing with the current roles.</p>
      ) : (
        <table className="simple">
          <thead>
            <tr>
              <th>Column</th>
              <th>As</th>
              <th>Choices</th>
              <th>Learned from the data</th>
            </tr>
          </thead>
          <tbody>
            {spec.columns.map((c, i) => {
              const f = fitted.get(c.name);
              return (
                <tr key={c.name} data-testid={`pp-${c.name}`}>
                  <th scope="row">{c.name}</th>
                  <td>{c.kind}</td>
                  <td>
                    <ColumnControls spec={c} onChange={(s) => update(i, s)} />
                  </td>
                  <td className="samples">
                    {f?.fill != null && c.kind !== 'text' && `fill ${f.fill}`}
                    {f?.levels &&
                      ` ${f.levels.length} levels: ${f.levels.slice(0, 5).join(', ')}${f.levels.length > 5 ? ', …' : ''}`}
                    {f?.scaler && ` ${f.scaler}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

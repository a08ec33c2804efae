import { useId, type ReactNode } from 'react';
import type { TopicsSettings } from '../../../workers/api.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

export interface TopicsSettingsFormProps {
  settings: TopicsSettings;
  onChange: (s: TopicsSettings) => void;
  onRun: () => void;
  running: boolean;
  /** Distinct terms of the current documents, when known (for "vocabulary N → at most M"). */
  distinctTerms: number | null;
}

function NumberField({
  label,
  info,
  value,
  onChange,
  min,
  max,
  step,
  testId,
  placeholder,
}: {
  label: string;
  info: string;
  value: number | null;
  onChange: (v: number | null) => void;
  min: number;
  max?: number;
  step?: number;
  testId: string;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <span className="row" style={{ gap: '0.3rem' }}>
        <label htmlFor={id}>{label}</label>
        <InfoTip text={info} />
      </span>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step ?? 1}
        value={value ?? ''}
        placeholder={placeholder}
        style={{ width: '7.5rem' }}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        data-testid={testId}
      />
    </div>
  );
}

/** The analysis settings, all visible and editable, with the Run button. */
export function TopicsSettingsForm({
  settings,
  onChange,
  onRun,
  running,
  distinctTerms,
}: TopicsSettingsFormProps) {
  const set =
    <K extends keyof TopicsSettings>(key: K) =>
    (v: number | null) =>
      onChange({ ...settings, [key]: key === 'maxFeatures' ? v : (v ?? NaN) });
  const cap = settings.maxFeatures;
  let vocabulary: ReactNode = null;
  if (distinctTerms !== null) {
    vocabulary = (
      <p className="muted" data-testid="vocabulary-preview">
        {distinctTerms.toLocaleString('en-US')} distinct{' '}
        {settings.terms === 'hashtags' ? 'hashtags' : 'terms'}
        {cap !== null && distinctTerms > cap
          ? `: the cap keeps the ${cap.toLocaleString('en-US')} most used`
          : ''}
        {settings.minDf > 1 || settings.maxDf < 1
          ? ', fewer after the document-frequency limits'
          : ''}
        .
      </p>
    );
  }
  return (
    <form
      className="card"
      aria-label="Topic analysis settings"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
      data-testid="topics-settings"
    >
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <NumberField
          label="k from"
          info="Smallest number of clusters tried. At least 2."
          value={settings.kMin}
          onChange={set('kMin')}
          min={2}
          max={50}
          testId="k-min"
        />
        <NumberField
          label="k to"
          info="Largest number of clusters tried (at most 50; capped at the number of distinct documents)."
          value={settings.kMax}
          onChange={set('kMax')}
          min={2}
          max={50}
          testId="k-max"
        />
        <NumberField
          label="Seed"
          info="Seed of the k-means++ starts and of the samples: the same seed gives the same clusters (0 is scikit-learn's random_state=0)."
          value={settings.seed}
          onChange={set('seed')}
          min={0}
          testId="seed"
        />
        <NumberField
          label="Restarts"
          info="K-means runs per k from different starts; the best (lowest inertia) is kept. scikit-learn's n_init is 10."
          value={settings.nInit}
          onChange={set('nInit')}
          min={1}
          max={50}
          testId="n-init"
        />
        <NumberField
          label="Min documents"
          info="Keep terms used by at least this many posts (min_df). 1 keeps all; 2 drops terms used once."
          value={settings.minDf}
          onChange={set('minDf')}
          min={1}
          testId="min-df"
        />
        <NumberField
          label="Max document share"
          info="Drop terms used by more than this share of posts (max_df), e.g. 0.5. 1 keeps all."
          value={settings.maxDf}
          onChange={set('maxDf')}
          min={0.01}
          max={1}
          step={0.01}
          testId="max-df"
        />
        <NumberField
          label="Max terms"
          info="Keep at most this many terms, the most used (max_features). Cluster centres have one weight per term, so this bounds memory. Empty: no cap."
          value={settings.maxFeatures}
          onChange={set('maxFeatures')}
          min={1}
          placeholder="no cap"
          testId="max-features"
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={running}
          data-testid="run-topics"
        >
          {running ? 'Running…' : 'Run analysis'}
        </button>
      </div>
      {vocabulary}
    </form>
  );
}

import { useId, useState } from 'react';
import type { AppError, ModelRecord, ModelsList } from '../../../workers/api.ts';
import { formatBytes } from '../../shared/format.ts';
import { saveBlob } from '../../components/ChartExport.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';
import { activateModel, addDefaultModel, deleteModel } from '../../engine/models.ts';
import { metricLines, PART_NAMES } from './modelText.ts';

const ORIGIN: Readonly<Record<ModelRecord['origin'], string>> = {
  trained: 'trained here',
  imported: 'imported',
  default: 'default',
};

function RenameForm({
  model,
  onDone,
}: {
  model: ModelRecord;
  onDone: (error: AppError | null) => void;
}) {
  const [name, setName] = useState(model.name);
  const id = useId();
  return (
    <form
      className="row"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await analysis('modelsRename', { id: model.id, name });
        onDone(r.ok ? null : r.error);
      }}
    >
      <label htmlFor={id} className="muted">
        New name
      </label>
      <input
        id={id}
        type="text"
        value={name}
        maxLength={120}
        onChange={(e) => setName(e.target.value)}
        autoFocus
        data-testid="model-rename-input"
      />
      <button type="submit" className="button button--small button--primary">
        Save
      </button>
      <button type="button" className="button button--small" onClick={() => onDone(null)}>
        Cancel
      </button>
    </form>
  );
}

/** The saved models: which one is active, their parts and metrics; rename, export, delete. */
export function ModelList({
  list,
  refresh,
}: {
  list: ModelsList | null;
  refresh: () => Promise<void>;
}) {
  const [error, setError] = useState<AppError | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (job: () => Promise<{ ok: true } | { ok: false; error: AppError }>) => {
    setBusy(true);
    const r = await job();
    setBusy(false);
    setError(r.ok ? null : r.error);
    await refresh();
  };
  const models = list?.models ?? [];
  return (
    <section
      className="card card--wide stack"
      aria-labelledby="models-list-title"
      data-testid="models-list"
    >
      <header className="card__header">
        <h3 className="card__title" id="models-list-title">
          Saved models
          <InfoTip text="Each training (a sentiment classifier, a topic analysis, an engagement model) saves its part into its dataset's model, which becomes active. The active model scores the Live tab and the files you score below. Models stay in this browser until you delete them; export one to keep or share it." />
        </h3>
        {list?.defaultAvailable && (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void act(addDefaultModel)}
            data-testid="add-default-model"
            title="A model trained on the bundled sample posts: live scoring without a dataset."
          >
            Add the default model
          </button>
        )}
      </header>
      {error && (
        <ErrorBanner error={error} onDismiss={() => setError(null)} testId="models-error" />
      )}
      {list && models.length === 0 && (
        <p className="empty" data-testid="models-empty">
          No saved models yet: train one (Sentiment, Topics or Engagement view), import a bundle
          below, or add the default model.
        </p>
      )}
      {models.length > 0 && (
        <table className="simple table--stack">
          <thead>
            <tr>
              <th scope="col">Active</th>
              <th scope="col">Name</th>
              <th scope="col">Parts and metrics</th>
              <th scope="col">Trained on</th>
              <th scope="col">Saved</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => {
              const active = m.id === list?.activeId;
              return (
                <tr key={m.id} data-testid="model-row" data-model-id={m.id} data-active={active}>
                  <td data-label="Active">
                    <label className="touch-label">
                      <input
                        type="radio"
                        name="active-model"
                        checked={active}
                        disabled={busy}
                        aria-label={`Use ${m.name} for live and file scoring`}
                        onChange={() => void act(() => activateModel(m.id))}
                        data-testid="model-active"
                      />
                    </label>
                  </td>
                  <td data-label="Name">
                    {renaming === m.id ? (
                      <RenameForm
                        model={m}
                        onDone={(e) => {
                          setRenaming(null);
                          setError(e);
                          void refresh();
                        }}
                      />
                    ) : (
                      <>
                        <strong data-testid="model-name">{m.name}</strong>{' '}
                        <span className="pill">{ORIGIN[m.origin]}</span>
                      </>
                    )}
                  </td>
                  <td data-label="Parts and metrics">
                    <div className="row" style={{ gap: '0.25rem' }} data-testid="model-parts">
                      {m.summary.parts.map((p) => (
                        <span key={p} className="pill pill--neutral">
                          {PART_NAMES[p]}
                        </span>
                      ))}
                    </div>
                    {metricLines(m.summary).map((line) => (
                      <div key={line} className="muted" style={{ fontSize: '0.85rem' }}>
                        {line}
                      </div>
                    ))}
                  </td>
                  <td data-label="Trained on">
                    {m.summary.dataset || '—'}
                    {m.summary.rows > 0 && (
                      <div className="muted">{m.summary.rows.toLocaleString('en-US')} rows</div>
                    )}
                  </td>
                  <td data-label="Saved">{new Date(m.updatedAt).toLocaleString()}</td>
                  <td data-label="Size" className="num">
                    {formatBytes(m.bytes)}
                  </td>
                  <td data-label="Actions">
                    <div className="row" style={{ gap: '0.25rem', flexWrap: 'nowrap' }}>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        onClick={() => setRenaming(m.id)}
                        aria-label={`Rename ${m.name}`}
                        data-testid="model-rename"
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        aria-label={`Export ${m.name} as JSON`}
                        title="Download the bundle (JSON): import it in another browser, or score files with `npm run cli -- score`."
                        data-testid="model-export"
                        onClick={() =>
                          void act(async () => {
                            const r = await analysis('modelsExport', { id: m.id });
                            if (r.ok) saveBlob(r.value.blob, r.value.fileName);
                            return r;
                          })
                        }
                      >
                        Export
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        disabled={busy}
                        aria-label={`Delete ${m.name}`}
                        data-testid="model-delete"
                        onClick={() => {
                          if (
                            window.confirm(
                              `Delete the model "${m.name}" from this browser?${active ? ' It is the active model: live scoring will have none until you pick another.' : ''}`,
                            )
                          )
                            void act(() => deleteModel(m.id));
                        }}
                      >
                        Delete
                      </button>
                    </div>
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

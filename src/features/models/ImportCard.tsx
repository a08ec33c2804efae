import { useState } from 'react';
import type { AppError, ImportedModel } from '../../../workers/api.ts';
import { Dropzone } from '../../components/Dropzone.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { importModel } from '../../engine/models.ts';

/** Import a bundle exported by Murmur (picker or drag and drop): checked in full before anything is stored. */
export function ImportCard({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<{
    busy: boolean;
    error: AppError | null;
    done: ImportedModel | null;
    file: string | null;
  }>({ busy: false, error: null, done: null, file: null });
  const onFile = async (file: File) => {
    setState({ busy: true, error: null, done: null, file: file.name });
    const r = await importModel(file);
    setState({
      busy: false,
      error: r.ok ? null : r.error,
      done: r.ok ? r.value : null,
      file: file.name,
    });
    if (r.ok) onImported();
  };
  return (
    <section className="card stack" aria-labelledby="import-model-title" data-testid="import-model">
      <header className="card__header">
        <h3 className="card__title" id="import-model-title">
          Import a model
          <InfoTip text="A bundle (JSON) exported from Murmur's Models view or written by `murmur train --save`. Its SHA-256 checksum must match (a file changed or damaged after export is refused) and every field is checked (types, array lengths, value ranges, that the features line up) before anything is stored; a file over 200 MB is refused unread. The imported model becomes active." />
        </h3>
      </header>
      <Dropzone
        onFile={(f) => void onFile(f)}
        accept=".json,application/json"
        label="Choose a model file (.json)"
        hint="…or drop it here."
        disabled={state.busy}
        testId="import-model-drop"
        compact
      />
      {state.busy && <p className="muted">Checking {state.file}…</p>}
      {state.error && (
        <ErrorBanner
          error={state.error}
          testId="import-model-error"
          onDismiss={() => setState((s) => ({ ...s, error: null }))}
        />
      )}
      {state.done && (
        <p className="banner banner--info" role="status" data-testid="import-model-ok">
          Imported “{state.done.record.name}” ({state.done.record.summary.parts.join(', ')})
          {state.done.upgraded ? `, updated from schema version ${state.done.migratedFrom}` : ''}.
          It is now the active model.
          {state.done.notes.map((note) => (
            <span key={note} className="import-note" data-testid="import-model-note">
              {' '}
              {note}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

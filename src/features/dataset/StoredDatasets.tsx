import { useCallback, useEffect, useState } from 'react';
import { formatBytes, formatInt } from '../../shared/format.ts';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import type { AppError, DatasetMeta } from '../../../workers/api.ts';

/** Datasets kept in this browser, with their size; open one or delete it. */
export function StoredDatasets() {
  const { profile, setProfile } = useDataset();
  const [list, setList] = useState<readonly DatasetMeta[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const refresh = useCallback(async () => {
    const r = await analysis('listDatasets', {});
    if (r.ok) setList(r.value);
    else setError(r.error);
  }, []);
  const activeId = profile?.meta.id;
  useEffect(() => {
    void refresh();
  }, [refresh, activeId]);

  return (
    <section
      className="card card--wide"
      aria-labelledby="stored-title"
      data-testid="stored-datasets"
    >
      <header className="card__header">
        <h3 className="card__title" id="stored-title">
          Datasets in this browser
        </h3>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {list.length === 0 ? (
        <p className="empty">None stored yet.</p>
      ) : (
        <table className="simple">
          <thead>
            <tr>
              <th>Name</th>
              <th className="num">Rows</th>
              <th className="num">Size</th>
              <th>Imported</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.name}
                  {d.id === activeId && <span className="pill"> active</span>}
                  {!d.stored && <span className="pill pill--negative"> not saved</span>}
                </td>
                <td className="num">{formatInt(d.rows)}</td>
                <td className="num">{formatBytes(d.bytes)}</td>
                <td>{new Date(d.importedAt).toLocaleString()}</td>
                <td className="row">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={d.id === activeId}
                    onClick={async () => {
                      const r = await analysis('openDataset', { id: d.id });
                      if (r.ok) setProfile(r.value);
                      else setError(r.error);
                    }}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={`Delete ${d.name}`}
                    onClick={async () => {
                      if (
                        !window.confirm(
                          `Delete "${d.name}" from this browser? The file on your disk is not touched.`,
                        )
                      )
                        return;
                      const r = await analysis('deleteDataset', { id: d.id });
                      if (!r.ok) return setError(r.error);
                      if (d.id === activeId) setProfile(null);
                      await refresh();
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

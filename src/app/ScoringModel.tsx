import { useCallback, useEffect, useState } from 'react';
import type { ModelsList } from '../../workers/api.ts';
import { analysis } from '../engine/index.ts';
import { activateModel, listModels, onModelsChanged } from '../engine/models.ts';
import { useDataset } from '../shared/DatasetProvider.tsx';
import { useWorkerAnswer } from '../shared/useWorkerAnswer.ts';
import { keepModel, keptModelIds, scoringModelLine } from './scoringModel.ts';

/**
 * The header says which model scores. A model belongs to the dataset it was trained on: opening a
 * dataset with its own model switches to it (the analysis worker does); one trained on another
 * dataset is named as such, with the choice to keep it or stop using it. "Keep it" is kept with the
 * dataset (its settings in IndexedDB), so the question does not come back after a reload.
 */
export function ScoringModel() {
  const { profile } = useDataset();
  const [list, setList] = useState<ModelsList | null>(null);
  const datasetId = profile?.meta.id ?? null;
  // what was kept on this dataset in an earlier visit, and what was kept since
  const stored = useWorkerAnswer(`${datasetId}:scoring`, () => analysis('viewSettings', {}), {
    enabled: datasetId !== null,
  });
  const [keptNow, setKeptNow] = useState<{ datasetId: string; section: unknown } | null>(null);
  const refresh = useCallback(() => {
    void listModels().then((r) => r.ok && setList(r.value));
  }, []);
  useEffect(() => {
    refresh();
    return onModelsChanged((m) => m.type === 'changed' && refresh());
  }, [refresh, datasetId]);
  const record = list?.models.find((m) => m.id === list.activeId) ?? null;
  // nothing until the registry answered, so the header does not flash "no model"
  if (!list) return null;
  const line = scoringModelLine(record, datasetId);
  const section =
    keptNow && keptNow.datasetId === datasetId ? keptNow.section : stored.value?.scoring;
  // asked only once the kept choice is known, so a kept model's question does not flash
  const ask =
    line.foreign && stored.ready && record !== null && !keptModelIds(section).includes(record.id);
  const keep = () => {
    if (!record || datasetId === null) return;
    const next = keepModel(section, record.id);
    setKeptNow({ datasetId, section: next });
    void analysis('saveViewSettings', { section: 'scoring', value: next });
  };
  return (
    <p className="topbar__model muted" data-testid="scoring-model" role="status">
      <span>{line.text}</span>
      {ask && (
        <>
          <span data-testid="scoring-model-foreign"> · not this dataset: keep using it?</span>
          <button type="button" className="button button--small" onClick={keep}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void activateModel(null).then(refresh)}
          >
            Stop using it
          </button>
        </>
      )}
    </p>
  );
}

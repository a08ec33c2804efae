import { useCallback, useEffect, useState } from 'react';
import type { ModelsList } from '../../workers/api.ts';
import { activateModel, listModels, onModelsChanged } from '../engine/models.ts';
import { useDataset } from '../shared/DatasetProvider.tsx';
import { scoringModelLine } from './scoringModel.ts';

/**
 * The header says which model scores. A model belongs to the dataset it was trained on: opening a
 * dataset with its own model switches to it (the analysis worker does); one trained on another
 * dataset is named as such, with the choice to keep it or stop using it.
 */
export function ScoringModel() {
  const { profile } = useDataset();
  const [list, setList] = useState<ModelsList | null>(null);
  // the dataset for which the person chose to keep a model trained elsewhere
  const [kept, setKept] = useState<string | null>(null);
  const refresh = useCallback(() => {
    void listModels().then((r) => r.ok && setList(r.value));
  }, []);
  const datasetId = profile?.meta.id ?? null;
  useEffect(() => {
    refresh();
    return onModelsChanged((m) => m.type === 'changed' && refresh());
  }, [refresh, datasetId]);
  const record = list?.models.find((m) => m.id === list.activeId) ?? null;
  // nothing until the registry answered, so the header does not flash "no model"
  if (!list) return null;
  const line = scoringModelLine(record, datasetId);
  const ask = line.foreign && kept !== `${datasetId}:${record?.id}`;
  return (
    <p className="topbar__model muted" data-testid="scoring-model" role="status">
      <span>{line.text}</span>
      {ask && (
        <>
          <span data-testid="scoring-model-foreign"> · not this dataset: keep using it?</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => setKept(`${datasetId}:${record?.id}`)}
          >
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

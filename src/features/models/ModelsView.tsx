import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { ImportCard } from './ImportCard.tsx';
import { ModelList } from './ModelList.tsx';
import { ReportCard } from './ReportCard.tsx';
import { ScoreFileCard } from './ScoreFileCard.tsx';
import { useModels } from './useModels.ts';

/** Saved models: the registry, import and export, scoring a whole file, and the analysis report. */
export default function ModelsView() {
  const { list, error, refresh } = useModels();
  const active = list?.models.find((m) => m.id === list.activeId) ?? null;
  const autosave = list?.lastAutosave;
  return (
    <div className="stack">
      <h2 id="models-title" style={{ margin: 0 }}>
        Models
        <InfoTip text="Trained models last here: one bundle per dataset holds its sentiment settings and classifier, its topic model and its engagement model. Use one for the Live tab and to score new files, or export it as JSON." />
      </h2>
      {error && <ErrorBanner error={error} />}
      {autosave?.error && (
        <ErrorBanner
          error={{
            ...autosave.error,
            message: `The last ${autosave.part} training was not saved: ${autosave.error.message}`,
          }}
          testId="autosave-error"
        />
      )}
      <ModelList list={list} refresh={refresh} />
      <div className="grid">
        <ScoreFileCard activeName={active?.name ?? null} />
        <ImportCard onImported={() => void refresh()} />
        <ReportCard />
      </div>
    </div>
  );
}

import { useCallback, useState } from 'react';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { formatBytes, formatInt } from '../../shared/format.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { languageList, useLanguageFilter } from '../../shared/languageFilter.ts';
import { Staged } from '../../shared/Staged.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorBanner, WarningList } from '../../components/ErrorBanner.tsx';
import { analysis } from '../../engine/index.ts';
import type { AppError, RoleMapping } from '../../../workers/api.ts';
import { ColumnSummaries } from './ColumnSummaries.tsx';
import { CorrelationCard } from './CorrelationCard.tsx';
import { DuplicatesCard } from './DuplicatesCard.tsx';
import { MappingEditor } from './MappingEditor.tsx';
import { MissingChart } from './MissingChart.tsx';
import { OverviewCard } from './OverviewCard.tsx';
import { PreprocessingCard } from './PreprocessingCard.tsx';
import { StoredDatasets } from './StoredDatasets.tsx';
import { ValueNotes } from './ValueNotes.tsx';

const DELIMITER_NAME: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** The preview's column of detected languages (not a column of the file). */
const LANGUAGE_HEADER = 'language (detected)';

export default function DatasetView() {
  const { profile, setProfile, version } = useDataset();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // The column summaries, asked again whenever the dataset or its roles change.
  const { value: summary, error: summaryError } = useWorkerAnswer(version, () =>
    analysis('datasetSummary', {}),
  );

  // the page's language filter: the preview shows only the chosen languages' rows
  const { facet, revision } = useLanguageFilter();
  // once languages are read, each row's language is a column of the preview
  const withLanguage = facet !== null;
  const loadRows = useCallback(
    async (offset: number, limit: number) => {
      const r = await analysis('getRows', { offset, limit });
      if (!r.ok) return [];
      const languages = r.value.rowLanguages;
      return withLanguage && languages
        ? r.value.rows.map((row, i) => [...row, languages[i]!])
        : r.value.rows;
    },
    [withLanguage],
  );

  if (!profile) return null;
  const { meta, schema } = profile;
  const chosen = facet?.chosen ?? [];
  const shownRows =
    chosen.length === 0
      ? meta.rows
      : (facet?.languages ?? [])
          .filter((l) => chosen.includes(l.language))
          .reduce((n, l) => n + l.posts, 0);

  const saveMapping = async (mapping: RoleMapping) => {
    setSaving(true);
    const r = await analysis('setMapping', { mapping });
    setSaving(false);
    if (r.ok) setProfile(r.value);
    else setError(r.error);
  };

  const switchDateOrder = async (column: string, order: 'dmy' | 'mdy') => {
    setSaving(true);
    const r = await analysis('setDateOrder', { column, order });
    setSaving(false);
    if (r.ok) setProfile(r.value);
    else setError(r.error);
  };

  return (
    <div className="stack">
      <section aria-labelledby="dataset-title">
        <h2 id="dataset-title">{meta.name}</h2>
        <dl className="facts" data-testid="dataset-facts">
          <dt>File</dt>
          <dd>
            {meta.fileName} ({formatBytes(meta.bytes)})
          </dd>
          <dt>Rows</dt>
          <dd data-testid="dataset-rows">{formatInt(meta.rows)}</dd>
          <dt>Columns</dt>
          <dd>{meta.columns}</dd>
          {meta.format === 'parquet' ? (
            <>
              <dt>Format</dt>
              <dd data-testid="dataset-format">Parquet</dd>
            </>
          ) : (
            <>
              <dt>Separator</dt>
              <dd data-testid="dataset-delimiter">
                {DELIMITER_NAME[meta.delimiter] ?? meta.delimiter}
              </dd>
              <dt>Encoding</dt>
              <dd data-testid="dataset-encoding">{meta.encoding}</dd>
            </>
          )}
        </dl>
      </section>
      <OverviewCard />
      {!meta.stored && (
        <div className="banner banner--warning" role="status" data-testid="not-stored">
          The browser had no room to keep this dataset: it is loaded for now but will be gone after
          a reload. Delete old datasets or models below to make room, then import it again.
        </div>
      )}
      <WarningList warnings={meta.warnings} testId="import-warnings" />
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {/* The view's cards mount one per task: mounted together, laying them out after a large
          import was one long task */}
      <Staged value={meta.id} wide={['duplicates', 'preview', 'summary']}>
        <div key="mapping">
          <MappingEditor
            key={version}
            schema={schema}
            remembered={profile.mappingRemembered}
            saving={saving}
            onSave={(m) => void saveMapping(m)}
          />
        </div>
        <DuplicatesCard key="duplicates" />
        <section key="preview" className="card card--wide" aria-labelledby="preview-title">
          <header className="card__header">
            <h3 className="card__title" id="preview-title">
              Preview
            </h3>
            <span className="muted" data-testid="preview-count">
              {chosen.length > 0
                ? `${formatInt(shownRows)} of ${formatInt(meta.rows)} rows (only posts in ${languageList(chosen)})`
                : `${formatInt(meta.rows)} rows`}
              , scroll to see them all
            </span>
          </header>
          <DataTable
            testId="preview-table"
            ariaLabel="Dataset preview"
            header={
              meta.columns > 0
                ? [...schema.map((c) => c.name), ...(withLanguage ? [LANGUAGE_HEADER] : [])]
                : []
            }
            rowCount={shownRows}
            loadRows={loadRows}
            version={`${meta.id}:${revision}:${withLanguage}`}
          />
        </section>
        <div key="summary">
          {summaryError && <ErrorBanner error={summaryError} />}
          {summary && (
            <ValueNotes
              notes={summary.valueNotes}
              schema={schema}
              switching={saving}
              onDateOrder={(column, order) => void switchDateOrder(column, order)}
            />
          )}
          {summary ? (
            <div className="grid">
              <Staged value={summary} wide={['columns']}>
                <ColumnSummaries key="columns" columns={summary.columns} />
                <MissingChart key="missing" report={summary.missing} />
                <CorrelationCard key="correlation" matrix={summary.correlation} />
              </Staged>
            </div>
          ) : (
            !summaryError && <p className="muted">Summarising columns…</p>
          )}
        </div>
        <PreprocessingCard key="preprocessing" />
        <StoredDatasets key="stored" />
      </Staged>
    </div>
  );
}

import type { DatasetApi, DatasetMeta, ImportProgressEvent } from '../../api/dataset.ts';
import { fileByteSource } from '../../core/csv/blobSource.ts';
import { importTable, sniffTableFormat } from '../../core/table/importTable.ts';
import { fail, ok, toAppError } from '../../core/errors/index.ts';
import { fnv64 } from '../../core/hash/fnv.ts';
import { inferSchema } from '../../core/schema/inferSchema.ts';
import { applyRoleMapping } from '../../core/schema/roleMapping.ts';
import { requireTextColumn } from '../../core/schema/textColumn.ts';
import { summarizeTable } from '../../core/stats/summarizeTable.ts';
import { findDuplicates, keptRows, type Duplicates } from '../../core/split/duplicates.ts';
import type { ParsedTable } from '../../core/csv/types.ts';
import { ROLES, type ColumnSchema, type RoleMapping } from '../../core/schema/types.ts';
import type { TableSummary } from '../../core/stats/types.ts';
import {
  deleteDatasetRecords,
  listDatasetRecords,
  loadDataset,
  recallMapping,
  rememberMapping,
  saveDataset,
  setActiveDatasetId,
  updateDatasetRecord,
} from '../../storage/datasets.ts';
import { followDatasetModel } from '../../storage/models.ts';
import { announce } from '../shared/channel.ts';
import { fitsInMemory } from '../shared/memory.ts';
import { throttle } from '../shared/progress.ts';
import {
  cacheEntry,
  currentDataset,
  peekCurrent,
  profileOf,
  requireDataset,
  setCurrent,
  type LoadedDataset,
} from '../shared/session.ts';
import { fitForDisplay, mergedPreprocessSpec } from './preprocessing.ts';
import { saveViewSection, viewSettingsOf } from '../shared/viewSettings.ts';
import { keepLanguageFilter, languageFilter, languageMask } from '../shared/languageFilter.ts';
import { latestLanguageReading } from '../shared/languageReading.ts';
import type { LanguageFacet } from '../../api/dataset.ts';

/** Rows the language filter keeps, in order (kept per filter), or null when none is set. */
function languageRows(d: LoadedDataset): Uint32Array | null {
  const mask = languageMask(d);
  if (!mask) return null;
  const hit = keptRowsEntry.get(d);
  if (hit && hit.mask === mask) return hit.rows;
  const rows = new Uint32Array(mask.length);
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) rows[n++] = i;
  keptRowsEntry.set(d, { mask, rows: rows.slice(0, n) });
  return keptRowsEntry.get(d)!.rows;
}
const keptRowsEntry = cacheEntry<{ mask: Uint8Array; rows: Uint32Array }>('dataset:language-rows');

/** Posts per language of the latest language pass, and the chosen ones; null before one ran. */
function facetOf(d: LoadedDataset): LanguageFacet | null {
  const reading = latestLanguageReading(d);
  if (!reading) return null;
  const counts = new Map<string, number>();
  for (const l of reading.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  return {
    textColumn: reading.textColumn,
    languages: [...counts]
      .map(([language, posts]) => ({ language, posts }))
      .sort((a, b) => b.posts - a.posts || (a.language < b.language ? -1 : 1)),
    chosen: languageFilter(d)?.languages ?? [],
  };
}

/** The column summaries, made once per dataset (they do not depend on roles or preprocessing). */
const summaryEntry = cacheEntry<TableSummary>('dataset:summary');

/** The copies in the dataset, found once per dataset and roles (the text and id columns matter). */
const duplicatesEntry = cacheEntry<Duplicates>('dataset:duplicates');

function duplicatesOf(d: LoadedDataset): Duplicates {
  const cached = duplicatesEntry.get(d);
  if (cached) return cached;
  const text = d.schema.find((c) => c.role === 'text') ?? null;
  const found = findDuplicates(
    d.table.columns,
    d.table.rowCount,
    text,
    new Set(d.schema.filter((c) => c.role === 'id').map((c) => c.index)),
  );
  duplicatesEntry.set(d, found);
  return found;
}

/** `table` keeping only `rows` (ascending). */
function tableWithRows(table: ParsedTable, rows: Uint32Array): ParsedTable {
  return {
    ...table,
    columns: table.columns.map((col) => Array.from(rows, (r) => col[r]!)),
    rowCount: rows.length,
  };
}

/** The mapping implied by a schema's roles. */
function mappingOf(schema: readonly ColumnSchema[]): RoleMapping {
  return Object.fromEntries(schema.map((c) => [c.name, c.role]));
}

let importing = false;

function newId(): string {
  return `ds-${crypto.randomUUID()}`;
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

export const datasetJobs: DatasetApi = {
  async importFile({ file, name }, onProgress) {
    if (importing)
      return fail(
        'BUSY',
        'Another file is still importing.',
        'Wait for it to finish or cancel it, then try again.',
      );
    // a file the worker cannot hold is refused before a byte is read, with its size and the limit
    const source = fileByteSource(file);
    const fits = fitsInMemory('import', file.name, file.size, await sniffTableFormat(source));
    if (!fits.ok) return fits;
    importing = true;
    try {
      const report = throttle<ImportProgressEvent>(onProgress, 100);
      const parsed = await importTable(source, {
        onProgress: (p) =>
          report({
            phase: 'reading',
            bytesRead: p.bytesRead,
            totalBytes: p.totalBytes,
            rows: p.rows,
          }),
      });
      if (!parsed.ok) return parsed;
      const table = parsed.value;
      report(
        {
          phase: 'profiling',
          bytesRead: table.bytes,
          totalBytes: table.bytes,
          rows: table.rowCount,
        },
        true,
      );
      let schema = inferSchema(table);
      const text = requireTextColumn(schema, file.name);
      if (!text.ok) return text;
      const signature = fnv64(table.header.join('\u0000'));
      const remembered = await recallMapping(signature).catch(() => null);
      if (remembered) schema = applyRoleMapping(schema, remembered);
      const meta: DatasetMeta = {
        id: newId(),
        name: name ?? baseName(file.name),
        fileName: file.name,
        bytes: table.bytes,
        rows: table.rowCount,
        columns: table.header.length,
        delimiter: table.delimiter,
        encoding: table.encoding,
        ...(table.format === 'parquet' ? { format: 'parquet' as const } : {}),
        importedAt: Date.now(),
        warnings: table.warnings,
        signature,
        stored: true,
      };
      const mapping = mappingOf(schema);
      const preprocessing = mergedPreprocessSpec(schema, null);
      let stored = true;
      try {
        await saveDataset(
          { meta, header: table.header, schema, mapping, preprocessing },
          table,
          (rows) =>
            report({
              phase: 'saving',
              bytesRead: Math.round((table.bytes * rows) / Math.max(1, table.rowCount)),
              totalBytes: table.bytes,
              rows,
            }),
        );
      } catch (e) {
        // Keep the import usable in this tab; the page says it will not survive a reload.
        console.warn('[dataset] not stored', toAppError(e).message);
        stored = false;
      }
      const finalMeta: DatasetMeta = stored ? meta : { ...meta, stored: false };
      const loaded: LoadedDataset = {
        meta: finalMeta,
        table,
        schema,
        mapping,
        mappingRemembered: remembered !== null,
        preprocessing,
        cache: new Map(),
      };
      setCurrent(loaded);
      return ok(profileOf(loaded));
    } finally {
      importing = false;
    }
  },

  async activeDataset() {
    const r = await currentDataset();
    if (!r.ok) return r;
    return ok(r.value ? profileOf(r.value) : null);
  },

  async listDatasets() {
    const records = await listDatasetRecords();
    const live = peekCurrent();
    const metas = records.map((r) => r.meta);
    // A dataset that could not be stored is still listed while it is loaded.
    if (live && !live.meta.stored) metas.unshift(live.meta);
    return ok(metas);
  },

  async openDataset({ id }) {
    const live = peekCurrent();
    if (live && live.meta.id === id) return ok(profileOf(live));
    const loaded = await loadDataset(id);
    if (!loaded)
      return fail(
        'DATASET_NOT_FOUND',
        'That dataset is no longer stored in this browser.',
        'Import the file again.',
      );
    await setActiveDatasetId(id);
    const d: LoadedDataset = {
      meta: loaded.record.meta,
      table: loaded.table,
      schema: loaded.record.schema,
      mapping: loaded.record.mapping,
      mappingRemembered: false,
      preprocessing:
        loaded.record.preprocessing ?? mergedPreprocessSpec(loaded.record.schema, null),
      cache: new Map(),
    };
    setCurrent(d);
    // a model belongs to its dataset: this one's own model, when it has one, scores from now on
    const followed = await followDatasetModel(id).catch(() => null);
    if (followed) announce({ type: 'changed', activeId: followed });
    return ok(profileOf(d));
  },

  async deleteDataset({ id }) {
    await deleteDatasetRecords(id);
    const live = peekCurrent();
    if (live && live.meta.id === id) setCurrent(null);
    return ok({ activeId: peekCurrent()?.meta.id ?? null });
  },

  async setMapping({ mapping }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const bad = Object.entries(mapping).find(
      ([name, role]) =>
        !d.table.header.includes(name) || !(ROLES as readonly string[]).includes(role),
    );
    if (bad)
      return fail(
        'INVALID_OPTIONS',
        `"${bad[0]}" cannot take the role "${bad[1]}".`,
        'Pick one of the listed roles for a column of this dataset.',
      );
    const schema = applyRoleMapping(d.schema, mapping);
    const full: RoleMapping = mappingOf(schema);
    const preprocessing = mergedPreprocessSpec(schema, d.preprocessing);
    if (d.meta.stored) {
      await updateDatasetRecord(d.meta.id, { schema, mapping: full, preprocessing });
      await rememberMapping(d.meta.signature, full);
    }
    const next: LoadedDataset = {
      ...d,
      schema,
      mapping: full,
      preprocessing,
      mappingRemembered: false,
      cache: new Map(),
    };
    setCurrent(next);
    return ok(profileOf(next));
  },

  async setDateOrder({ column, order }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const target = d.schema.find((c) => c.name === column);
    if (!target)
      return fail(
        'COLUMN_NOT_FOUND',
        `The dataset has no column "${column}".`,
        'Pick one of its date columns.',
      );
    const now = target.format.datetime;
    if (target.type !== 'datetime' || (now !== 'dmy' && now !== 'mdy'))
      return fail(
        'INVALID_OPTIONS',
        `"${column}" does not hold dates written with the day and month as numbers (like 03/05/2021).`,
        'Switch the order only for such a date column.',
      );
    if (now === order) return ok(profileOf(d));
    const schema = d.schema.map((c) =>
      c === target ? { ...c, format: { ...c.format, datetime: order } } : c,
    );
    if (d.meta.stored) await updateDatasetRecord(d.meta.id, { schema });
    const next: LoadedDataset = { ...d, schema, cache: new Map() };
    setCurrent(next);
    return ok(profileOf(next));
  },

  async datasetSummary() {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const cached = summaryEntry.get(d);
    if (cached) return ok(cached);
    const summary = summarizeTable(d.table, d.schema);
    summaryEntry.set(d, summary);
    return ok(summary);
  },

  async setPreprocessing({ spec }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const unknown = spec.columns.find((c) => !d.schema.some((s) => s.name === c.name));
    if (unknown)
      return fail(
        'COLUMN_NOT_FOUND',
        `There is no column "${unknown.name}" in this dataset.`,
        'Choose preprocessing only for the listed columns.',
      );
    const fit = fitForDisplay(d.table, d.schema, spec);
    if (!fit.ok) return fit;
    if (d.meta.stored) await updateDatasetRecord(d.meta.id, { preprocessing: spec });
    // Derived results do not depend on preprocessing choices, so the cache is kept.
    const next: LoadedDataset = { ...d, preprocessing: spec };
    setCurrent(next);
    return ok({ profile: profileOf(next), fit: fit.value });
  },

  async preprocessingFit() {
    const r = await requireDataset();
    if (!r.ok) return r;
    return fitForDisplay(r.value.table, r.value.schema, r.value.preprocessing);
  },

  async datasetDuplicates() {
    const r = await requireDataset();
    if (!r.ok) return r;
    return ok(duplicatesOf(r.value).report);
  },

  async dropDuplicates({ drop }) {
    if (drop !== 'exact' && drop !== 'text')
      return fail(
        'INVALID_OPTIONS',
        `Copies to drop must be "exact" or "text"; got "${String(drop)}".`,
        'Drop exact copies, or every repeated text.',
      );
    const r = await requireDataset();
    if (!r.ok) return r;
    const d = r.value;
    const rows = keptRows(duplicatesOf(d), drop);
    if (!rows)
      return fail(
        'INVALID_OPTIONS',
        'This dataset has no such copies to drop.',
        'Nothing to do: every row is kept.',
      );
    const table = tableWithRows(d.table, rows);
    const meta: DatasetMeta = {
      ...d.meta,
      id: newId(),
      name: `${d.meta.name} (${drop === 'exact' ? 'exact copies' : 'repeated texts'} dropped)`,
      rows: table.rowCount,
      importedAt: Date.now(),
      stored: true,
    };
    let stored = true;
    try {
      await saveDataset(
        {
          meta,
          header: table.header,
          schema: d.schema,
          mapping: d.mapping,
          preprocessing: d.preprocessing,
        },
        table,
      );
    } catch (e) {
      console.warn('[dataset] not stored', toAppError(e).message);
      stored = false;
    }
    const next: LoadedDataset = {
      meta: stored ? meta : { ...meta, stored: false },
      table,
      schema: d.schema,
      mapping: d.mapping,
      mappingRemembered: d.mappingRemembered,
      preprocessing: d.preprocessing,
      cache: new Map(),
    };
    setCurrent(next);
    return ok(profileOf(next));
  },

  async viewSettings() {
    const r = await requireDataset();
    return r.ok ? ok(await viewSettingsOf(r.value)) : r;
  },

  async saveViewSettings({ section, value }) {
    const r = await requireDataset();
    return r.ok ? saveViewSection(r.value, section, value) : r;
  },

  async getRows({ offset, limit }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const { table } = r.value;
    const kept = languageRows(r.value);
    const total = kept ? kept.length : table.rowCount;
    const start = Math.max(0, Math.min(offset, total));
    const end = Math.min(total, start + Math.max(0, Math.min(limit, 1000)));
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    for (let k = start; k < end; k++) {
      const i = kept ? kept[k]! : k;
      rows.push(table.columns.map((c) => c[i] ?? ''));
      rowNumbers.push(i);
    }
    const detected = latestLanguageReading(r.value)?.languages;
    return ok({
      offset: start,
      total,
      header: table.header,
      rows,
      rowNumbers,
      languages: languageFilter(r.value)?.languages ?? null,
      rowLanguages: detected ? rowNumbers.map((i) => detected[i]!) : null,
    });
  },

  async languageFacet() {
    const r = await requireDataset();
    if (!r.ok) return r;
    return ok(facetOf(r.value));
  },

  async setLanguageFilter({ languages }) {
    const r = await requireDataset();
    if (!r.ok) return r;
    const reading = latestLanguageReading(r.value);
    if (!reading)
      return fail(
        'NO_LANGUAGES',
        "The posts' languages are not detected yet.",
        'In the Sentiment view, choose "Read each post in its own language" first.',
      );
    await keepLanguageFilter(r.value, { languages, textColumn: reading.textColumn });
    return ok(facetOf(r.value)!);
  },
};

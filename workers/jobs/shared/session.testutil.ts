import type { DatasetMeta } from '../../api/dataset.ts';
import type { ParsedTable } from '../../core/csv/types.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import type { ColumnSchema } from '../../core/schema/types.ts';
import { setCurrent, type LoadedDataset } from './session.ts';

/** `table` as the active dataset of this worker, as an import named `name` would leave it, with an empty cache. */
export function activeDataset(
  table: ParsedTable,
  schema: readonly ColumnSchema[],
  name = 'posts.csv',
): LoadedDataset {
  const meta = {
    id: `ds-${name}`,
    name,
    fileName: name,
    rows: table.rowCount,
    columns: table.header.length,
  } as DatasetMeta;
  const d: LoadedDataset = {
    meta,
    table,
    schema,
    mapping: {},
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  };
  setCurrent(d);
  return d;
}

/**
 * Results derived from one dataset, kept in the generic `derived` store under [datasetId, kind]
 * (deleted with the dataset): topics come back after a reload without rerunning.
 */
import { db } from './db.ts';

/** The record of `kind` for a dataset, or null. */
export async function getDerived(datasetId: string, kind: string): Promise<unknown> {
  const record = await (await db()).get('derived', [datasetId, kind]);
  return record?.data ?? null;
}

/** Stores (replaces) the record of `kind` for a dataset. `data` must be structured-cloneable. */
export async function putDerived(datasetId: string, kind: string, data: unknown): Promise<void> {
  await (await db()).put('derived', { datasetId, kind, data });
}

/** Deletes the record of `kind` for a dataset, if any. */
export async function deleteDerived(datasetId: string, kind: string): Promise<void> {
  await (await db()).delete('derived', [datasetId, kind]);
}

/**
 * Results kept with their dataset in IndexedDB (the generic `derived` store, deleted with the
 * dataset), so they come back after a reload without rerunning: the engagement run and its model,
 * the sentiment classifier, the views' settings. Each kind is declared once with a check of what it
 * reads back, as the topics (topics/storedTopics.ts) and labels (storage/labels.ts) are kept.
 *
 * A record carries what it depended on (rows, columns and roles, preprocessing): after a role change
 * it is stale and ignored. A write that fails (storage full) or a record that cannot be read
 * (damaged) is announced to the page, which tells the user; nothing else is touched.
 */
import { fail, type AppError, type Result, ok } from '../../core/errors/index.ts';
import { deleteDerived, getDerived, putDerived } from '../../storage/derived.ts';
import { writeFailure } from '../../storage/models.ts';
import { announce } from './channel.ts';
import type { LoadedDataset } from './session.ts';

/** One kind of kept result: its key in the store, how the user calls it, and a check of its shape. */
export interface KeptKind<T> {
  readonly kind: string;
  /** For messages: "the engagement results". */
  readonly what: string;
  readonly check: (value: unknown) => value is T;
  /** False: kept whatever the dataset's roles (e.g. settings). Default true. */
  readonly staleWithRoles?: boolean;
}

interface Record<T> {
  readonly fingerprint: string;
  readonly savedAt: number;
  readonly value: T;
}

/** What a kept result depended on: rows, columns and their roles, preprocessing. */
export function dependsOn(d: LoadedDataset): string {
  return JSON.stringify([d.table.rowCount, d.schema.map((c) => [c.name, c.role]), d.preprocessing]);
}

function isRecord(v: unknown): v is Record<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as { [k: string]: unknown };
  return typeof o.fingerprint === 'string' && typeof o.savedAt === 'number' && 'value' in o;
}

function tell(what: string, error: AppError): void {
  announce({ type: 'kept', what, error });
}

/**
 * Stores `value` of `kind` for the active dataset. A failure is announced (the result stays usable
 * in this tab) and returned; it never throws.
 */
export async function storeKept<T>(
  d: LoadedDataset,
  kind: KeptKind<T>,
  value: T,
): Promise<Result<true>> {
  if (typeof indexedDB === 'undefined') return ok(true);
  const record: Record<T> = { fingerprint: dependsOn(d), savedAt: Date.now(), value };
  try {
    await putDerived(d.meta.id, kind.kind, record);
    return ok(true);
  } catch (e) {
    const failed = await writeFailure(e, kind.what, 0);
    if (!failed.ok) {
      tell(kind.what, failed.error);
      return failed;
    }
    return fail('STORAGE_UNAVAILABLE', `Could not keep ${kind.what}.`);
  }
}

/**
 * The kept `kind` of the active dataset, or null: none, stale (the roles changed), or damaged
 * (then deleted, and the user told, so it does not fail again on every visit).
 */
export async function restoreKept<T>(d: LoadedDataset, kind: KeptKind<T>): Promise<T | null> {
  if (typeof indexedDB === 'undefined') return null;
  let stored: unknown;
  try {
    stored = await getDerived(d.meta.id, kind.kind);
  } catch {
    return null;
  }
  if (stored === null) return null;
  if (!isRecord(stored) || !kind.check(stored.value)) {
    await deleteDerived(d.meta.id, kind.kind).catch(() => undefined);
    tell(kind.what, {
      code: 'STORAGE_UNAVAILABLE',
      message: `${capitalise(kind.what)} kept from your last visit could not be read, so they were set aside.`,
      hint: 'Run it again; everything else you kept is unchanged.',
    });
    return null;
  }
  if (kind.staleWithRoles !== false && stored.fingerprint !== dependsOn(d)) return null;
  return stored.value;
}

/** Forgets the kept `kind` of the active dataset. */
export async function forgetKept<T>(d: LoadedDataset, kind: KeptKind<T>): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await deleteDerived(d.meta.id, kind.kind).catch(() => undefined);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

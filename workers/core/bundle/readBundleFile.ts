/**
 * A bundle file's text to a bundle ready to score with, in the order that keeps hostile files
 * harmless: a byte-order mark skipped, JSON parsed without throwing, forbidden keys and deep
 * nesting refused, the checksum verified (integrity.ts), then every part checked (loadBundle).
 * The Models view's import, the default model and `murmur score` all read bundles through here.
 */
import { fail, failWith, ok, toAppError, type Result } from '../errors/index.ts';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION } from './format.ts';
import { checkIntegrity, type IntegrityCheck } from './integrity.ts';
import { loadBundle, type LoadedBundle } from './loadBundle.ts';
import { parseBundleJson } from './safeJson.ts';
import { loadBundleWithLanguages } from './loadWithLanguages.ts';

export interface ReadBundle {
  readonly loaded: LoadedBundle;
  /** 'verified': the checksum matched; 'unsigned': a file from before checksums (version 1 or 2). */
  readonly integrity: IntegrityCheck;
  /** Sentences for the user about how the file was read (empty for a verified current file). */
  readonly notes: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads bundle file text. Fails with BUNDLE_INVALID (not JSON, not a bundle, a forbidden key, a
 * damaged part), BUNDLE_CHANGED (the checksum does not match, or a current file has none),
 * BUNDLE_TOO_NEW or BUNDLE_MISMATCH, each with a message that says what is wrong. Never throws.
 */
export async function readBundleText(text: string): Promise<Result<ReadBundle>> {
  try {
    const json = parseBundleJson(text);
    if (!json.ok) return json;
    const value = json.value;
    const version = isRecord(value) ? value['schemaVersion'] : undefined;
    // foreign JSON and later versions are refused by loadBundle, which says which
    if (
      !isRecord(value) ||
      value['format'] !== BUNDLE_FORMAT ||
      (typeof version === 'number' && version > BUNDLE_SCHEMA_VERSION)
    ) {
      const refused = loadBundle(value);
      return refused.ok ? fail('BUNDLE_INVALID', 'This is not a Murmur bundle.') : refused;
    }
    const integrity = await checkIntegrity(value, BUNDLE_SCHEMA_VERSION);
    if (!integrity.ok) return integrity;
    const { integrity: _checked, ...content } = value;
    const loaded = await loadBundleWithLanguages(content);
    if (!loaded.ok) return loaded;
    const notes =
      integrity.value === 'unsigned'
        ? [
            `This bundle was exported by an earlier Murmur (schema version ${String(version)}), before bundles carried a checksum: every part was checked, but damage that leaves plausible numbers cannot be detected. Export it again from Murmur to add one.`,
          ]
        : [];
    return ok({ loaded: loaded.value, integrity: integrity.value, notes });
  } catch (e) {
    return failWith(toAppError(e));
  }
}

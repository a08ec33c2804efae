import { describe, expect, it } from 'vitest';
import { inferSchema } from '../schema/inferSchema.ts';
import type { AnalysisBundle } from './bundle.ts';
import { fullBundle } from './bundles.testutil.ts';
import { loadBundle, type LoadedBundle } from './loadBundle.ts';
import {
  postColumns,
  scoreColumns,
  scoreWithBundle,
  type BundlePost,
  type ScoredColumns,
} from './scoreWithBundle.ts';
import { parseBundleJson } from './safeJson.ts';
import { scoreTableToCsv } from './scoredCsv.ts';
import { planTable } from './tablePlan.ts';
import { roundTo } from './scoreFields.ts';

function load(bundle: unknown): LoadedBundle {
  const r = loadBundle(bundle);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Exported as the Models view does (JSON text), then imported as it does. */
function exportImport(bundle: AnalysisBundle): LoadedBundle {
  const parsed = parseBundleJson(JSON.stringify(bundle));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return load(parsed.value);
}

const bits = (a: Float64Array | null | undefined) =>
  a ? Array.from(new Uint32Array(a.buffer, a.byteOffset, a.byteLength / 4)) : null;

function fingerprintOf(s: ScoredColumns) {
  return {
    vader: bits(s.vader),
    label: Array.from(s.label),
    classifier: s.classifier && {
      p: bits(s.classifier.probabilities),
      choice: Array.from(s.classifier.choice),
    },
    cluster: s.cluster && { id: Array.from(s.cluster.id), similarity: bits(s.cluster.similarity) },
    engagement: s.engagement && {
      value: bits(s.engagement.value),
      low: bits(s.engagement.low),
      high: bits(s.engagement.high),
    },
  };
}

describe('export and import', () => {
  const { bundle, posts } = fullBundle(1000);
  const original = load(bundle);
  const posts1000: BundlePost[] = Array.from({ length: 1000 }, (_, r) => {
    const cell = (name: string) => posts.table.columns[posts.table.header.indexOf(name)]![r]!;
    return {
      text: cell('text'),
      hashtags: cell('hashtags'),
      timestamp: cell('created_at'),
      fields: {
        author_followers: cell('author_followers'),
        platform: cell('platform'),
        country: cell('country'),
      },
    };
  });

  it('gives bit-identical sentiment, classifier, cluster and engagement predictions on 1,000 posts', () => {
    const before = scoreColumns(original, postColumns(original, posts1000));
    const imported = exportImport(bundle);
    const after = scoreColumns(imported, postColumns(imported, posts1000));
    if (!before.ok || !after.ok) throw new Error('scoring failed');
    expect(imported.parts).toEqual(['sentiment', 'topics', 'engagement']);
    expect(fingerprintOf(after.value)).toEqual(fingerprintOf(before.value));
    // every part really scored something
    expect(new Set(before.value.label).size).toBe(3);
    expect(before.value.cluster!.id.some((c) => c >= 0)).toBe(true);
    expect(new Set(before.value.engagement!.value).size).toBeGreaterThan(50);
    expect(new Set(before.value.classifier!.choice).size).toBeGreaterThan(1);
  });

  it('scores the training file as CSV the same before and after, and posts as the file rows', () => {
    const schema = inferSchema(posts.table);
    const csv = (l: LoadedBundle) => {
      const plan = planTable(l, posts.table, schema);
      if (!plan.ok) throw new Error(plan.error.message);
      const r = scoreTableToCsv(l, posts.table, plan.value);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.parts.join('');
    };
    const text = csv(original);
    expect(csv(exportImport(bundle))).toBe(text);
    // the per-post face agrees with the file path on engagement (the same builder, other input
    // forms), the file's value rounded to 2 decimals
    const rows = text
      .trimEnd()
      .split('\n')
      .slice(1, 6)
      .map((l) => Number(l.split(',').at(-3)));
    const single = scoreWithBundle(original, posts1000.slice(0, 5));
    expect(single.ok && single.value.map((s) => roundTo(s.engagement!.value, 2))).toEqual(rows);
    expect(rows.every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { defaultPreprocessSpec, preprocessInputFromTable } from './fromSchema.ts';
import { fitPreprocess } from './preprocess.ts';

describe('defaultPreprocessSpec', () => {
  const rows = Array.from({ length: 60 }, (_, i) => [
    String(1000 + i),
    `A post about something number ${i} with words`,
    i % 3 === 0 ? 'Twitter' : i % 3 === 1 ? 'Instagram' : '',
    String(i * 7),
    `#tag${i % 4} #other`,
    `2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00`,
  ]);
  const table = tableFromRows(['id', 'text', 'platform', 'likes', 'hashtags', 'date'], rows);
  const schema = inferSchema(table);

  it('chooses a spec from types and roles: counts log1p, categories one-hot, ids and times left out', () => {
    const spec = defaultPreprocessSpec(schema);
    expect(spec.columns.map((c) => [c.name, c.kind])).toEqual([
      ['text', 'text'],
      ['platform', 'categorical'],
      ['likes', 'numeric'],
      ['hashtags', 'hashtags'],
    ]);
    expect(spec.columns.find((c) => c.name === 'likes')).toMatchObject({
      log1p: true,
      missing: 'median',
    });
  });

  it('reads the table in the form the spec needs, and fits', () => {
    const spec = defaultPreprocessSpec(schema);
    const input = preprocessInputFromTable(table, schema, spec);
    expect(Array.from(input.likes as Float64Array).slice(0, 3)).toEqual([0, 7, 14]);
    const fitted = fitPreprocess(input, spec);
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    const platform = fitted.value.columns.find((c) => c.name === 'platform');
    // 20 Twitter, 20 Instagram, 20 missing → the "missing" level joins the two platforms.
    expect(platform && platform.kind === 'categorical' ? [...platform.levels].sort() : []).toEqual([
      'Instagram',
      'Twitter',
      '__missing__',
    ]);
  });
});

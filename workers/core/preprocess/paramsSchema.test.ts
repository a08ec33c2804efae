import { describe, expect, it } from 'vitest';
import { parsePreprocessParams } from './paramsSchema.ts';
import { fitPreprocess } from './preprocess.ts';

const fitted = fitPreprocess(
  { n: [1, 2, NaN], c: ['a', 'b', ''], t: ['x', 'y', 'z'], h: [['a'], [], ['b']] },
  {
    columns: [
      { name: 'n', kind: 'numeric', scale: 'robust' },
      { name: 'c', kind: 'categorical' },
      { name: 't', kind: 'text', clean: { stopwords: ['x'] } },
      { name: 'h', kind: 'hashtags' },
    ],
  },
);

describe('parsePreprocessParams', () => {
  it('accepts params after a JSON round trip, unchanged', () => {
    if (!fitted.ok) throw new Error(fitted.error.message);
    const json: unknown = JSON.parse(JSON.stringify(fitted.value));
    expect(parsePreprocessParams(json)).toEqual({ ok: true, value: fitted.value });
  });

  it('rejects a number that JSON turned into null, saying where', () => {
    if (!fitted.ok) throw new Error(fitted.error.message);
    const broken = JSON.parse(JSON.stringify(fitted.value)) as {
      columns: { scaler: { median: unknown } }[];
    };
    broken.columns[0]!.scaler.median = null;
    const r = parsePreprocessParams(broken);
    expect(!r.ok && r.error.code).toBe('BUNDLE_INVALID');
    expect(!r.ok && r.error.message).toContain('columns.0.scaler.median');
  });

  it('tells a newer version from a broken one', () => {
    if (!fitted.ok) throw new Error(fitted.error.message);
    const r = parsePreprocessParams({ ...fitted.value, version: 2 });
    expect(!r.ok && r.error.code).toBe('BUNDLE_TOO_NEW');
    expect(parsePreprocessParams('nonsense').ok).toBe(false);
    expect(
      parsePreprocessParams({
        ...fitted.value,
        columns: [...fitted.value.columns, fitted.value.columns[0]],
      }).ok,
    ).toBe(false);
  });
});

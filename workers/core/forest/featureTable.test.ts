import { describe, expect, it } from 'vitest';
import { readFeatureTable } from './featureTable.ts';

const csv = [
  'id,a,b,label,y,split,order',
  '1,0.5,3,x,10,train,2',
  '2,1.5,4,y,20,test,-1',
  '3,2.5,5,x,30,train,1',
  '4,3.5,6,y,40,other,-1',
].join('\n');

describe('readFeatureTable', () => {
  it('uses every numeric column but the target, split and excluded ones as features', () => {
    const r = readFeatureTable(csv, { target: 'y', exclude: ['id', 'order'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.featureNames).toEqual(['a', 'b']);
    expect(r.value.nonNumeric).toEqual(['label']);
    expect(r.value.train.X.rows).toBe(2);
    expect([...r.value.train.X.data]).toEqual([0.5, 2.5, 3, 5]); // column-major
    expect([...r.value.train.y]).toEqual([10, 30]);
    expect([...r.value.test.y]).toEqual([20]); // "other" rows are left out
  });
  it('orders training rows by a column and trains on every row without a split column', () => {
    const ordered = readFeatureTable(csv, {
      target: 'y',
      exclude: ['id'],
      trainOrderColumn: 'order',
    });
    expect(ordered.ok && [...ordered.value.train.y]).toEqual([30, 10]);
    const all = readFeatureTable(csv, { target: 'y', splitColumn: null, exclude: ['id', 'order'] });
    expect(all.ok && [...all.value.train.y]).toEqual([10, 20, 30, 40]);
  });
  it('says which column is missing, non-numeric or has gaps', () => {
    const code = (text: string, target: string, exclude: string[] = []) => {
      const r = readFeatureTable(text, { target, exclude });
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(code(csv, 'likes')).toBe('COLUMN_NOT_FOUND: The table has no column "likes".');
    expect(code(csv, 'label')).toMatch(/^TARGET_NOT_NUMERIC/);
    expect(code(csv, 'y', ['nope'])).toMatch(/^COLUMN_NOT_FOUND/);
    expect(code('a,y,split\n1,2,train\n,3,train\n', 'y')).toBe(
      'NON_FINITE_VALUES: Feature "a" is empty in 1 rows.',
    );
    expect(code('a,y,split\n1,2,test\n', 'y')).toMatch(/^TOO_FEW_ROWS/);
  });
});

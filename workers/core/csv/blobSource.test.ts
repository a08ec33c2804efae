import { describe, expect, it } from 'vitest';
import { fileByteSource } from './blobSource.ts';
import { importCsv } from './importCsv.ts';

describe('fileByteSource', () => {
  it('reads a File slice by slice, as a worker reads a dropped file', async () => {
    const file = new File(['id,text\n1,"a ✅\nb"\n2,c\n'], 'drop.csv');
    const source = fileByteSource(file);
    expect([source.name, source.size]).toEqual(['drop.csv', 24]);
    expect([...(await source.read(8, 11))]).toEqual([0x31, 0x2c, 0x22]);
    const r = await importCsv(source, { chunkBytes: 5 });
    expect(r.ok && r.value.columns).toEqual([
      ['1', '2'],
      ['a ✅\nb', 'c'],
    ]);
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csvWriter.ts';

describe('csvField', () => {
  it('leaves plain fields alone and quotes the ones that need it', () => {
    expect(csvField('hello world')).toBe('hello world');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv', () => {
  it('writes what a CSV parser reads back unchanged', () => {
    const rows = [
      ['1', 'Fish & chips, "best" 🍟', ''],
      ['2', 'line one\r\nline two', '#a #b'],
    ];
    const csv = toCsv(['id', 'text', 'tags'], rows);
    expect(csv.endsWith('\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([['id', 'text', 'tags'], ...rows]);
  });
});

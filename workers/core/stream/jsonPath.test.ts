import { describe, expect, it } from 'vitest';
import { parseJsonPath, readJsonPath } from './jsonPath.ts';

function read(value: unknown, path: string): unknown[] {
  const p = parseJsonPath(path);
  if (!p.ok) throw new Error(p.error.message);
  return readJsonPath(value, p.value);
}

const DOC = {
  commit: {
    record: { text: 'hi', tags: ['a', 'b'], facets: [{ tag: 'x' }, { tag: 'y' }, { other: 1 }] },
  },
  items: [{ id: 7 }, { id: 8 }],
  'odd key': 1,
};

describe('JSON paths', () => {
  it('reads dotted keys, array indices and fans out over [*] and []', () => {
    expect(read(DOC, 'commit.record.text')).toEqual(['hi']);
    expect(read(DOC, '$.commit.record.text')).toEqual(['hi']);
    expect(read(DOC, 'commit.record.tags[*]')).toEqual(['a', 'b']);
    expect(read(DOC, 'commit.record.facets[].tag')).toEqual(['x', 'y']);
    expect(read(DOC, 'items[1].id')).toEqual([8]);
    expect(read(DOC, 'odd key')).toEqual([1]);
  });

  it('reaches nothing through missing keys, out-of-range indices or the wrong kind of value', () => {
    expect(read(DOC, 'commit.nothing.text')).toEqual([]);
    expect(read(DOC, 'items[5].id')).toEqual([]);
    expect(read(DOC, 'commit.record.text[0]')).toEqual([]);
    expect(read(DOC, 'items.id')).toEqual([]);
    expect(read({ a: { toString: 1 } }, 'a.constructor')).toEqual([]);
  });

  it('refuses empty paths, empty names and a missing dot, saying where', () => {
    const bad = (p: string) => {
      const r = parseJsonPath(p);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(bad('')).toMatch(/empty/);
    expect(bad('a..b')).toMatch(/empty name between dots/);
    expect(bad('a.')).toMatch(/ends with a dot/);
    expect(bad('a[x]')).toMatch(/cannot be read at “\[x\]”/);
    expect(bad('a[0]b')).toMatch(/needs a dot before “b”/);
  });
});

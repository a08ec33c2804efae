import { describe, expect, it } from 'vitest';
import { guessTagFormat, parseListLiteral, parseTagsCell } from './parseTags.ts';

describe('parseTagsCell', () => {
  it('reads Python list literals with escaped quotes and double-quoted items', () => {
    expect(parseTagsCell("['PfizerBioNTech']", 'python-list')).toEqual(['PfizerBioNTech']);
    expect(parseTagsCell(`['it\\'s', "don't", '#Covid_19']`, 'python-list')).toEqual([
      "it's",
      "don't",
      'Covid_19',
    ]);
    expect(parseTagsCell('[]', 'python-list')).toEqual([]);
    expect(parseTagsCell("['caf\\xe9', 'a\\\\b']", 'python-list')).toEqual(['café', 'a\\b']);
  });

  it('reads JSON arrays with unicode escapes', () => {
    expect(parseTagsCell('["vaccine", "caf\\u00e9"]', 'json-array')).toEqual(['vaccine', 'café']);
  });

  it('falls back to #words when a list does not parse', () => {
    expect(parseTagsCell("['#a', 'b'", 'python-list')).toEqual(['a']);
  });

  it('reads #tag lists as Python re.findall(r"#\\w+") does', () => {
    expect(parseTagsCell('#Nature #Park', 'hash-separated')).toEqual(['Nature', 'Park']);
    expect(parseTagsCell('#Covid_19,#ÉtéSoleil #2021', 'hash-separated')).toEqual([
      'Covid_19',
      'ÉtéSoleil',
      '2021',
    ]);
  });

  it('reads comma-separated tags, trimmed, without #', () => {
    expect(parseTagsCell('covid, #vaccine,,climate change', 'comma-separated')).toEqual([
      'covid',
      'vaccine',
      'climate change',
    ]);
    expect(parseTagsCell('', 'comma-separated')).toEqual([]);
  });
});

describe('parseListLiteral', () => {
  it('returns null for what is not a list of strings', () => {
    expect(parseListLiteral('[1, 2]')).toBeNull();
    expect(parseListLiteral("['a' 'b']")).toBeNull();
    expect(parseListLiteral('a, b')).toBeNull();
    expect(parseListLiteral("['a', 'b',]")).toEqual(['a', 'b']);
  });
});

describe('guessTagFormat', () => {
  it('tells Python lists from JSON arrays by single-quoted items anywhere', () => {
    expect(guessTagFormat(["['a']", '[]'], false)?.format).toBe('python-list');
    expect(guessTagFormat(["[\"it's\", 'b']"], false)?.format).toBe('python-list');
    expect(guessTagFormat(['["a", "b"]', '["c"]'], false)?.format).toBe('json-array');
  });

  it('takes #tag lists by shape, and comma lists only under a tag-like name', () => {
    expect(guessTagFormat(['#a #b', '#c'], false)?.format).toBe('hash-separated');
    expect(guessTagFormat(['a,b', 'c'], true)?.format).toBe('comma-separated');
    expect(guessTagFormat(['a,b', 'c'], false)).toBeNull();
    expect(guessTagFormat(['#a is a hashtag in text'], false)).toBeNull();
  });

  it("reads YouTube's pipe-separated tags, quoted or not, and [none] as no tags", () => {
    const cells = ['SHANtell martin|"cosmo"|"late night"', '[none]', '"music"', 'a|#b|'];
    expect(guessTagFormat(cells, true)?.format).toBe('pipe-separated');
    expect(cells.map((c) => parseTagsCell(c, 'pipe-separated'))).toEqual([
      ['SHANtell martin', 'cosmo', 'late night'],
      [],
      ['music'],
      ['a', 'b'],
    ]);
    // only under a tag-like name, and not where commas list the tags and a pipe is a stray
    expect(guessTagFormat(['a|b', 'c'], false)).toBeNull();
    const commas = [...Array.from({ length: 60 }, (_, i) => `a${i}, b`), 'e|f, g'];
    expect(guessTagFormat(commas, true)).toEqual({ format: 'comma-separated', bad: 1 });
  });
});

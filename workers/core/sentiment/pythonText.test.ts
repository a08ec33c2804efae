import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  isPythonPunctuation,
  isPythonSpace,
  pythonIsUpper,
} from './pythonText.ts';

const code = (s: string): number => s.charCodeAt(0);

describe('isPythonSpace', () => {
  it('accepts what Python str.split() splits on, including separators JS \\s lacks', () => {
    for (const ch of [
      ' ',
      '\t',
      '\n',
      '\v',
      '\f',
      '\r',
      '\x1c',
      '\x1d',
      '\x1e',
      '\x1f',
      '\x85',
      '\xa0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
    ]) {
      expect(isPythonSpace(code(ch)), JSON.stringify(ch)).toBe(true);
    }
  });

  it('rejects zero-width characters and the BOM, which JS \\s partly accepts', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\ufeff', '\u180e', 'a', '_']) {
      expect(isPythonSpace(code(ch)), JSON.stringify(ch)).toBe(false);
    }
  });
});

describe('isPythonPunctuation', () => {
  it('is exactly the 32 characters of string.punctuation', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    let count = 0;
    for (let c = 0; c < 0x3000; c++) if (isPythonPunctuation(c)) count++;
    expect(count).toBe(32);
    for (const ch of punctuation) expect(isPythonPunctuation(code(ch))).toBe(true);
    for (const ch of ['a', '0', ' ', '\u2019', '\u00bf', '\u3002'])
      expect(isPythonPunctuation(code(ch))).toBe(false);
  });
});

describe('pythonIsUpper', () => {
  it('needs a cased character and no lowercase or titlecase one', () => {
    expect(pythonIsUpper('GOOD')).toBe(true);
    expect(pythonIsUpper('A1!')).toBe(true);
    expect(pythonIsUpper('Good')).toBe(false);
    expect(pythonIsUpper('123')).toBe(false);
    expect(pythonIsUpper(':)')).toBe(false);
    expect(pythonIsUpper('')).toBe(false);
  });

  it('follows Unicode case properties outside ASCII', () => {
    expect(pythonIsUpper('ÉTÉ')).toBe(true);
    expect(pythonIsUpper('ÉTé')).toBe(false);
    expect(pythonIsUpper('ΣΟΦΊΑ')).toBe(true);
    // U+01C5 is titlecase (Lt): never upper.
    expect(pythonIsUpper('\u01c5')).toBe(false);
    expect(pythonIsUpper('日本')).toBe(false);
    expect(pythonIsUpper('\ud83d')).toBe(false);
  });
});

describe('codePointLength', () => {
  it('counts a surrogate pair once, like Python len()', () => {
    expect(codePointLength('😀a')).toBe(2);
    expect(codePointLength('𝒜𝒷!', 0, 4)).toBe(2);
    expect(codePointLength('\ud83d\ud83d')).toBe(2);
    expect(codePointLength('abc', 1, 3)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { InitialSpaceFilter } from './initialSpace.ts';

const whole = (text: string, delimiter = ',') => new InitialSpaceFilter(delimiter).push(text, true);

/** The text pushed in pieces cut at every `step` characters. */
function inPieces(text: string, step: number, delimiter = ','): string {
  const filter = new InitialSpaceFilter(delimiter);
  let out = '';
  for (let at = 0; at < text.length; at += step)
    out += filter.push(text.slice(at, at + step), false);
  return out + filter.push('', true);
}

describe('InitialSpaceFilter', () => {
  it('drops the spaces between a delimiter or a line start and an opening quote', () => {
    expect(whole('likes, text\n3, "Great launch, love it"\n \t"x", 4\n')).toBe(
      'likes, text\n3,"Great launch, love it"\n"x", 4\n',
    );
  });

  it('keeps spaces before unquoted fields and everything inside quotes', () => {
    const text = 'a, b\n"He said, ""no"", twice",  plain , "q"\n';
    expect(whole(text)).toBe('a, b\n"He said, ""no"", twice",  plain ,"q"\n');
  });

  it('keeps a quote in the middle of an unquoted field as text', () => {
    expect(whole('a,b\nsaid "hi", "x"\n')).toBe('a,b\nsaid "hi","x"\n');
  });

  it('gives the same text however the input is cut into chunks', () => {
    const text =
      'likes,  text, date\n3,   "a, ""b"", c", 2024-01-02\n4,  plain text , 2024-01-03\n  "5",""\n6, "multi\nline, "" yes", x\n7,   ';
    const expected = whole(text);
    expect(expected).toBe(
      'likes,  text, date\n3,"a, ""b"", c", 2024-01-02\n4,  plain text , 2024-01-03\n"5",""\n6,"multi\nline, "" yes", x\n7,   ',
    );
    for (const step of [1, 2, 3, 5, 7, 11]) expect(inPieces(text, step)).toBe(expected);
  });

  it('works with semicolons and tabs as delimiters', () => {
    expect(whole('a; b\n1; "x; y"\n', ';')).toBe('a; b\n1;"x; y"\n');
    expect(whole('a\t b\n1\t "x"\n', '\t')).toBe('a\t b\n1\t"x"\n');
    // a tab delimiter is never taken for a space: the empty field between two tabs stays
    expect(whole('a\tb\tc\n1\t\t "x"\n', '\t')).toBe('a\tb\tc\n1\t\t"x"\n');
  });
});

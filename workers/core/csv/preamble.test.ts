import { describe, expect, it } from 'vitest';
import { findPreamble } from './preamble.ts';

const rows = (n: number, width: number, delimiter = ','): string[] =>
  Array.from({ length: n }, (_, i) =>
    [`post ${i} text`, ...Array.from({ length: width - 1 }, (_, c) => String(i * c))].join(
      delimiter,
    ),
  );

describe('findPreamble', () => {
  it('finds title lines and the blank line under them', () => {
    const table = ['text,likes,shares', ...rows(20, 3)].join('\n');
    const sample = `Post Performance Report\nExported 2026-01-05 by Jane Doe\n\n${table}\n`;
    expect(findPreamble(sample, true)).toEqual({
      lines: ['Post Performance Report', 'Exported 2026-01-05 by Jane Doe'],
      lineCount: 3,
      length: sample.indexOf('text,likes'),
    });
  });

  it('finds key,value lines above a wide table, and # comment lines, with CRLF', () => {
    const header = 'Date,Title,Url,Author,Sentiment,Likes';
    const meta = ['Query Name,Launch', 'Start Date,2026-01-01', 'End Date,2026-01-31', ''];
    const sample = [...meta, header, ...rows(30, 6)].join('\r\n') + '\r\n';
    expect(findPreamble(sample, true)?.lines).toEqual(meta.slice(0, 3));
    expect(sample.slice(findPreamble(sample, true)!.length)).toMatch(/^Date,Title/);
    const ga = [
      '# ----------',
      '# All Web Site Data',
      '# 20260101-20260131',
      '',
      header,
      ...rows(30, 6),
    ];
    expect(findPreamble(ga.join('\n'), true)?.lineCount).toBe(4);
  });

  it("finds a title padded to the table's width, as Excel saves it, and its padded blank line", () => {
    const table = ['text,author,likes,shares,date,url', ...rows(30, 6)];
    const sample = ['Post Performance Report,,,,,', 'Brand:,Acme,,,,', ',,,,,', ...table].join(
      '\n',
    );
    expect(findPreamble(sample, true)).toEqual({
      lines: ['Post Performance Report', 'Brand:,Acme'],
      lineCount: 3,
      length: sample.indexOf('text,author'),
    });
    const five = ['date,text,retweets,favorites,followers', ...rows(30, 5)];
    const period = ['Report,,,,', 'Report period:,2021-01-01 - 2021-01-31,,,', ',,,,', ...five];
    expect(findPreamble(period.join('\n'), true)?.lines).toEqual([
      'Report',
      'Report period:,2021-01-01 - 2021-01-31',
    ]);
    // a padded header that names two of its columns is still the header
    const words = Array.from({ length: 20 }, (_, i) => `ann ${i},hello,there,,,`);
    expect(findPreamble(['text,author,,,,', ...words].join('\n'), true)).toBeNull();
  });

  it('finds none above a header that agrees with its rows, or is glued to the first', () => {
    expect(findPreamble(['text,likes,shares', ...rows(20, 3)].join('\n'), true)).toBeNull();
    expect(findPreamble('\ntext,likes\n' + rows(5, 2).join('\n'), true)).toBeNull();
    expect(findPreamble('only one line', true)).toBeNull();
  });

  it('never takes a header that misses a name for a title, or a row for the header', () => {
    // two names over three columns: the line below holds numbers, so it is a row
    expect(findPreamble(['text,likes', ...rows(20, 3)].join('\n'), true)).toBeNull();
    // two names over three text columns: too wide to be a title over a table of three
    const words = Array.from({ length: 20 }, (_, i) => `ann ${i},hello,there`);
    expect(findPreamble(['name,text', ...words].join('\n'), true)).toBeNull();
    // a key,value line over a table of three is no title either
    expect(findPreamble(['Report,Launch', 'a,b,c', ...words].join('\n'), true)).toBeNull();
  });
});

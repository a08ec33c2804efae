import { describe, expect, it } from 'vitest';
import type { Result } from '../errors/index.ts';
import { importCsv } from './importCsv.ts';
import { memoryByteSource } from './memorySource.ts';
import type { ByteSource, ImportOptions, ImportProgress, ParsedTable } from './types.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function run(
  content: string | Uint8Array,
  options: ImportOptions = {},
): Promise<Result<ParsedTable>> {
  return importCsv(
    memoryByteSource(typeof content === 'string' ? utf8(content) : content, 'test.csv'),
    options,
  );
}

async function table(
  content: string | Uint8Array,
  options: ImportOptions = {},
): Promise<ParsedTable> {
  const r = await run(content, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function failure(
  content: string | Uint8Array,
  options: ImportOptions = {},
): Promise<{ code: string; message: string; hint?: string }> {
  const r = await run(content, options);
  if (r.ok) throw new Error(`expected a failure, got ${r.value.rowCount} rows`);
  return r.error;
}

const column = (t: ParsedTable, name: string): string[] => t.columns[t.header.indexOf(name)]!;
const codes = (t: ParsedTable): string[] => t.warnings.map((w) => w.code);

describe('delimiters', () => {
  it('reads a comma file whose quoted text holds commas', async () => {
    const t = await table('id,text,likes\n1,"a, b, c",3\n2,"d, e",4\n3,plain,5\n');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['id', 'text', 'likes']);
    expect(column(t, 'text')).toEqual(['a, b, c', 'd, e', 'plain']);
    expect(t.rowCount).toBe(3);
  });

  it('reads a semicolon file without quoting whose text has commas and stray quotes', async () => {
    const t = await table(
      'user;text;likes\nbob;"Great" speech, really;5\nann;no quotes, but commas, many;2\ncid;he said "hi", twice;1\n',
    );
    expect(t.delimiter).toBe(';');
    expect(column(t, 'text')).toEqual([
      '"Great" speech, really',
      'no quotes, but commas, many',
      'he said "hi", twice',
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('prefers the semicolon over decimal commas in a semicolon file', async () => {
    const t = await table('a;b;c\n1,5;2,5;3,5\n4,25;5,75;6,5\n');
    expect(t.delimiter).toBe(';');
    expect(column(t, 'b')).toEqual(['2,5', '5,75']);
  });

  it('reads tab- and pipe-separated files', async () => {
    const tsv = await table('a\tb\n1\tx, y\n2\tz\n');
    expect(tsv.delimiter).toBe('\t');
    expect(column(tsv, 'b')).toEqual(['x, y', 'z']);
    const psv = await table('a|b|c\n1|2|3\n4|5|6\n');
    expect(psv.delimiter).toBe('|');
    expect(column(psv, 'c')).toEqual(['3', '6']);
  });

  it("follows Excel's sep= line and does not read it as a record", async () => {
    // A semicolon file whose text is full of commas: the line, not the counts, names the delimiter.
    const t = await table('sep=;\r\nid;text\r\n1;a, b, c, d\r\n2;e, f\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['id', 'text']);
    expect(column(t, 'text')).toEqual(['a, b, c, d', 'e, f']);
    expect(t.warnings).toEqual([]);
    const quoted = await table('\uFEFF"sep=,"\nid,text\n1,"x; y"\n');
    expect(quoted.header).toEqual(['id', 'text']);
    expect(column(quoted, 'text')).toEqual(['x; y']);
    const unknown = await table('sep=:\nid;text\n1;a\n');
    expect(unknown.delimiter).toBe(';');
    expect(unknown.rowCount).toBe(1);
  });

  it('counts the sep= line when it names the line of an unclosed quote', async () => {
    const e = await failure('sep=,\nid,text\n1,ok\n2,"never closed\n3,more\n');
    expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
    expect(e.message).toContain('line 4');
  });

  it("skips a report's title above the table, says so, and counts its lines in errors", async () => {
    const body = Array.from({ length: 12 }, (_, i) => `post ${i} words,${i},${i % 3}`);
    const t = await table(
      [
        'sep=,',
        'Post Performance Report',
        'Exported 2026-01-05',
        '',
        'text,likes,shares',
        ...body,
      ].join('\n'),
    );
    expect(t.header).toEqual(['text', 'likes', 'shares']);
    expect(t.rowCount).toBe(12);
    expect(t.warnings).toEqual([
      {
        code: 'PREAMBLE_SKIPPED',
        rows: 2,
        message:
          'The 2 lines above the table ("Post Performance Report", "Exported 2026-01-05") are a report\'s title, not posts, so they were skipped: the header was read from line 5. Check the first rows.',
      },
    ]);
    const e = await failure(
      ['Report', '', 'text,likes,shares', ...body.slice(0, 3), 'x,"open,1', ...body].join('\n'),
    );
    expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
    expect(e.message).toContain('line 7');
  });

  it('refuses a file holding only a sep= line as empty', async () => {
    expect((await failure('sep=;\n')).code).toBe('FILE_EMPTY');
  });

  it('reads quoted fields that open after a space (`3, "a, b"`), in any chunking', async () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `${i}, "Post ${i}, with a comma and ""quotes""", 2024-01-0${(i % 9) + 1}`,
    );
    const csv = `likes, "text", date\n${rows.join('\n')}\n`;
    for (const chunkBytes of [undefined, 13]) {
      const t = await table(csv, chunkBytes === undefined ? {} : { chunkBytes });
      expect(t.header).toEqual(['likes', 'text', 'date']);
      expect(t.rowCount).toBe(400);
      expect(column(t, 'text')[7]).toBe('Post 7, with a comma and "quotes"');
      expect(column(t, 'date')[7]).toBe('2024-01-08');
      expect(t.warnings).toEqual([]);
    }
  });

  it('keeps `, "` as text where the file does not open quotes after spaces', async () => {
    // quoted text holding `, "`, and an unquoted field with a quote in it: no field opens after a space
    const quoted = await table('id,text\n1,"she said, ""stop"" twice"\n2,"a, ""b"""\n');
    expect(column(quoted, 'text')).toEqual(['she said, "stop" twice', 'a, "b"']);
    const unquoted = await table('id;text\n1;he said, "hi" there\n2;plain\n');
    expect(column(unquoted, 'text')).toEqual(['he said, "hi" there', 'plain']);
  });

  it('reads a file of one column', async () => {
    const t = await table('text\nhello world\nsecond post\n');
    expect(t.header).toEqual(['text']);
    expect(column(t, 'text')).toEqual(['hello world', 'second post']);
  });
});

describe('cells', () => {
  it('trims padded values and header names', async () => {
    const t = await table(' a , b \n  x  ,  Positive   \n y,z \n');
    expect(t.header).toEqual(['a', 'b']);
    expect(column(t, 'a')).toEqual(['x', 'y']);
    expect(column(t, 'b')).toEqual(['Positive', 'z']);
  });

  it('keeps quoted multi-line fields, with CRLF line ends', async () => {
    const t = await table('a,b\r\n1,"first line\r\nsecond ""line"""\r\n2,z\r\n');
    expect(column(t, 'a')).toEqual(['1', '2']);
    expect(column(t, 'b')).toEqual(['first line\r\nsecond "line"', 'z']);
  });

  it('parses the same across chunk boundaries that split records, quotes and UTF-8 characters', async () => {
    const texts: string[] = [];
    let csv = 'id,text,n\n';
    for (let i = 0; i < 3000; i++) {
      const text = i % 7 === 0 ? `line one 💉 ${i}\nline "two", é` : `post ${i} ✅ ünïcode`;
      texts.push(text);
      csv += `${i},"${text.replace(/"/g, '""')}",${i * 2}\n`;
    }
    expect(csv.length).toBeGreaterThan(64 * 1024);
    const t = await table(csv, { chunkBytes: 997 });
    expect(t.rowCount).toBe(3000);
    expect(column(t, 'text')).toEqual(texts);
    expect(column(t, 'n')[2999]).toBe('5998');
  });

  it('keeps Excel-rounded ids as text and warns about the lost digits', async () => {
    const t = await table(
      'tweet_id,text\n5.70306E+17,hello\n5.70301E+17,bye\n570306123456789012,fine\n',
    );
    expect(column(t, 'tweet_id')).toEqual(['5.70306E+17', '5.70301E+17', '570306123456789012']);
    const w = t.warnings.find((x) => x.code === 'EXCEL_MANGLED_IDS');
    expect(w?.column).toBe('tweet_id');
    expect(w?.rows).toBe(2);
    expect(w?.message).toContain('5.70306E+17');
    expect(w?.message).toContain('cannot be recovered');
  });

  it('does not call small scientific numbers mangled ids', async () => {
    const t = await table('id,x\n1.5E+3,1\n2E+10,2\n');
    expect(codes(t)).not.toContain('EXCEL_MANGLED_IDS');
  });
});

describe('header', () => {
  it('names empty header cells and makes repeated names unique', async () => {
    const t = await table(',text,text,,likes\n0,a,b,c,1\n');
    expect(t.header).toEqual(['column_1', 'text', 'text_2', 'column_4', 'likes']);
    expect(codes(t)).toEqual(['EMPTY_HEADER', 'DUPLICATE_HEADER']);
    expect(t.warnings[0]!.message).toContain('column_1, column_4');
    expect(t.warnings[1]!.message).toContain('"text" → "text_2"');
  });

  it('does not give a generated name that a real column already has', async () => {
    const t = await table(',column_1\n1,2\n');
    expect(t.header).toEqual(['column_1_2', 'column_1']);
  });

  it('drops the empty unnamed last column that a trailing delimiter makes', async () => {
    const t = await table('a,b,\n1,2,\n3,4,\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.warnings).toEqual([]);
    // Only the header ends with a delimiter: the rows are not short.
    const headerOnly = await table('a,b,c,\nx,y,z\n1,2,3\n');
    expect(headerOnly.header).toEqual(['a', 'b', 'c']);
    expect(headerOnly.warnings).toEqual([]);
  });

  it('repairs a header glued to the first record (GetOldTweets export)', async () => {
    const csv =
      'username;date;retweets;favorites;text;geo;mentions;hashtags;id;permalinkRealDonaldTrump;2016-07-15 20:37;4573;11245;Make America great, again!;;;#MAGA;7.54E+17;https://twitter.com/realDonaldTrump/status/1\n' +
      'realDonaldTrump;2016-07-15 19:30;3000;9000;Thank you Ohio;;@GOP;;7.53E+17;https://twitter.com/realDonaldTrump/status/2\n' +
      'realDonaldTrump;2016-07-14 10:00;100;200;Second text;;;#Trump2016 #MAGA;7.52E+17;https://twitter.com/realDonaldTrump/status/3\n';
    const t = await table(csv);
    expect(t.header).toEqual([
      'username',
      'date',
      'retweets',
      'favorites',
      'text',
      'geo',
      'mentions',
      'hashtags',
      'id',
      'permalink',
    ]);
    expect(t.rowCount).toBe(3);
    expect(column(t, 'username')).toEqual([
      'RealDonaldTrump',
      'realDonaldTrump',
      'realDonaldTrump',
    ]);
    expect(column(t, 'text')[0]).toBe('Make America great, again!');
    expect(column(t, 'permalink')[0]).toBe('https://twitter.com/realDonaldTrump/status/1');
    expect(codes(t)).toEqual(['GLUED_HEADER_REPAIRED', 'EXCEL_MANGLED_IDS']);
    expect(t.warnings[0]!.message).toContain('"permalink"');
  });

  it('repairs a glued header whose first record is ragged too', async () => {
    // "one; two" holds the delimiter, so the first line has 6 fields rather than 2 × 3 − 1 = 5.
    const t = await table(
      'user;when;textbob;2016-07-15;one; two\nann;2016-07-16;three\ncid;2016-07-17;four\n',
    );
    expect(t.header).toEqual(['user', 'when', 'text']);
    expect(column(t, 'user')).toEqual(['bob', 'ann', 'cid']);
    expect(codes(t)).toEqual(['GLUED_HEADER_REPAIRED', 'RAGGED_ROWS']);
  });

  it('fails with CSV_GLUED_HEADER when the glued name cannot be cut', async () => {
    const e = await failure('alpha;beta;gammaqqq;zz;yy\nu1;2;3\nu2;4;5\nu3;6;7\n');
    expect(e.code).toBe('CSV_GLUED_HEADER');
    expect(e.message).toContain('The first line has 5 fields but the other lines have 3');
    expect(e.message).toContain('gammaqqq');
  });
});

describe('ragged rows and blank lines', () => {
  it('pads short rows, drops extra cells and says which rows', async () => {
    const t = await table('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
    expect(column(t, 'a')).toEqual(['1', '4', '6', '10']);
    expect(column(t, 'c')).toEqual(['3', '', '8', '12']);
    const w = t.warnings.find((x) => x.code === 'RAGGED_ROWS')!;
    expect(w.rows).toBe(2);
    expect(w.message).toContain("1 had fewer fields than the header's 3 (first: data row 2");
    expect(w.message).toContain('1 had more (first: data row 3');
  });

  it('fails when most rows have more fields than the header', async () => {
    const e = await failure('a,b\n1,2,3\n4,5,6\n7,8\n');
    expect(e.code).toBe('CSV_RAGGED');
    expect(e.message).toContain('2 of 3');
  });

  it('reads a file without a header line (Sentiment140) as data, naming the columns', async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `"${i % 2 === 0 ? 0 : 4}","${1467810369 + i}","Mon Apr 06 22:19:${String(10 + i).padStart(2, '0')} PDT 2009","NO_QUERY","user${i}","post number ${i} is a sentence of words"`,
    );
    const t = await table(`${lines.join('\n')}\n`);
    expect(t.rowCount).toBe(30);
    expect(t.header).toEqual([
      'column_1',
      'column_2',
      'column_3',
      'column_4',
      'column_5',
      'column_6',
    ]);
    expect(column(t, 'column_6')[0]).toBe('post number 0 is a sentence of words');
    expect(t.warnings).toEqual([
      {
        code: 'HEADER_MISSING',
        message:
          'The first line holds data, not column names ("0", "1467810369", "Mon Apr 06 22:19:10 PDT 2009", …), so it was read as the first row and the columns were named column_1 to column_6. Check the column types and roles below.',
      },
    ]);
  });

  it('keeps a header of names, one of questions over answers, and one of column numbers, as the header', async () => {
    const posts = Array.from(
      { length: 20 },
      (_, i) => `${i},post number ${i} is a sentence,${i * 3}`,
    );
    expect((await table(`id,text,likes\n${posts.join('\n')}\n`)).header).toEqual([
      'id',
      'text',
      'likes',
    ]);
    const answers = Array.from(
      { length: 20 },
      (_, i) => `${i},I liked the colours and the price a lot,It could ship faster to my town`,
    );
    const survey = await table(
      `respondent,What did you like about the product you bought?,What would you change in the next version?\n${answers.join('\n')}\n`,
    );
    expect(survey.header[1]).toBe('What did you like about the product you bought?');
    expect(survey.rowCount).toBe(20);
    // pandas numbers the columns of a table it read without a header: that line is a header
    const numbered = Array.from(
      { length: 20 },
      (_, i) => `${i},4,${1467810369 + i},post ${i} is a sentence of words`,
    );
    const pandas = await table(`,0,1,2\n${numbered.join('\n')}\n`);
    expect(pandas.header).toEqual(['column_1', '0', '1', '2']);
    expect(pandas.rowCount).toBe(20);
  });

  it('skips rows that repeat the header, as in exports joined into one file, and says so', async () => {
    const part = (from: number) =>
      Array.from({ length: 3 }, (_, i) => `${from + i},post ${from + i},${i}`).join('\n');
    const t = await table(
      `id,text,likes\n${part(0)}\nid,text,likes\n${part(3)}\n id , text , likes \n${part(6)}\n`,
    );
    expect(t.rowCount).toBe(9);
    expect(column(t, 'id')).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(t.warnings).toEqual([
      {
        code: 'HEADER_REPEATED',
        rows: 2,
        message:
          '2 rows repeat the header (the first after data row 3), as when exports are joined into one file; they are not posts and were skipped.',
      },
    ]);
    // a post that only starts like the header, or a one-column file's post, is kept
    expect((await table('id,text\nid,a post\n')).rowCount).toBe(1);
    expect((await table('text\nhello\ntext\n')).rowCount).toBe(2);
  });

  it('skips blank lines inside the data with a warning, and trailing ones silently', async () => {
    const t = await table('\na,b\n1,2\n\n3,4\n\n\n');
    expect(t.rowCount).toBe(2);
    expect(t.warnings).toEqual([expect.objectContaining({ code: 'BLANK_LINES_SKIPPED', rows: 1 })]);
  });

  it("takes lines of delimiters only (Excel's empty rows) for blank lines, before the header too", async () => {
    const t = await table(',,\ntext,likes,shares\nhello,1,2\n, ,\nbye,3,4\n,,\n,,\n');
    expect(t.header).toEqual(['text', 'likes', 'shares']);
    expect(column(t, 'text')).toEqual(['hello', 'bye']);
    expect(t.warnings).toEqual([
      {
        code: 'BLANK_LINES_SKIPPED',
        rows: 1,
        message: '1 blank line between rows (no value in any column) was skipped.',
      },
    ]);
    // a row with one value is a row
    expect((await table('text,likes\nhello,1\n,2\n')).rowCount).toBe(2);
  });
});

describe('encodings', () => {
  const text = 'name,text\nJosé,crème brûlée 💉\nZoë,naïve\n';

  it('reads UTF-8 with a byte-order mark', async () => {
    const t = await table(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.header).toEqual(['name', 'text']);
    expect(column(t, 'text')).toEqual(['crème brûlée 💉', 'naïve']);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const t = await table(bytes, { chunkBytes: 33 });
      expect(t.encoding).toBe(encoding);
      expect(t.header).toEqual(['name', 'text']);
      expect(column(t, 'name')).toEqual(['José', 'Zoë']);
      expect(column(t, 'text')).toEqual(['crème brûlée 💉', 'naïve']);
    }
  });

  it('recognises UTF-16 LE without a byte-order mark', async () => {
    const t = await table(new Uint8Array(Buffer.from('a,b\n1,2\n', 'utf16le')));
    expect(t.encoding).toBe('utf-16le');
    expect(column(t, 'b')).toEqual(['2']);
  });

  it('falls back to Windows-1252 when a byte deep in the file is not UTF-8', async () => {
    let ascii = 'id,text\n';
    let rows = 0;
    while (ascii.length < 2 * 1024 * 1024) ascii += `${rows++},plain ascii text number ${rows}\n`;
    const head = utf8(ascii);
    // "café crème" in Windows-1252: é = 0xE9, è = 0xE8.
    const tail = new Uint8Array([...utf8('x,caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me\n')]);
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    const t = await table(bytes);
    expect(t.encoding).toBe('windows-1252');
    expect(t.rowCount).toBe(rows + 1);
    expect(column(t, 'text')[rows]).toBe('café crème');
    expect(t.warnings[0]!.code).toBe('LATIN1_FALLBACK');
    expect(t.warnings[0]!.message).toContain(
      `byte ${(head.length + 5).toLocaleString('en-US')} (0xE9)`,
    );
  });

  it('repairs text that Excel decoded as Windows-1252 and saved again (mojibake), and says so', async () => {
    const t = await table(
      'text,likes\nLoved it ðŸ˜‚ðŸ˜‚,3\nUn Ã©tÃ© trÃ¨s rÃ©ussi,4\nIt’s fine,5\nNÃO ACEITO,6\n',
    );
    expect(column(t, 'text')).toEqual([
      'Loved it 😂😂',
      'Un été très réussi',
      'It’s fine',
      'NÃO ACEITO',
    ]);
    expect(codes(t)).toEqual(['MOJIBAKE_REPAIRED']);
    expect(t.warnings[0]!.message).toContain(
      '2 cells of "text" held text decoded in the wrong encoding ("ðŸ˜‚ðŸ˜‚" for "😂😂")',
    );
  });

  it('gives back the emoji of a UTF-8 file read as Windows-1252 because of one stray byte', async () => {
    let csv = 'id,text\n';
    for (let i = 0; i < 50; i++) csv += `${i},post ${i} 💉 vacciné\n`;
    const tail = new Uint8Array([...utf8('50,caf'), 0xe9, ...utf8(' noir\n')]);
    const head = utf8(csv);
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    const t = await table(bytes);
    expect(t.encoding).toBe('windows-1252');
    expect(codes(t)).toEqual(['LATIN1_FALLBACK', 'MOJIBAKE_REPAIRED']);
    expect(column(t, 'text')[7]).toBe('post 7 💉 vacciné');
    expect(column(t, 'text')[50]).toBe('café noir');
  });

  it('reads Windows-1252 punctuation as Windows-1252, not Latin-1 control codes', async () => {
    const t = await table(
      new Uint8Array([...utf8('a\n'), 0x93, ...utf8('hi'), 0x94, 0x20, 0x80, 0x0a]),
    );
    expect(column(t, 'a')).toEqual(['\u201chi\u201d \u20ac']);
  });
});

describe('files that cannot be read', () => {
  it('refuses an empty file, blank space and a lone byte-order mark', async () => {
    expect((await failure('')).code).toBe('FILE_EMPTY');
    expect((await failure('\n \r\n\t\n')).code).toBe('FILE_EMPTY');
    expect((await failure(new Uint8Array([0xef, 0xbb, 0xbf]))).code).toBe('FILE_EMPTY');
  });

  it('refuses a header without rows, naming its columns', async () => {
    const e = await failure('id,text,likes\n\n');
    expect(e.code).toBe('FILE_HEADER_ONLY');
    expect(e.message).toContain('3 columns: id, text, likes');
  });

  it('refuses images, PDFs, workbooks and binary data', async () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'PNG image'],
      [[0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46], 'JPEG image'],
      [[...utf8('GIF89a'), 1, 0, 1, 0], 'GIF image'],
      [[...utf8('%PDF-1.7\n%âãÏÓ\n')], 'PDF document'],
      [
        [
          0x50,
          0x4b,
          0x03,
          0x04,
          20,
          0,
          6,
          0,
          ...utf8('[Content_Types].xml'),
          0,
          0,
          ...utf8('xl/workbook.xml'),
        ],
        'Excel workbook',
      ],
      [[...utf8('id,text\n1,abc'), 0, 0, 0, ...utf8('def\n')], 'NUL byte'],
    ];
    for (const [bytes, what] of cases) {
      const e = await failure(new Uint8Array(bytes));
      expect(e.code).toBe('FILE_BINARY');
      expect(e.message).toContain(what);
    }
    const xlsx = await failure(new Uint8Array(cases[4]![0]));
    expect(xlsx.message).toContain('this is an Excel workbook (.xlsx): save it as CSV');
  });

  it('reports the line where an unclosed quote opens', async () => {
    const e = await failure('a,b\n1,ok\n2,"never closed\n3,x\n4,y\n');
    expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
    expect(e.message).toContain('opens on line 3');
    expect(e.hint).toContain('line 3');
  });

  it('counts lines across chunks to place an unclosed quote in a large file', async () => {
    let csv = 'a,b\n';
    for (let i = 2; i < 5000; i++) csv += `${i},"row ${i}\nsecond line"\n`; // two lines per record
    csv += '9,"opens here\n';
    for (let i = 0; i < 3000; i++) csv += `${i},plain\n`;
    const e = await failure(csv, { chunkBytes: 4096 });
    expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
    expect(e.message).toContain(`opens on line ${1 + 2 * 4998 + 1}`);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const source: ByteSource = {
      name: 'big.csv',
      size: 2_500_000,
      read: () => Promise.reject(new Error('must not read')),
    };
    const r = await importCsv(source, { maxBytes: 1_000_000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FILE_TOO_LARGE');
    expect(r.error.message).toBe('"big.csv" is 2.5 MB, over the 1 MB limit for one import.');
  });
});

describe('progress and cancellation', () => {
  const csv =
    'a,b\n' + Array.from({ length: 20000 }, (_, i) => `${i},value ${i}`).join('\n') + '\n';

  it('reports bytes and rows, and once more at the end', async () => {
    const events: ImportProgress[] = [];
    const t = await table(csv, {
      chunkBytes: 16 * 1024,
      progressIntervalMs: 0,
      onProgress: (p) => events.push(p),
    });
    expect(events.length).toBeGreaterThan(5);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.bytesRead).toBeGreaterThanOrEqual(events[i - 1]!.bytesRead);
    expect(events.at(-1)).toEqual({ bytesRead: csv.length, totalBytes: csv.length, rows: 20000 });
    expect(t.rowCount).toBe(20000);
  });

  it('throttles progress to the interval', async () => {
    const events: ImportProgress[] = [];
    await table(csv, {
      chunkBytes: 16 * 1024,
      progressIntervalMs: 1e9,
      onProgress: (p) => events.push(p),
    });
    expect(events.map((e) => e.rows)).toEqual([0, 20000]);
  });

  it('stops between chunks when the signal fires', async () => {
    const controller = new AbortController();
    const r = await run(csv, {
      chunkBytes: 16 * 1024,
      progressIntervalMs: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('ABORTED');
    const before = await run(csv, { signal: AbortSignal.abort() });
    expect(before.ok ? 'ok' : before.error.code).toBe('ABORTED');
  });
});

describe('never a lost or phantom row (the failures of issue 11)', () => {
  const posts = (n: number, end: (i: number) => string) =>
    'id,text\n' + Array.from({ length: n }, (_, i) => `${i},post ${i}${end(i)}`).join('');

  it('splits where each record ends in a file mixing \\n, \\r\\n and lone \\r, across chunk boundaries', async () => {
    const csv = posts(40, (i) => ['\n', '\r', '\r\n'][i % 3]!);
    for (const chunkBytes of [7, 64, 1024 * 1024]) {
      const t = await table(csv, { chunkBytes });
      expect(t.rowCount).toBe(40);
      expect(column(t, 'text')).toEqual(Array.from({ length: 40 }, (_, i) => `post ${i}`));
      expect(codes(t)).toEqual([]);
    }
    const mac = await table(posts(5, () => '\r'));
    expect(mac.rowCount).toBe(5);
  });

  it('drops a character cut by the end of the file with a warning, in UTF-8 and UTF-16', async () => {
    const bytes = utf8('id,text\n1,café ☕\n2,last 🎉\n');
    for (const cut of [1, 2, 3]) {
      const t = await table(
        new Uint8Array([...utf8('id,text\n1,café ☕\n2,last '), ...utf8('🎉').slice(0, cut)]),
      );
      expect(t.rowCount).toBe(2);
      expect(t.encoding).toBe('utf-8');
      expect(column(t, 'text')).toEqual(['café ☕', 'last']);
      expect(codes(t)).toEqual(['CUT_CHARACTER_DROPPED']);
    }
    // after the last line break: no phantom third row
    const after = await table(new Uint8Array([...bytes, 0xe2, 0x98]));
    expect(after.rowCount).toBe(2);
    expect(codes(after)).toEqual(['CUT_CHARACTER_DROPPED']);
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('id,text\n1,a\n', (c) => [c.charCodeAt(0), 0]).flat(),
      0x41,
    ]);
    const t16 = await table(le);
    expect(t16.rowCount).toBe(1);
    expect(codes(t16)).toEqual(['CUT_CHARACTER_DROPPED']);
  });

  it('removes NUL bytes after the first 64 KB and says how many and where; before, the file is binary', async () => {
    const head = posts(5000, () => '\n');
    expect(head.length).toBeGreaterThan(64 * 1024);
    const csv = new Uint8Array([
      ...utf8(head),
      ...utf8('5000,nul'),
      0,
      0,
      ...utf8('here\n5001,x\n'),
    ]);
    const t = await table(csv, { chunkBytes: 4096 });
    expect(t.rowCount).toBe(5002);
    expect(column(t, 'text').at(-2)).toBe('nulhere');
    expect(t.warnings[0]).toMatchObject({ code: 'NUL_BYTES_REMOVED', rows: 2 });
    expect(t.warnings[0]!.message).toContain(
      `2 NUL bytes were removed (the first at byte ${(utf8(head).length + 8).toLocaleString('en-US')})`,
    );
    expect((await failure(new Uint8Array([...utf8('id,text\n1,a'), 0, ...utf8('\n')]))).code).toBe(
      'FILE_BINARY',
    );
  });

  it('reads a properly closed 17 MB quoted field and a 20 MB unquoted line, neither called an unclosed quote', async () => {
    const big = 'x'.repeat(17 * 1024 * 1024);
    const quoted = await table(`id,text\n1,"${big}"\n2,after\n`);
    expect(quoted.rowCount).toBe(2);
    expect(column(quoted, 'text')[0]!.length).toBe(big.length);
    const line = 'y'.repeat(20 * 1024 * 1024);
    const unquoted = await table(`id,text\n1,${line}\n2,after\n`);
    expect(unquoted.rowCount).toBe(2);
    expect(column(unquoted, 'text')[1]).toBe('after');
  });

  it('refuses a line past 64 MB for what it is: no line break, or a quote left open', async () => {
    const noBreak = await failure(`id,text\n1,ok\n2,${'z'.repeat(65 * 1024 * 1024)}`);
    expect(noBreak.code).toBe('CSV_RECORD_TOO_LONG');
    expect(noBreak.message).toBe(
      'Line 3 runs on for more than 64 MB without a line break, so it cannot be one post.',
    );
    const open = await failure(`id,text\n1,ok\n2,"${'w\n'.repeat(33 * 1024 * 1024)}`);
    expect(open.code).toBe('CSV_UNCLOSED_QUOTE');
    expect(open.message).toContain('opens on line 3 and runs on for more than 64 MB');
  });
});

import { describe, expect, it } from 'vitest';
import { guessDatetimeFormat, parseDatetimeCell } from './parseDatetime.ts';

const at = (iso: string): number => Date.parse(iso);

describe('parseDatetimeCell', () => {
  it('reads ISO dates and times, naive ones as UTC', () => {
    expect(parseDatetimeCell('2023-01-15 12:30:00', 'iso')).toBe(at('2023-01-15T12:30:00Z'));
    expect(parseDatetimeCell('2023-01-15 12:30', 'iso')).toBe(at('2023-01-15T12:30:00Z'));
    expect(parseDatetimeCell('2023-01-15', 'iso')).toBe(at('2023-01-15T00:00:00Z'));
    expect(parseDatetimeCell('2021-08-03T10:00:00.250Z', 'iso')).toBe(
      at('2021-08-03T10:00:00.250Z'),
    );
    expect(parseDatetimeCell('2023/1/5 7:05', 'iso')).toBe(at('2023-01-05T07:05:00Z'));
  });

  it('applies offsets and zone abbreviations', () => {
    expect(parseDatetimeCell('2021-08-03T10:00:00+02:00', 'iso')).toBe(at('2021-08-03T08:00:00Z'));
    expect(parseDatetimeCell('2021-08-03 10:00:00 -0530', 'iso')).toBe(at('2021-08-03T15:30:00Z'));
    expect(parseDatetimeCell('2021-03-01 12:34:56 EST', 'iso')).toBe(at('2021-03-01T17:34:56Z'));
    expect(parseDatetimeCell('2021-03-01 12:34:56 XYZ', 'iso')).toBeNaN();
  });

  it('reads day-first and month-first dates, with AM/PM and two-digit years', () => {
    expect(parseDatetimeCell('24-02-2015 11:35', 'dmy')).toBe(at('2015-02-24T11:35:00Z'));
    expect(parseDatetimeCell('24/02/2015', 'dmy')).toBe(at('2015-02-24T00:00:00Z'));
    expect(parseDatetimeCell('2/24/2015 1:35 PM', 'mdy')).toBe(at('2015-02-24T13:35:00Z'));
    expect(parseDatetimeCell('2/24/15 12:10 am', 'mdy')).toBe(at('2015-02-24T00:10:00Z'));
  });

  it('reads unix seconds and milliseconds, and the Twitter API format', () => {
    expect(parseDatetimeCell('1627980000', 'unix-s')).toBe(1627980000000);
    expect(parseDatetimeCell('1627980000123', 'unix-ms')).toBe(1627980000123);
    expect(parseDatetimeCell('Wed Oct 10 20:19:24 +0000 2018', 'twitter')).toBe(
      at('2018-10-10T20:19:24Z'),
    );
    expect(parseDatetimeCell('Wed Oct 10 20:19:24 +0200 2018', 'twitter')).toBe(
      at('2018-10-10T18:19:24Z'),
    );
    // Sentiment140 names the zone
    expect(parseDatetimeCell('Mon Apr 06 22:19:49 PDT 2009', 'twitter')).toBe(
      at('2009-04-07T05:19:49Z'),
    );
    expect(parseDatetimeCell('Mon Apr 06 22:19:49 XYZ 2009', 'twitter')).toBeNaN();
  });

  it('reads English month names in either order, with a weekday, ordinal, "at" and a.m./p.m.', () => {
    const read = (cell: string) => parseDatetimeCell(cell, 'month-name');
    expect(read('Mar 12, 2021')).toBe(at('2021-03-12T00:00:00Z'));
    expect(read('March 12th 2021 10:05 PM')).toBe(at('2021-03-12T22:05:00Z'));
    expect(read('Friday, March 12, 2021 at 9:05 a.m.')).toBe(at('2021-03-12T09:05:00Z'));
    expect(read('Sept. 3, 2020, 23:59:30')).toBe(at('2020-09-03T23:59:30Z'));
    expect(read('12 March 2021')).toBe(at('2021-03-12T00:00:00Z'));
    expect(read('Fri, 1st Jan 2021 12:00 am')).toBe(at('2021-01-01T00:00:00Z'));
    expect(
      ['Foo 12, 2021', 'Feb 30, 2021', 'Ma 12, 2021', 'Mar 12', 'Mar 12, 2021 13:00 PM'].map(read),
    ).toEqual(Array(5).fill(NaN));
  });

  it("reads Excel's day numbers, to the second, within 1970-2100", () => {
    const read = (cell: string) => parseDatetimeCell(cell, 'excel-serial');
    expect(read('44185')).toBe(at('2020-12-20T00:00:00Z'));
    expect(read('44185.25')).toBe(at('2020-12-20T06:00:00Z'));
    expect(read('44185.2548611111')).toBe(at('2020-12-20T06:07:00Z'));
    expect(['25568', '73052', '4418', '1e5', '44185,5'].map(read)).toEqual(Array(5).fill(NaN));
  });

  it('reads the zone of RSS and mail dates (RFC 2822) and of month-name times', () => {
    const read = (cell: string) => parseDatetimeCell(cell, 'month-name');
    expect(read('Sun, 20 Dec 2020 06:06:44 GMT')).toBe(at('2020-12-20T06:06:44Z'));
    expect(read('Sun, 20 Dec 2020 06:06:44 +0100')).toBe(at('2020-12-20T05:06:44Z'));
    expect(read('Dec 20, 2020 at 6:06 AM EST')).toBe(at('2020-12-20T11:06:00Z'));
    expect(read('Dec 20, 2020 at 6:06 PM -05:30')).toBe(at('2020-12-20T23:36:00Z'));
    expect(read('Sun, 20 Dec 2020 06:06:44 XYZ')).toBeNaN();
    expect(guessDatetimeFormat(['Sun, 20 Dec 2020 06:06:44 GMT'], false)?.format).toBe(
      'month-name',
    );
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseDatetimeCell('2023-02-31', 'iso')).toBeNaN();
    expect(parseDatetimeCell('31-04-2023', 'dmy')).toBeNaN();
    expect(parseDatetimeCell('2023-13-01', 'iso')).toBeNaN();
    expect(parseDatetimeCell('', 'iso')).toBeNaN();
  });
});

describe('guessDatetimeFormat', () => {
  it('settles day-first or month-first by values above 12, else by the separator', () => {
    expect(guessDatetimeFormat(['01-02-2015 10:00', '24-02-2015 11:35'], false)?.format).toBe(
      'dmy',
    );
    expect(guessDatetimeFormat(['1/2/2015', '2/24/2015'], false)?.format).toBe('mdy');
    expect(guessDatetimeFormat(['01/02/2015', '03/04/2015'], false)?.format).toBe('mdy');
    expect(guessDatetimeFormat(['01.02.2015', '03.04.2015'], false)?.format).toBe('dmy');
  });

  it('takes unix numbers only under a time-like name and in 1995-2100', () => {
    expect(guessDatetimeFormat(['1627980000', '1607774128'], true)?.format).toBe('unix-s');
    expect(guessDatetimeFormat(['1627980000123', '1607774128000'], true)?.format).toBe('unix-ms');
    expect(guessDatetimeFormat(['1627980000', '1607774128'], false)).toBeNull();
    expect(guessDatetimeFormat(['123456789', '1607774128'], true)).toBeNull();
  });

  it('tolerates a few unreadable values but not many', () => {
    const good = Array.from({ length: 19 }, (_, i) => `2023-01-${String(i + 1).padStart(2, '0')}`);
    expect(guessDatetimeFormat([...good, 'soon'], false)?.bad).toBe(1);
    expect(guessDatetimeFormat([...good.slice(0, 10), ...Array(5).fill('soon')], false)).toBeNull();
  });

  it('recognises month-name dates, and not text that starts like one', () => {
    expect(guessDatetimeFormat(['Mar 12, 2021 10:05 AM', '12 April 2021'], false)?.format).toBe(
      'month-name',
    );
    expect(guessDatetimeFormat(['May 5 be with you', '12 people came', 'hello'], false)).toBeNull();
  });

  it('takes the format from the first value shaped like a date, not from a description above it', () => {
    const good = Array.from({ length: 19 }, (_, i) => `1/${i + 10}/2023 10:00 AM`);
    expect(guessDatetimeFormat(['Lifetime: date posted', ...good], false)).toEqual({
      format: 'mdy',
      bad: 1,
    });
  });
});

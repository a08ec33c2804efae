/**
 * Datetimes as exports write them. Naive timestamps (no zone) are read as UTC, so that the hour and
 * weekday of the result (`getUTCHours`, `getUTCDay`) equal pandas' naive `dt.hour` and `dt.dayofweek`.
 */
import type { DatetimeFormat } from './types.ts';
import { isMissingCell } from './missing.ts';

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;
const DAY_MONTH =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
/** `Wed Oct 10 20:19:24 +0000 2018`; Sentiment140 writes a zone name instead: `… 22:19:49 PDT 2009`. */
const TWITTER =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|[A-Z]{2,5}) (\d{4})$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/**
 * An optional weekday, then the time: `, 10:05 AM`, ` at 10:05pm`, ` 22:05:09`, with a zone as
 * RSS feeds and mail headers write it (`06:06:44 GMT`, `06:06:44 +0100`).
 */
const WEEKDAY = '(?:[A-Za-z]{3,9}\\.?,? )?';
const TIME =
  '(?:,? (?:at )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?([AaPp]\\.?[Mm]\\.?)?(?: ?(Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5}))?)?';
/** `Mar 12, 2021`, `March 12th 2021`, `Friday, March 12, 2021 at 10:05 PM`. */
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY}([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})${TIME}$`,
);
/** `12 March 2021`, `12 Mar. 2021 10:05`, `Fri, 12 Mar 2021`. */
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\\.?,? (\\d{4})${TIME}$`,
);

/** Zone abbreviations seen in exports (CrowdTangle writes `2021-03-01 12:34:56 EST`), as hours east of UTC. */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  CET: 1,
  CEST: 2,
  BST: 1,
  IST: 5.5,
  JST: 9,
  AEST: 10,
  AEDT: 11,
};

const MS_PER_HOUR = 3_600_000;
/** Excel's day numbers (days since 1899-12-30) of 1970-01-01 and 2100-01-01. */
const EXCEL_1970 = 25_569;
const EXCEL_2100 = 73_051;
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;
/** Plausible unix times for social-media posts: 1995-01-01 to 2100-01-01. */
const UNIX_S_MIN = 788_918_400;
const UNIX_S_MAX = 4_102_444_800;

/**
 * A cell as epoch milliseconds, or NaN when missing or not in `format`.
 * iso: `2021-08-03`, `2021-08-03 10:00[:00[.123]]`, `2021-08-03T10:00:00Z`, `… +02:00`, `… EST`;
 * dmy: `24-02-2015 11:35`, `24/02/2015`; mdy: `2/24/2015 1:35 PM`; unix-s / unix-ms: numbers;
 * twitter: `Wed Oct 10 20:19:24 +0000 2018`; month-name: `Mar 12, 2021 10:05 AM`, `12 March 2021`.
 * Two-digit years are 2000–2069 and 1970–1999.
 */
export function parseDatetimeCell(cell: string, format: DatetimeFormat): number {
  if (isMissingCell(cell)) return NaN;
  switch (format) {
    case 'iso':
      return parseIso(cell);
    case 'dmy':
    case 'mdy':
      return parseDayMonth(cell, format === 'dmy');
    case 'unix-s':
    case 'unix-ms': {
      if (!/^\d+(?:\.\d+)?$/.test(cell)) return NaN;
      const x = Number(cell);
      return format === 'unix-s' ? x * 1000 : x;
    }
    case 'excel-serial': {
      if (!EXCEL_SERIAL.test(cell)) return NaN;
      const days = Number(cell);
      if (days < EXCEL_1970 || days > EXCEL_2100) return NaN;
      // to the second: a day's fraction in binary is never exactly a whole number of milliseconds
      return Math.round((days - EXCEL_1970) * 86_400) * 1000;
    }
    case 'twitter':
      return parseTwitter(cell);
    case 'month-name':
      return parseMonthName(cell);
  }
}

function parseIso(cell: string): number {
  const fast = parseIsoFixed(cell);
  if (fast !== undefined) return fast;
  const m = ISO.exec(cell);
  if (m === null) return NaN;
  const offsetMs = m[8] === undefined ? 0 : zoneOffsetMs(m[8]);
  const fraction = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const t = utc(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    num(m[4]),
    num(m[5]),
    num(m[6]),
    fraction,
  );
  return t - offsetMs;
}

/**
 * The common fixed-width shapes `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS` (space or T)
 * read digit by digit, several times faster than the regular expression on a million rows.
 * Undefined for any other shape, which the regular expression then reads.
 */
function parseIsoFixed(s: string): number | undefined {
  const n = s.length;
  if (n !== 10 && n !== 16 && n !== 19) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined; // '-'
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (n === 10)
    return year < 0 || month < 0 || day < 0 ? undefined : utc(year, month, day, 0, 0, 0, 0);
  const sep = s.charCodeAt(10);
  if (
    (sep !== 32 && sep !== 84) ||
    s.charCodeAt(13) !== 58 ||
    (n === 19 && s.charCodeAt(16) !== 58)
  )
    return undefined; // ' ' or 'T', ':'
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = n === 19 ? digits(s, 17, 2) : 0;
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  return utc(year, month, day, hour, minute, second, 0);
}

/** The decimal number in s[from, from + count), or -1 if a character there is not a digit. */
function digits(s: string, from: number, count: number): number {
  let x = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    x = x * 10 + d;
  }
  return x;
}

function parseDayMonth(cell: string, dayFirst: boolean): number {
  const m = DAY_MONTH.exec(cell);
  if (m === null) return NaN;
  const a = Number(m[1]);
  const b = Number(m[2]);
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900;
  let hour = num(m[4]);
  const meridiem = m[7]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return dayFirst
    ? utc(year, b, a, hour, num(m[5]), num(m[6]), 0)
    : utc(year, a, b, hour, num(m[5]), num(m[6]), 0);
}

function parseTwitter(cell: string): number {
  const m = TWITTER.exec(cell);
  if (m === null) return NaN;
  const month = monthNumber(m[1]!);
  if (month === 0) return NaN;
  const t = utc(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0);
  return t - zoneOffsetMs(m[6]!);
}

function parseMonthName(cell: string): number {
  const md = MONTH_DAY_YEAR.exec(cell);
  const m = md ?? DAY_MONTH_YEAR.exec(cell);
  if (m === null) return NaN;
  const [name, day] = md !== null ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  const month = monthNumber(name);
  if (month === 0) return NaN;
  let hour = num(m[4]);
  const meridiem = m[7]?.replace(/\./g, '').toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const t = utc(Number(m[3]), month, Number(day), hour, num(m[5]), num(m[6]), 0);
  return m[8] === undefined ? t : t - zoneOffsetMs(m[8]);
}

/** `+01`, `+0100`, `-05:00`, `Z`, `GMT`, `est` as milliseconds east of UTC; NaN for a zone not known. */
function zoneOffsetMs(zone: string): number {
  if (zone[0] === '+' || zone[0] === '-') {
    const digits = zone.slice(1).replace(':', '');
    const minutes =
      Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
    return (zone[0] === '-' ? -minutes : minutes) * 60_000;
  }
  const hours = ZONE_HOURS[zone.toUpperCase()];
  return hours === undefined ? NaN : hours * MS_PER_HOUR;
}

/** 1–12 for an English month name or its start (`Mar`, `Sept`, `MARCH`), 0 for anything else. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((full) => full.startsWith(lower)) + 1;
}

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** Epoch ms of a calendar time, or NaN when a field is out of range (no rolling 31 Feb into March). */
function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  // Date.UTC would roll 31 April into 1 May: check the day against the month's length first.
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 24 ||
    minute > 59 ||
    second > 60
  )
    return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_START = /^\d{4}[-/]/;
const TWITTER_START = /^[A-Z][a-z]{2} [A-Z][a-z]{2} /;
const NUMERIC_DATE_START = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}/;
const MONTH_NAME_START =
  /^(?:[A-Za-z]{3,9}\.?,? )?(?:[A-Za-z]{3,9}\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9})/;
const DATE_SHAPES = [ISO_START, TWITTER_START, NUMERIC_DATE_START, MONTH_NAME_START];

/**
 * Whether any `03/05/2021`-shaped value has a first or a second part above 12: the only evidence
 * of which is the day. With neither, the order is a guess (see guessDatetimeFormat).
 */
export function partsAbove12(values: readonly string[]): {
  firstAbove12: boolean;
  secondAbove12: boolean;
} {
  let firstAbove12 = false;
  let secondAbove12 = false;
  for (const v of values) {
    const m = DAY_MONTH.exec(v);
    if (m === null) continue;
    if (Number(m[1]) > 12) firstAbove12 = true;
    if (Number(m[2]) > 12) secondAbove12 = true;
    if (firstAbove12 && secondAbove12) break;
  }
  return { firstAbove12, secondAbove12 };
}

export interface DatetimeFormatGuess {
  readonly format: DatetimeFormat;
  /** Values that did not parse in that format. */
  readonly bad: number;
}

/**
 * The datetime format that reads `values` (non-missing samples), or null when none reads at least 90 %.
 * Day-first versus month-first is settled by values above 12; when nothing settles it, `/` means US
 * month-first and `-` or `.` day-first. Unix numbers count only when `timeLikeName` and they fall in
 * 1995–2100 (seconds, or milliseconds); Excel's day numbers (`44185.25`, 1970–2100) only when
 * `dateLikeName` (a name of dates, not of any time: `watch_time` holds durations).
 */
export function guessDatetimeFormat(
  values: readonly string[],
  timeLikeName: boolean,
  dateLikeName = false,
): DatetimeFormatGuess | null {
  if (values.length === 0) return null;
  const tolerated = Math.floor(values.length * 0.1);
  const tryFormat = (format: DatetimeFormat): DatetimeFormatGuess | null => {
    let bad = 0;
    for (const v of values) {
      if (Number.isNaN(parseDatetimeCell(v, format)) && ++bad > tolerated) return null;
    }
    return { format, bad };
  };
  // The first value shaped like a date decides: a note or a second header row above it does not.
  const first = values.find((v) => DATE_SHAPES.some((shape) => shape.test(v))) ?? values[0]!;
  if (ISO_START.test(first)) return tryFormat('iso');
  if (TWITTER_START.test(first)) return tryFormat('twitter');
  if (NUMERIC_DATE_START.test(first)) {
    const { firstAbove12, secondAbove12 } = partsAbove12(values);
    if (firstAbove12 && secondAbove12) return null;
    const dayFirst = firstAbove12 || (!secondAbove12 && !first.includes('/'));
    return tryFormat(dayFirst ? 'dmy' : 'mdy');
  }
  if (MONTH_NAME_START.test(first)) return tryFormat('month-name');
  if (timeLikeName && /^\d{9,13}(?:\.\d+)?$/.test(first)) {
    let seconds = true;
    let millis = true;
    for (const v of values) {
      if (!/^\d{9,13}(?:\.\d+)?$/.test(v)) return null;
      const x = Number(v);
      if (x < UNIX_S_MIN || x > UNIX_S_MAX) seconds = false;
      if (x < UNIX_S_MIN * 1000 || x > UNIX_S_MAX * 1000) millis = false;
    }
    if (seconds) return { format: 'unix-s', bad: 0 };
    if (millis) return { format: 'unix-ms', bad: 0 };
  }
  if (dateLikeName && EXCEL_SERIAL.test(first)) return tryFormat('excel-serial');
  return null;
}

/**
 * Datetimes as exports write them. Naive timestamps (no zone) are read as UTC, so that the hour and
 * weekday of the result (`getUTCHours`, `getUTCDay`) equal pandas' naive `dt.hour` and `dt.dayofweek`.
 */
import type { DatetimeFormat } from './types.ts';
import { isMissingCell } from './missing.ts';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const TWITTER = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Zone abbreviations seen in exports (CrowdTangle writes `2021-03-01 12:34:56 EST`), as hours east of UTC. */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  Z: 0, UTC: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  CET: 1, CEST: 2, BST: 1, IST: 5.5, JST: 9, AEST: 10, AEDT: 11,
};

const MS_PER_HOUR = 3_600_000;
/** Plausible unix times for social-media posts: 1995-01-01 to 2100-01-01. */
const UNIX_S_MIN = 788_918_400;
const UNIX_S_MAX = 4_102_444_800;

/**
 * A cell as epoch milliseconds, or NaN when missing or not in `format`.
 * iso: `2021-08-03`, `2021-08-03 10:00[:00[.123]]`, `2021-08-03T10:00:00Z`, `… +02:00`, `… EST`;
 * dmy: `24-02-2015 11:35`, `24/02/2015`; mdy: `2/24/2015 1:35 PM`; unix-s / unix-ms: numbers;
 * twitter: `Wed Oct 10 20:19:24 +0000 2018`. Two-digit years are 2000–2069 and 1970–1999.
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
    case 'twitter':
      return parseTwitter(cell);
  }
}

function parseIso(cell: string): number {
  const m = ISO.exec(cell);
  if (m === null) return NaN;
  let offsetMs = 0;
  const zone = m[8];
  if (zone !== undefined) {
    if (zone[0] === '+' || zone[0] === '-') {
      const digits = zone.slice(1).replace(':', '');
      const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
      offsetMs = (zone[0] === '-' ? -minutes : minutes) * 60_000;
    } else {
      const hours = ZONE_HOURS[zone.toUpperCase()];
      if (hours === undefined) return NaN;
      offsetMs = hours * MS_PER_HOUR;
    }
  }
  const fraction = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const t = utc(Number(m[1]), Number(m[2]), Number(m[3]), num(m[4]), num(m[5]), num(m[6]), fraction);
  return t - offsetMs;
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
  return dayFirst ? utc(year, b, a, hour, num(m[5]), num(m[6]), 0) : utc(year, a, b, hour, num(m[5]), num(m[6]), 0);
}

function parseTwitter(cell: string): number {
  const m = TWITTER.exec(cell);
  if (m === null) return NaN;
  const month = MONTHS.indexOf(m[1]!) + 1;
  if (month === 0) return NaN;
  const zone = m[6]!;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3));
  const t = utc(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0);
  return t - (zone[0] === '-' ? -minutes : minutes) * 60_000;
}

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** Epoch ms of a calendar time, or NaN when a field is out of range (no rolling 31 Feb into March). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return NaN;
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls day 31 of a 30-day month into the next month: reject that.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? t : NaN;
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
 * 1995–2100 (seconds, or milliseconds).
 */
export function guessDatetimeFormat(values: readonly string[], timeLikeName: boolean): DatetimeFormatGuess | null {
  if (values.length === 0) return null;
  const tolerated = Math.floor(values.length * 0.1);
  const tryFormat = (format: DatetimeFormat): DatetimeFormatGuess | null => {
    let bad = 0;
    for (const v of values) {
      if (Number.isNaN(parseDatetimeCell(v, format)) && ++bad > tolerated) return null;
    }
    return { format, bad };
  };
  const first = values[0]!;
  if (/^\d{4}[-/]/.test(first)) return tryFormat('iso');
  if (/^[A-Z][a-z]{2} [A-Z][a-z]{2} /.test(first)) return tryFormat('twitter');
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}/.test(first)) {
    let firstAbove12 = false;
    let secondAbove12 = false;
    for (const v of values) {
      const m = DAY_MONTH.exec(v);
      if (m === null) continue;
      if (Number(m[1]) > 12) firstAbove12 = true;
      if (Number(m[2]) > 12) secondAbove12 = true;
    }
    if (firstAbove12 && secondAbove12) return null;
    const dayFirst = firstAbove12 || (!secondAbove12 && !first.includes('/'));
    return tryFormat(dayFirst ? 'dmy' : 'mdy');
  }
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
  return null;
}

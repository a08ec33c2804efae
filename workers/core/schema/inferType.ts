/** A column's type and format, inferred from a sample of its non-missing values. */
import type { ColumnFormat, ColumnType } from './types.ts';
import {
  isCategoryName,
  isDateLikeName,
  isIdLikeName,
  isTagLikeName,
  isTimeLikeName,
} from './columnNames.ts';
import { guessDatetimeFormat } from './parseDatetime.ts';
import { guessNumberFormat } from './parseNumber.ts';
import { guessTagFormat } from './parseTags.ts';

const BOOLEAN_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'yes', 'no']);
/** Strings this long on average (characters), or of this many words, are free text rather than categories. */
const TEXT_MEAN_LENGTH = 25;
const TEXT_MEAN_WORDS = 4;

export interface TypeGuess {
  readonly type: ColumnType;
  readonly format: ColumnFormat;
}

/**
 * The type of a column named `name` from `values`, a sample of its non-missing cells, in this order:
 * empty; boolean (`true`/`false`/`yes`/`no`); numbers (at most 1 % or one value unreadable; whole numbers such as
 * `15.0` are `integer`; 16+ digit or Excel-rounded ids, and whole numbers under a category's name
 * (`category_id`), are `category`; unix times under a time-like name and Excel day numbers under a
 * date-like one are `datetime`); datetimes (at most 10 % unreadable); tag lists; else `text` for
 * long or wordy strings
 * and `category` for short ones. `delimiter` decides between a decimal comma and thousands separators.
 */
export function inferColumnType(
  name: string,
  values: readonly string[],
  delimiter: string,
): TypeGuess {
  if (values.length === 0) return { type: 'empty', format: {} };
  if (values.every((v) => BOOLEAN_WORDS.has(v.toLowerCase())))
    return { type: 'boolean', format: {} };
  const number = guessNumberFormat(values, delimiter);
  // One stray cell (a note, a second header row) is tolerated even in a small file: it is reported
  // as unreadable, while a count column read as categories would be lost to every chart and model.
  if (number !== null && number.bad <= Math.max(1, Math.floor(values.length * 0.01))) {
    if (number.idLike > 0 && (isIdLikeName(name) || number.idLike * 2 >= values.length))
      return { type: 'category', format: {} };
    // YouTube's category_id: 10 is Music, 22 People & Blogs; codes to group by, not to add up
    if (number.integer && isCategoryName(name)) return { type: 'category', format: {} };
    if (isTimeLikeName(name)) {
      const unix = guessDatetimeFormat(values, true, isDateLikeName(name));
      if (unix !== null) return { type: 'datetime', format: { datetime: unix.format } };
    }
    return { type: number.integer ? 'integer' : 'number', format: number.format };
  }
  const datetime = guessDatetimeFormat(values, false);
  if (datetime !== null) return { type: 'datetime', format: { datetime: datetime.format } };
  const tags = guessTagFormat(values, isTagLikeName(name));
  if (tags !== null) return { type: 'tags', format: { tags: tags.format } };
  const { meanLength, meanWords } = textShape(values);
  return {
    type: meanLength >= TEXT_MEAN_LENGTH || meanWords >= TEXT_MEAN_WORDS ? 'text' : 'category',
    format: {},
  };
}

/** Mean length (UTF-16 code units) and mean number of space-separated words of `values`. */
export function textShape(values: readonly string[]): { meanLength: number; meanWords: number } {
  if (values.length === 0) return { meanLength: 0, meanWords: 0 };
  let length = 0;
  let words = 0;
  for (const v of values) {
    length += v.length;
    words += countWords(v);
  }
  return { meanLength: length / values.length, meanWords: words / values.length };
}

/** Runs of non-space characters, counted without building an array. */
export function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

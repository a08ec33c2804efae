/**
 * Excel's separator line: a first line `sep=;` (or `"sep=,"`) tells Excel which delimiter the file
 * uses, and some survey and social-media tools write it so that Excel opens their exports right. It
 * is not a record: read as one, it became a header of one or two columns and every row was ragged.
 */
import { DELIMITERS } from './detectDialect.ts';
import type { Delimiter } from './types.ts';

export interface SeparatorLine {
  /** The delimiter it names, or null when it names one we do not read (the file's own is detected). */
  readonly delimiter: Delimiter | null;
  /** Characters of the line, its line break included: the text to skip. */
  readonly length: number;
}

const SEPARATOR_LINE = /^"?sep=([^\r\n])"?[ \t]*(?:\r?\n|$)/i;

/** The separator line at the start of `text` (decoded, its byte-order mark removed), or null. */
export function separatorLine(text: string): SeparatorLine | null {
  const match = SEPARATOR_LINE.exec(text);
  if (match === null) return null;
  const named = match[1]!;
  const delimiter = DELIMITERS.find((d) => d === named) ?? null;
  return { delimiter, length: match[0].length };
}

/**
 * papaparse fed chunk by chunk: each call parses what is left over from the last chunk plus the new
 * text, keeps the incomplete last record for next time, and counts lines so that an unclosed quote
 * can be reported where it opened. This is what papaparse's own ChunkStreamer does, without needing
 * a Node stream or a FileReader.
 */
import Papa from 'papaparse';
import { appError, type AppError } from '../errors/index.ts';
import type { Dialect } from './detectDialect.ts';

/** A record longer than this (characters) can only be a quote that never closes. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Never found in text: the quote character that turns quoting off for files that do not quote. */
const NO_QUOTE = '\uFFFF';

interface PapaOutput {
  readonly data: string[][];
  readonly errors: readonly { readonly code: string; readonly index?: number }[];
  readonly meta: { readonly cursor: number };
}

export class IncrementalParser {
  private readonly parser: Papa.Parser;
  private readonly newline: string;
  private partial = '';
  /** Line breaks in the text already parsed. */
  private linesBefore = 0;

  constructor(dialect: Dialect) {
    this.newline = dialect.newline;
    this.parser = new Papa.Parser({
      delimiter: dialect.delimiter,
      newline: dialect.newline,
      quoteChar: dialect.quoting ? '"' : NO_QUOTE,
    });
  }

  /** The complete records in what was fed so far; with `final`, the last record too. */
  push(text: string, final: boolean): string[][] | AppError {
    const input = this.partial + text;
    const out = this.parser.parse(input, 0, !final) as PapaOutput;
    if (final) {
      this.partial = '';
      const missing = out.errors.find((e) => e.code === 'MissingQuotes');
      return missing === undefined
        ? out.data
        : this.unclosedQuote(input, (missing.index ?? 1) - 1, false);
    }
    const cursor = out.meta.cursor;
    this.linesBefore += countOf(input, this.newline, 0, cursor);
    this.partial = input.slice(cursor);
    if (this.partial.length > MAX_RECORD_CHARS) {
      const check = this.parser.parse(this.partial, 0, false) as PapaOutput;
      const missing = check.errors.find((e) => e.code === 'MissingQuotes');
      return this.unclosedQuote(
        this.partial,
        missing === undefined ? 0 : (missing.index ?? 1) - 1,
        true,
      );
    }
    return out.data;
  }

  private unclosedQuote(input: string, quoteAt: number, tooLong: boolean): AppError {
    const line = this.linesBefore + 1 + countOf(input, this.newline, 0, quoteAt);
    const swallowed = tooLong
      ? `more than ${MAX_RECORD_CHARS / 1024 / 1024} MB of text`
      : 'the rest of the file';
    return appError(
      'CSV_UNCLOSED_QUOTE',
      `A quoted field opens on line ${line} and is never closed, so it swallows ${swallowed}.`,
      `Open the file in a text editor, go to line ${line} and add the missing closing quote ("), or double the quote if it is part of the text (""), then import again.`,
    );
  }
}

/** Occurrences of `needle` in `s` from `from` up to (not including) `to`. */
function countOf(s: string, needle: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf(needle, from); i !== -1 && i < to; i = s.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * papaparse fed chunk by chunk: each call parses what is left over from the last chunk plus the new
 * text, keeps the incomplete last record for next time, and counts lines so that an unclosed quote
 * can be reported where it opened. This is what papaparse's own ChunkStreamer does, without needing
 * a Node stream or a FileReader.
 *
 * A record that grows long (a big quoted field, a line with no break) is not parsed again on every
 * chunk: only once it has doubled since the last try, so reading it costs linear time, not square.
 */
import Papa from 'papaparse';
import { appError, type AppError } from '../errors/index.ts';
import type { Dialect } from './detectDialect.ts';
import { InitialSpaceFilter } from './initialSpace.ts';

/**
 * The longest record read (characters): 64 Mi, far past any post, and far below the longest
 * string a JavaScript engine holds (V8: 512 Mi characters). Past it the file is refused, saying
 * whether a quote was left open or a line has no break.
 */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Above this (characters), the leftover record is parsed again only when it has doubled. */
const LONG_RECORD_CHARS = 1024 * 1024;

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
  /** Drops spaces before opening quotes, for files written `3, "a, b"`; null for the rest. */
  private readonly initialSpace: InitialSpaceFilter | null;
  private partial = '';
  /** Length of the input at the last parse that left `partial` over. */
  private lastParsed = 0;
  /** Line breaks in the text already parsed. */
  private linesBefore = 0;

  /** `linesBefore`: lines of the file before the text pushed (a skipped `sep=` line), so errors name the file's own line. */
  constructor(dialect: Dialect, linesBefore = 0) {
    this.newline = dialect.newline;
    this.linesBefore = linesBefore;
    this.initialSpace = dialect.initialSpace ? new InitialSpaceFilter(dialect.delimiter) : null;
    this.parser = new Papa.Parser({
      delimiter: dialect.delimiter,
      newline: dialect.newline,
      quoteChar: dialect.quoting ? '"' : NO_QUOTE,
    });
  }

  /** The complete records in what was fed so far; with `final`, the last record too. */
  push(text: string, final: boolean): string[][] | AppError {
    const input = this.partial + (this.initialSpace?.push(text, final) ?? text);
    if (!final && this.partial.length > LONG_RECORD_CHARS && input.length < 2 * this.lastParsed) {
      this.partial = input;
      return input.length > MAX_RECORD_CHARS ? this.tooLong(input) : [];
    }
    const out = this.parser.parse(input, 0, !final) as PapaOutput;
    if (final) {
      this.partial = '';
      const missing = out.errors.find((e) => e.code === 'MissingQuotes');
      return missing === undefined ? out.data : this.unclosedQuote(input, (missing.index ?? 1) - 1);
    }
    const cursor = out.meta.cursor;
    this.linesBefore += countOf(input, this.newline, 0, cursor);
    this.partial = input.slice(cursor);
    this.lastParsed = input.length;
    if (this.partial.length > MAX_RECORD_CHARS) return this.tooLong(this.partial);
    return out.data;
  }

  /** The leftover record passed MAX_RECORD_CHARS: a quote left open, or a line without a break. */
  private tooLong(partial: string): AppError {
    const check = this.parser.parse(partial, 0, false) as PapaOutput;
    const missing = check.errors.find((e) => e.code === 'MissingQuotes');
    const limit = `${MAX_RECORD_CHARS / 1024 / 1024} MB`;
    if (missing !== undefined) {
      const line = this.lineAt(partial, (missing.index ?? 1) - 1);
      return appError(
        'CSV_UNCLOSED_QUOTE',
        `A quoted field opens on line ${line} and runs on for more than ${limit} without closing: its closing quote (") is missing, or the field is longer than one cell can be.`,
        `Open the file in a text editor, go to line ${line} and add the missing closing quote ("), or double the quote if it is part of the text (""), then import again.`,
      );
    }
    const line = this.linesBefore + 1;
    return appError(
      'CSV_RECORD_TOO_LONG',
      `Line ${line} runs on for more than ${limit} without a line break, so it cannot be one post.`,
      'Check that this is a CSV export of posts with one post per line (a log or a minified JSON file is not); if its line breaks were lost, export it again.',
    );
  }

  private lineAt(input: string, at: number): number {
    return this.linesBefore + 1 + countOf(input, this.newline, 0, at);
  }

  private unclosedQuote(input: string, quoteAt: number): AppError {
    const line = this.lineAt(input, quoteAt);
    return appError(
      'CSV_UNCLOSED_QUOTE',
      `A quoted field opens on line ${line} and is never closed, so it swallows the rest of the file.`,
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

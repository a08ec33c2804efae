/**
 * The importer: a ByteSource in, a ParsedTable of trimmed strings out. It reads the source in chunks,
 * decodes them (UTF-8, UTF-16, or Windows-1252 when UTF-8 fails anywhere), chooses the dialect from the
 * first records and feeds papaparse incrementally, so a large file is never one string.
 *
 * Excel's `sep=;` first line names the delimiter and is skipped (see separatorLine.ts), as are a
 * report's title lines above the header (preamble.ts).
 *
 * No row is lost or invented on the way: every line break (`\n`, `\r\n`, a lone `\r`, mixed in
 * one file) ends a record where it stands (a lone `\r` is read as `\n`, see lineEndings.ts); NUL bytes past the first 64 KB are removed and counted
 * (in the first 64 KB they mark a binary file); a character cut by the end of the file is dropped
 * with a warning instead of turning the file into Latin-1 or a phantom last row.
 */
import { fail, failWith, ok, toAppError, type AppError, type Result } from '../errors/index.ts';
import { decoderLabel, detectEncoding, firstInvalidUtf8 } from './detectEncoding.ts';
import { detectDialect, dialectRecords, type Dialect } from './detectDialect.ts';
import { findExcelMangledIds } from './excelIds.ts';
import { MOJIBAKE_SIGNATURE, repairMojibakeColumns } from './mojibake.ts';
import { formatBytes } from './formatBytes.ts';
import { detectGluedHeader, type GluedHeader } from './gluedHeader.ts';
import { isHeaderless } from './headerless.ts';
import { IncrementalParser } from './incrementalParser.ts';
import { LineEndings } from './lineEndings.ts';
import { findPreamble, type Preamble } from './preamble.ts';
import { separatorLine } from './separatorLine.ts';
import { sniffBinary } from './sniffBinary.ts';
import { TableBuilder } from './tableBuilder.ts';
import {
  DEFAULT_CHUNK_BYTES,
  DEFAULT_MAX_IMPORT_BYTES,
  type ByteSource,
  type Encoding,
  type ImportOptions,
  type ImportWarning,
  type ParsedTable,
} from './types.ts';

/** Characters of decoded text to look at before choosing the delimiter. */
const SAMPLE_CHARS = 64 * 1024;
/** Bytes looked at for magic numbers, NUL bytes and byte-order marks. */
const HEAD_BYTES = 64 * 1024;

/**
 * Read a CSV (or TSV, or semicolon- or pipe-separated) file into columns of trimmed strings.
 * Fails with FILE_TOO_LARGE (before reading), FILE_EMPTY, FILE_BINARY, FILE_HEADER_ONLY,
 * CSV_UNCLOSED_QUOTE, CSV_GLUED_HEADER, CSV_RAGGED, or ABORTED when `options.signal` fires
 * (checked between chunks). Progress goes to `options.onProgress`, throttled, and once at the end.
 */
export async function importCsv(
  source: ByteSource,
  options: ImportOptions = {},
): Promise<Result<ParsedTable>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (source.size > maxBytes) {
    return fail(
      'FILE_TOO_LARGE',
      `"${source.name}" is ${formatBytes(source.size)}, over the ${formatBytes(maxBytes)} limit for one import.`,
      'Split the file (for example by date) or remove columns you do not need, then import the parts.',
    );
  }
  if (source.size === 0)
    return fail(
      'FILE_EMPTY',
      `"${source.name}" is empty (0 bytes).`,
      'Choose the file that holds your posts, exported as CSV.',
    );
  try {
    const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
    const { encoding } = detectEncoding(head);
    const binary = sniffBinary(
      head,
      source.name,
      encoding === 'utf-16le' || encoding === 'utf-16be',
    );
    if (binary !== null) return failWith(binary);
    const first = await parseSource(source, encoding, options);
    if (first.kind === 'parsed') return first.result;
    // Not UTF-8 somewhere: start again as Windows-1252, the encoding of older Excel and Windows exports.
    const second = await parseSource(source, 'windows-1252', options);
    // Windows-1252 gives a character for every byte, so this attempt always parses (or fails as CSV).
    if (second.kind !== 'parsed') return fail('INTERNAL', 'Windows-1252 decoding failed.');
    if (!second.result.ok) return second.result;
    return ok({
      ...second.result.value,
      warnings: [latin1Warning(first.at, first.byte), ...second.result.value.warnings],
    });
  } catch (e) {
    return failWith(toAppError(e));
  }
}

type Attempt =
  | { readonly kind: 'parsed'; readonly result: Result<ParsedTable> }
  | { readonly kind: 'not-utf8'; readonly at: number; readonly byte: number };

async function parseSource(
  source: ByteSource,
  encoding: Encoding,
  options: ImportOptions,
): Promise<Attempt> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const strictUtf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
  const decoder = new TextDecoder(decoderLabel(encoding), { fatal: strictUtf8 });
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  const lineEndings = new LineEndings();
  const nul = { count: 0, firstByte: -1 };
  let cutCharacter = false;
  let mojibake = false;
  const progress = throttle(options);
  const state: {
    sample: string;
    dialect: Dialect | null;
    parser: IncrementalParser | null;
    builder: TableBuilder | null;
    gluedWarning: ImportWarning | null;
    preambleWarning: ImportWarning | null;
  } = {
    sample: '',
    dialect: null,
    parser: null,
    builder: null,
    gluedWarning: null,
    preambleWarning: null,
  };
  const done = (result: Result<ParsedTable>): Attempt => ({ kind: 'parsed', result });

  /** Parse decoded text; the first SAMPLE_CHARS are held back until the dialect is known. */
  const feed = (decoded: string, final: boolean): AppError | null => {
    let text = lineEndings.normalize(decoded, final);
    if (state.parser === null) {
      state.sample += text;
      if (state.sample.length < SAMPLE_CHARS && !final) return null;
      const sepLine = separatorLine(state.sample);
      if (sepLine !== null) state.sample = state.sample.slice(sepLine.length);
      if (state.sample.trim() === '') return emptyError(source.name);
      const named = sepLine?.delimiter ?? undefined;
      const preamble = findPreamble(state.sample, final, named);
      if (preamble !== null) {
        state.sample = state.sample.slice(preamble.length);
        state.preambleWarning = preambleWarning(preamble, sepLine === null ? 0 : 1);
      }
      const dialect = detectDialect(state.sample, final, named);
      const records = dialectRecords(state.sample, dialect, final);
      const headerless = isHeaderless(records);
      const glued = headerless ? null : detectGluedHeader(records);
      if (glued !== null && 'code' in glued) return glued;
      if (glued !== null) state.gluedWarning = gluedHeaderWarning(glued);
      state.dialect = dialect;
      const linesSkipped = (sepLine === null ? 0 : 1) + (preamble?.lineCount ?? 0);
      state.parser = new IncrementalParser(dialect, linesSkipped);
      state.builder = new TableBuilder(glued, headerless);
      text = state.sample;
      state.sample = '';
    }
    const rows = state.parser.push(text, final);
    if (!Array.isArray(rows)) return rows;
    state.builder!.add(rows);
    return null;
  };

  let offset = 0;
  while (offset < source.size) {
    if (options.signal?.aborted) return done(aborted());
    const bytes = await source.read(offset, Math.min(source.size, offset + chunkBytes));
    if (bytes.length === 0) break;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const bad = firstInvalidUtf8(bytes);
      return { kind: 'not-utf8', at: offset + Math.max(0, bad), byte: bytes[Math.max(0, bad)]! };
    }
    if (text.includes('\0')) {
      // past the head (sniffBinary refuses NUL bytes there): not text, removed and counted
      const at = utf16 ? offset + 2 * text.indexOf('\0') : offset + bytes.indexOf(0);
      if (nul.firstByte < 0) nul.firstByte = at;
      const kept = text.replaceAll('\0', '');
      nul.count += text.length - kept.length;
      text = kept;
    }
    offset += bytes.length;
    // the cells are looked at for mojibake only when the text shows its trace somewhere
    if (!mojibake && MOJIBAKE_SIGNATURE.test(text)) mojibake = true;
    const error = feed(text, false);
    if (error !== null) return done(failWith(error));
    progress(offset, source.size, state.builder?.rowCount ?? 0, false);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // every chunk decoded, so only the end is wrong: the file stops inside a character
    rest = '';
    cutCharacter = true;
  }
  if (utf16 && rest === '\uFFFD') {
    // an odd last byte or half a surrogate pair: the same cut, in UTF-16
    rest = '';
    cutCharacter = true;
  }
  if (options.signal?.aborted) return done(aborted());
  const error = feed(rest, true);
  if (error !== null) return done(failWith(error));
  const built = state.builder!.finish(source.name, state.gluedWarning);
  if ('code' in built) return done(failWith(built));
  progress(offset, source.size, built.rowCount, true);
  const repairs: ImportWarning[] = state.preambleWarning ? [state.preambleWarning] : [];
  if (nul.count > 0) repairs.push(nulWarning(nul.count, nul.firstByte));
  if (cutCharacter) repairs.push(CUT_CHARACTER_WARNING);
  const repaired = mojibake ? repairMojibakeColumns(built.header, built.columns) : null;
  if (repaired !== null) repairs.push(repaired);
  return done(
    ok({
      fileName: source.name,
      bytes: source.size,
      delimiter: state.dialect!.delimiter,
      encoding,
      header: built.header,
      columns: built.columns,
      rowCount: built.rowCount,
      warnings: [
        ...repairs,
        ...built.warnings,
        ...findExcelMangledIds(built.header, built.columns),
      ],
    }),
  );
}

function throttle(
  options: ImportOptions,
): (bytesRead: number, totalBytes: number, rows: number, last: boolean) => void {
  const interval = options.progressIntervalMs ?? 100;
  let lastAt = -Infinity;
  return (bytesRead, totalBytes, rows, last) => {
    if (!options.onProgress) return;
    const now = performance.now();
    if (!last && now - lastAt < interval) return;
    lastAt = now;
    options.onProgress({ bytesRead, totalBytes, rows });
  };
}

function gluedHeaderWarning(glued: GluedHeader): ImportWarning {
  const name = glued.glued.slice(0, glued.splitAt);
  return {
    code: 'GLUED_HEADER_REPAIRED',
    column: name,
    message: `The header ran into the first record with no line break ("${glued.glued.slice(0, 60)}"); it was read as the column name "${name}" followed by the first value "${glued.glued.slice(glued.splitAt, 60)}". Check the first row.`,
  };
}

function preambleWarning(preamble: Preamble, linesAbove: number): ImportWarning {
  const shown = preamble.lines
    .slice(0, 3)
    .map((l) => `"${l.length > 60 ? `${l.slice(0, 60)}…` : l}"`);
  const more = preamble.lines.length > 3 ? ', …' : '';
  const headerLine = linesAbove + preamble.lineCount + 1;
  return {
    code: 'PREAMBLE_SKIPPED',
    rows: preamble.lines.length,
    message: `The ${preamble.lines.length === 1 ? 'line' : `${preamble.lines.length} lines`} above the table (${shown.join(', ')}${more}) ${preamble.lines.length === 1 ? 'is' : 'are'} a report's title, not posts, so ${preamble.lines.length === 1 ? 'it was' : 'they were'} skipped: the header was read from line ${headerLine}. Check the first rows.`,
  };
}

function nulWarning(count: number, firstByte: number): ImportWarning {
  const n = count.toLocaleString('en-US');
  return {
    code: 'NUL_BYTES_REMOVED',
    rows: count,
    message: `${n} NUL ${count === 1 ? 'byte was' : 'bytes were'} removed (the first at byte ${firstByte.toLocaleString('en-US')}): NUL is not text and never belongs in a CSV file; it is usually the trace of a damaged or interrupted export. Check the rows around it.`,
  };
}

const CUT_CHARACTER_WARNING: ImportWarning = {
  code: 'CUT_CHARACTER_DROPPED',
  message:
    'The file ends in the middle of a character, so it was cut short (an interrupted download or copy?); the partial character was dropped. Check that the last row is complete.',
};

function aborted(): Result<ParsedTable> {
  return fail('ABORTED', 'Import cancelled.', 'Drop the file again to start over.');
}

function emptyError(fileName: string): AppError {
  return {
    code: 'FILE_EMPTY',
    message: `"${fileName}" holds no text, only blank space.`,
    hint: 'Choose the file that holds your posts, exported as CSV.',
  };
}

function latin1Warning(at: number, byte: number): ImportWarning {
  const shown = byte === 0 ? '' : ` (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;
  return {
    code: 'LATIN1_FALLBACK',
    message: `The file is not valid UTF-8 (byte ${at.toLocaleString('en-US')}${shown} is not UTF-8), so it was read as Windows-1252 (Latin-1), the encoding of older Excel and Windows exports. Check that accented letters look right; if not, save the file as UTF-8 and import it again.`,
  };
}

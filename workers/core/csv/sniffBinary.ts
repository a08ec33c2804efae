/** Files that are not text at all: images, PDFs, workbooks and archives renamed `.csv`. */
import { appError, type AppError } from '../errors/index.ts';

interface Signature {
  readonly bytes: readonly number[];
  readonly offset?: number;
  readonly what: string;
  readonly hint: string;
}

const OPEN_AS_CSV =
  'Open it in the program that made it and export or save it as CSV (UTF-8), then import that file.';

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0x89, 0x50, 0x4e, 0x47],
    what: 'a PNG image',
    hint: 'Choose the CSV export of your posts instead.',
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    what: 'a JPEG image',
    hint: 'Choose the CSV export of your posts instead.',
  },
  {
    bytes: [0x47, 0x49, 0x46, 0x38],
    what: 'a GIF image',
    hint: 'Choose the CSV export of your posts instead.',
  },
  {
    bytes: [0x52, 0x49, 0x46, 0x46],
    what: 'a RIFF media file (WebP, WAV or AVI)',
    hint: 'Choose the CSV export of your posts instead.',
  },
  {
    bytes: [0x66, 0x74, 0x79, 0x70],
    offset: 4,
    what: 'a video or HEIC image',
    hint: 'Choose the CSV export of your posts instead.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: 'a PDF document',
    hint: 'A PDF table cannot be read here. Export the data as CSV from its source.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old-format Excel workbook (.xls) or Office document',
    hint: OPEN_AS_CSV,
  },
  {
    bytes: [0x1f, 0x8b],
    what: 'a gzip-compressed file',
    hint: 'Decompress it first (it usually holds the .csv), then import the .csv.',
  },
  {
    bytes: [0x37, 0x7a, 0xbc, 0xaf],
    what: 'a 7-Zip archive',
    hint: 'Extract the .csv from the archive, then import it.',
  },
  {
    bytes: [0x52, 0x61, 0x72, 0x21],
    what: 'a RAR archive',
    hint: 'Extract the .csv from the archive, then import it.',
  },
];

/**
 * A FILE_BINARY error when the first bytes of a file show it is not text, else null.
 * `textIsUtf16` skips the NUL-byte test, since UTF-16 text is full of zero bytes.
 */
export function sniffBinary(
  head: Uint8Array,
  fileName: string,
  textIsUtf16: boolean,
): AppError | null {
  const matched = SIGNATURES.find((s) => s.bytes.every((b, k) => head[(s.offset ?? 0) + k] === b));
  if (matched)
    return appError(
      'FILE_BINARY',
      `"${fileName}" is ${matched.what}, not a CSV file.`,
      matched.hint,
    );
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05))
    return zipError(head, fileName);
  if (!textIsUtf16) {
    const nul = head.indexOf(0);
    if (nul !== -1) {
      return appError(
        'FILE_BINARY',
        `"${fileName}" is a binary file, not text: byte ${nul} is a NUL byte, which never occurs in a CSV file.`,
        'Check that you chose the right file. If it is a spreadsheet or a database dump, export it as CSV first.',
      );
    }
  }
  return null;
}

/** ZIP containers: XLSX, ODS and DOCX are ZIP files too, and say so in the names of their parts. */
function zipError(head: Uint8Array, fileName: string): AppError {
  const names = new TextDecoder('latin1').decode(head.subarray(0, 65536));
  if (
    names.includes('xl/') ||
    (names.includes('[Content_Types].xml') && !names.includes('word/'))
  ) {
    return appError(
      'FILE_BINARY',
      `"${fileName}" is not a CSV file: this is an Excel workbook (.xlsx): save it as CSV.`,
      'In Excel: File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)", then import the .csv file.',
    );
  }
  if (names.includes('opendocument.spreadsheet')) {
    return appError(
      'FILE_BINARY',
      `"${fileName}" is an OpenDocument spreadsheet (.ods), not a CSV file.`,
      'In LibreOffice: File › Save As › "Text CSV (.csv)", then import the .csv file.',
    );
  }
  return appError(
    'FILE_BINARY',
    `"${fileName}" is a ZIP archive, not a CSV file.`,
    'Extract the .csv from the archive, then import it.',
  );
}

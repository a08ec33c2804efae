/** RFC 4180 CSV: fields quoted when they hold a comma, quote, line break or edge whitespace. */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted (with quotes doubled) only when it must be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A header and rows as CSV text, '\n' line ends, ending with a newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}

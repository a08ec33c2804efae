/**
 * Files written as `3, "Great launch, love it", 2024-01-02` put a space between the delimiter and
 * the quote that opens a field (Python's `skipinitialspace` dialect). papaparse opens a quoted field
 * only at the field's first character, so it would read `"Great launch` and ` love it"` as two
 * fields and every such row as ragged. This filter drops those spaces, and only those: spaces before
 * an unquoted field, and every character inside quotes, pass unchanged. It runs chunk by chunk,
 * carrying its state (and spaces at a chunk's end) to the next chunk, and never removes a line break,
 * so line numbers in error messages stay the file's own.
 */

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'afterQuote';

export class InitialSpaceFilter {
  private state: State = 'fieldStart';
  /** Spaces at the end of the last chunk, at a field's start: dropped if a quote follows. */
  private pending = '';

  constructor(private readonly delimiter: string) {}

  /** `text` without the spaces between a delimiter (or a line's start) and an opening quote. */
  push(text: string, final: boolean): string {
    const out: string[] = [];
    const n = text.length;
    let from = 0;
    let i = 0;
    while (i < n) {
      if (this.state === 'fieldStart') {
        let j = i;
        while (j < n && this.isSpace(text[j]!)) j++;
        if (j === n) {
          out.push(text.slice(from, i));
          this.pending += text.slice(i);
          from = i = n;
        } else if (text[j] === '"') {
          out.push(text.slice(from, i));
          this.pending = '';
          from = j;
          i = j + 1;
          this.state = 'quoted';
        } else {
          // only at a chunk's start can spaces be pending: `from` is 0 there, so order is kept
          out.push(text.slice(from, i), this.pending);
          this.pending = '';
          from = i;
          i = j;
          this.state = 'unquoted';
        }
      } else if (this.state === 'quoted') {
        const close = text.indexOf('"', i);
        if (close === -1) i = n;
        else {
          i = close + 1;
          this.state = 'afterQuote';
        }
      } else if (this.state === 'afterQuote' && text[i] === '"') {
        // `""` inside quotes: one quote, still quoted
        i++;
        this.state = 'quoted';
      } else {
        const stop = this.nextStop(text, i);
        if (stop === -1) {
          i = n;
          this.state = 'unquoted';
        } else {
          i = stop + 1;
          this.state = 'fieldStart';
        }
      }
    }
    out.push(text.slice(from));
    if (final) {
      out.push(this.pending);
      this.pending = '';
    }
    return out.join('');
  }

  /** A space or a tab, unless the tab is the delimiter. */
  private isSpace(c: string): boolean {
    return c === ' ' || (c === '\t' && this.delimiter !== '\t');
  }

  /** The next delimiter or line break at or after `from`, or -1. */
  private nextStop(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === this.delimiter || c === '\n' || c === '\r') return i;
    }
    return -1;
  }
}

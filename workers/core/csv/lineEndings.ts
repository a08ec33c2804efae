/**
 * A lone `\r` (old Mac exports, or lines pasted from another file) becomes `\n`, chunk by chunk,
 * so a file that mixes `\n`, `\r\n` and `\r` still splits where each record ends. `\r\n` is left
 * as it is (papaparse splits on its `\n` and trims the `\r`; inside quotes it is the cell's own).
 * A `\r` at the end of a chunk waits for the next one, which may start with `\n`.
 */
export class LineEndings {
  private pendingCr = false;

  /** `text` with every lone `\r` as `\n`; with `final`, nothing is held back. */
  normalize(text: string, final: boolean): string {
    let t = this.pendingCr ? `\r${text}` : text;
    this.pendingCr = !final && t.endsWith('\r');
    if (this.pendingCr) t = t.slice(0, -1);
    return t.includes('\r') ? t.replace(/\r(?!\n)/g, '\n') : t;
  }
}

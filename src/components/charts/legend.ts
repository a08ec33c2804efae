/** Text is measured by estimate: reading real widths (getBBox) would force a layout on every draw. About one 11 px character. */
export const CHAR_PX = 6.5;
/** The swatch and the gaps around an entry's label. */
const ENTRY_EXTRA = 30;
/** Height of one legend row (viewBox units). */
export const LEGEND_ROW = 16;

/** Where each legend entry starts: left to right, wrapping onto a new row at `right`. */
export function layoutLegend(
  labels: readonly string[],
  left: number,
  right: number,
): { positions: { x: number; row: number }[]; rows: number } {
  const positions: { x: number; row: number }[] = [];
  let x = left;
  let row = 0;
  for (const label of labels) {
    const w = label.length * CHAR_PX + ENTRY_EXTRA;
    if (x > left && x + w - ENTRY_EXTRA / 2 > right) {
      row++;
      x = left;
    }
    positions.push({ x, row });
    x += w;
  }
  return { positions, rows: labels.length === 0 ? 0 : row + 1 };
}

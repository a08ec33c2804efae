import { useStaged } from '../shared/useStaged.ts';
import { MIN_FONT_PX, textWidth, truncate } from './charts/ticks.ts';

export interface HeatmapProps {
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** values[r][c]; NaN cells are drawn blank. */
  values: readonly (readonly number[])[];
  /** Value range for the colour scale; default [-1, 1] (diverging). */
  domain?: readonly [number, number];
  /** Cells to outline, e.g. the best grid point. */
  marked?: readonly (readonly [number, number])[];
  format?: (v: number) => string;
  ariaLabel: string;
  testId?: string;
  cellSize?: number;
}

/** Blue (low) → white → red (high), readable in print and by colour-blind readers. */
function colour(v: number, lo: number, hi: number): string {
  if (!Number.isFinite(v)) return '#f1f3f5';
  const mid = (lo + hi) / 2;
  const t = Math.max(-1, Math.min(1, (v - mid) / ((hi - lo) / 2 || 1)));
  const a = Math.abs(t);
  const [r, g, b] = t >= 0 ? [214, 96, 77] : [67, 147, 195];
  const mix = (c: number) => Math.round(255 + (c - 255) * a);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

/** A labelled matrix of coloured cells with the value written in each (correlations, grid scores, confusion). */
/** Longest a column label may run along its slant before it is shortened, px. */
const COL_LABEL_MAX = 150;
/** Longest a row label may be before it is shortened, px. */
const ROW_LABEL_MAX = 200;
const SLANT = Math.SQRT1_2;

/**
 * Where a heatmap's labels go: row labels right-aligned in a column as wide as the longest needs
 * (shortened past `ROW_LABEL_MAX`); column labels level when every one fits its cell, otherwise
 * slanted at 45°, with room above and on the right so none is cut.
 */
export function heatmapLayout(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  cellSize: number,
) {
  const rows = rowLabels.map((l) => truncate(l, ROW_LABEL_MAX));
  const labelW = Math.ceil(Math.max(24, ...rows.map(textWidth)) + 12);
  const level = colLabels.every((l) => textWidth(l) <= cellSize - 4);
  const cols = level ? [...colLabels] : colLabels.map((l) => truncate(l, COL_LABEL_MAX));
  const widths = cols.map(textWidth);
  const labelH = level ? 20 : Math.ceil(Math.max(0, ...widths) * SLANT + 16);
  const gridRight = labelW + colLabels.length * cellSize;
  const reach = level
    ? gridRight
    : Math.max(gridRight, ...widths.map((w, c) => labelW + (c + 0.5) * cellSize + w * SLANT + 8));
  return {
    rows,
    cols,
    level,
    labelW,
    labelH,
    width: Math.ceil(reach),
    height: labelH + rowLabels.length * cellSize,
  };
}

/** Cells whose numbers one turn writes: SVG text is most of a big matrix's drawing time. */
const NUMBERS_PER_TURN = 100;

/** Row ranges [from, to) of about `NUMBERS_PER_TURN` cells each. */
export function numberChunks(rows: number, cols: number): [number, number][] {
  const step = Math.max(1, Math.floor(NUMBERS_PER_TURN / Math.max(1, cols)));
  const chunks: [number, number][] = [];
  for (let from = 0; from < rows; from += step) chunks.push([from, Math.min(rows, from + step)]);
  return chunks;
}

/**
 * The numbers of some rows' cells, written after the cells, each group of rows in a turn of its
 * own (see useStaged): a 20 × 20 matrix's 400 numbers laid out and painted in one frame made a
 * long main-thread task. Keyed by the numbers, not the array (a caller may build an equal one on
 * every render).
 */
function CellNumbers({
  rows,
  first,
  x,
  y,
  format,
}: {
  rows: readonly (readonly number[])[];
  first: number;
  x: (c: number) => number;
  y: (r: number) => number;
  format: (v: number) => string;
}) {
  const key = rows.map((row) => row.join(',')).join(';');
  if (useStaged(key) !== key) return null;
  return rows.map((row, i) =>
    row.map((v, c) =>
      Number.isFinite(v) ? (
        <text
          key={`${first + i}-${c}`}
          x={x(c)}
          y={y(first + i)}
          fontSize={MIN_FONT_PX}
          textAnchor="middle"
          pointerEvents="none"
        >
          {format(v)}
        </text>
      ) : null,
    ),
  );
}

/** A labelled matrix of coloured cells with the value written in each (correlations, grid scores, confusion). */
export function Heatmap({
  rowLabels,
  colLabels,
  values,
  domain = [-1, 1],
  marked = [],
  format = (v) => v.toFixed(2),
  ariaLabel,
  testId,
  cellSize = 44,
}: HeatmapProps) {
  const { rows, cols, level, labelW, labelH, width, height } = heatmapLayout(
    rowLabels,
    colLabels,
    cellSize,
  );
  const isMarked = (r: number, c: number) => marked.some(([mr, mc]) => mr === r && mc === c);
  return (
    <div className="heatmap" data-testid={testId}>
      <svg width={width} height={height} role="img" aria-label={ariaLabel}>
        {cols.map((l, c) => (
          <text
            key={`c${c}`}
            transform={
              level
                ? `translate(${labelW + c * cellSize + cellSize / 2},${labelH - 6})`
                : `translate(${labelW + c * cellSize + cellSize / 2},${labelH - 6}) rotate(-45)`
            }
            fontSize={MIN_FONT_PX}
            textAnchor={level ? 'middle' : 'start'}
          >
            {l !== colLabels[c] && <title>{colLabels[c]}</title>}
            {l}
          </text>
        ))}
        {rows.map((l, r) => (
          <text
            key={`r${r}`}
            x={labelW - 6}
            y={labelH + r * cellSize + cellSize / 2 + 4}
            fontSize={MIN_FONT_PX}
            textAnchor="end"
          >
            {l !== rowLabels[r] && <title>{rowLabels[r]}</title>}
            {l}
          </text>
        ))}
        {values.map((row, r) =>
          row.map((v, c) => (
            <rect
              key={`${r}-${c}`}
              x={labelW + c * cellSize}
              y={labelH + r * cellSize}
              width={cellSize - 1}
              height={cellSize - 1}
              fill={colour(v, domain[0], domain[1])}
              stroke={isMarked(r, c) ? '#111' : 'none'}
              strokeWidth={isMarked(r, c) ? 3 : 0}
            >
              <title>{`${rowLabels[r]} × ${colLabels[c]}: ${Number.isFinite(v) ? format(v) : 'n/a'}`}</title>
            </rect>
          )),
        )}
        {cellSize >= 30 &&
          numberChunks(values.length, colLabels.length).map(([from, to]) => (
            <CellNumbers
              key={from}
              rows={values.slice(from, to)}
              first={from}
              x={(c) => labelW + c * cellSize + cellSize / 2}
              y={(r) => labelH + r * cellSize + cellSize / 2 + 4}
              format={format}
            />
          ))}
      </svg>
    </div>
  );
}

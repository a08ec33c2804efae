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
  const labelW = Math.min(180, 8 + 7 * Math.max(0, ...rowLabels.map((l) => l.length)));
  const labelH = Math.min(140, 8 + 6 * Math.max(0, ...colLabels.map((l) => l.length)));
  const width = labelW + colLabels.length * cellSize;
  const height = labelH + rowLabels.length * cellSize;
  const isMarked = (r: number, c: number) => marked.some(([mr, mc]) => mr === r && mc === c);
  return (
    <div className="heatmap" data-testid={testId}>
      <svg width={width} height={height} role="img" aria-label={ariaLabel}>
        {colLabels.map((l, c) => (
          <text
            key={`c${c}`}
            transform={`translate(${labelW + c * cellSize + cellSize / 2},${labelH - 6}) rotate(-45)`}
            fontSize={11}
            textAnchor="start"
          >
            {l}
          </text>
        ))}
        {rowLabels.map((l, r) => (
          <text
            key={`r${r}`}
            x={labelW - 6}
            y={labelH + r * cellSize + cellSize / 2 + 4}
            fontSize={11}
            textAnchor="end"
          >
            {l}
          </text>
        ))}
        {values.map((row, r) =>
          row.map((v, c) => (
            <g key={`${r}-${c}`}>
              <rect
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
              {Number.isFinite(v) && cellSize >= 30 && (
                <text
                  x={labelW + c * cellSize + cellSize / 2}
                  y={labelH + r * cellSize + cellSize / 2 + 4}
                  fontSize={10}
                  textAnchor="middle"
                  pointerEvents="none"
                >
                  {format(v)}
                </text>
              )}
            </g>
          )),
        )}
      </svg>
    </div>
  );
}

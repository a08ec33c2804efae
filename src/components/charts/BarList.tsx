import { formatNumber } from '../../shared/format.ts';
import { AXIS_TEXT } from '../../shared/palette.ts';
import { MIN_FONT_PX, textWidth, truncate } from './ticks.ts';
import { useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

export interface BarListProps {
  /** Formats the number printed at the end of each bar (default: 3 significant digits). */
  readonly formatValue?: (v: number) => string;
  readonly rows: readonly {
    readonly label: string;
    readonly value: number;
    readonly detail?: string;
    /** Overrides `colour` for this bar. */ readonly colour?: string;
  }[];
  readonly colour: string;
  readonly ariaLabel: string;
}

const ROW = 22;

/** Labelled horizontal bars from 0 (negative values, e.g. a permutation importance below 0, run left). */
export function BarList({
  rows,
  colour,
  ariaLabel,
  formatValue = (v) => formatNumber(v, 3),
}: BarListProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  // Labels take up to 40% of the width (180 px at most); the values as much as the longest needs.
  const LABEL = Math.min(180, Math.round(W * 0.4));
  const VALUE = Math.max(40, ...rows.map((r) => textWidth(formatValue(r.value)) + 10));
  const max = Math.max(1e-12, ...rows.map((r) => Math.abs(r.value)));
  const hasNegative = rows.some((r) => r.value < 0);
  const zero = LABEL + (hasNegative ? (W - LABEL - VALUE) / 2 : 0);
  const span = (W - LABEL - VALUE) * (hasNegative ? 0.5 : 1);
  return (
    <ChartSvg svgRef={ref} width={W} height={rows.length * ROW + 4} ariaLabel={ariaLabel}>
      {measured && (
        <>
          <line x1={zero} x2={zero} y1={0} y2={rows.length * ROW} stroke="#adb5bd" />
          {rows.map((r, i) => {
            const w = (Math.abs(r.value) / max) * span;
            return (
              <g key={r.label} transform={`translate(0,${i * ROW})`} data-testid="bar-row">
                <title>{`${r.label}: ${formatNumber(r.value, 4)}${r.detail ? ` ${r.detail}` : ''}`}</title>
                <text x={LABEL - 6} y={15} textAnchor="end" fontSize={MIN_FONT_PX}>
                  {truncate(r.label, LABEL - 10)}
                </text>
                <rect
                  x={r.value < 0 ? zero - w : zero}
                  y={4}
                  width={Math.max(1, w)}
                  height={ROW - 8}
                  fill={r.colour ?? colour}
                  rx={2}
                />
                <text x={W - 4} y={15} textAnchor="end" fontSize={MIN_FONT_PX} fill={AXIS_TEXT}>
                  {formatValue(r.value)}
                </text>
              </g>
            );
          })}
        </>
      )}
    </ChartSvg>
  );
}

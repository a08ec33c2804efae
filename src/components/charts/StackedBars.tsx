import { formatPercent } from '../../shared/format.ts';
import { AXIS_TEXT } from '../../shared/palette.ts';
import { MIN_FONT_PX, truncate } from './ticks.ts';
import { useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

export interface StackedSegment {
  readonly name: string;
  readonly colour: string;
}

export interface StackedRow {
  readonly label: string;
  /** One share per segment, in the segments' order; they sum to 1 (or 0 for an empty row). */
  readonly shares: readonly number[];
  /** Added to the row's tooltip (e.g. its count). */
  readonly detail?: string;
}

export interface StackedBarsProps {
  readonly segments: readonly StackedSegment[];
  readonly rows: readonly StackedRow[];
  readonly ariaLabel: string;
}

const ROW = 26;
const AXIS = 18;

/** A horizontal bar per row split into its segments' shares (a 100% stacked bar chart). */
export function StackedBars({ segments, rows, ariaLabel }: StackedBarsProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const LABEL = Math.min(160, Math.round(W * 0.32));
  const span = W - LABEL - 8;
  const height = rows.length * ROW + AXIS;
  return (
    <ChartSvg svgRef={ref} width={W} height={height} ariaLabel={ariaLabel}>
      {measured && (
        <>
          {rows.map((r, i) => {
            let x = LABEL;
            return (
              <g key={r.label} transform={`translate(0,${i * ROW})`} data-testid="stacked-row">
                <title>{`${r.label}${r.detail ? ` (${r.detail})` : ''}: ${segments.map((s, k) => `${s.name} ${formatPercent(r.shares[k] ?? 0)}`).join(', ')}`}</title>
                <text x={LABEL - 6} y={17} textAnchor="end" fontSize={12}>
                  {truncate(r.label, ((LABEL - 10) * MIN_FONT_PX) / 12)}
                </text>
                {segments.map((s, k) => {
                  const w = (r.shares[k] ?? 0) * span;
                  const rect = (
                    <rect
                      key={s.name}
                      x={x}
                      y={4}
                      width={Math.max(0, w)}
                      height={ROW - 8}
                      fill={s.colour}
                    />
                  );
                  x += w;
                  return rect;
                })}
              </g>
            );
          })}
          <g fontSize={MIN_FONT_PX} fill={AXIS_TEXT}>
            {[0, 0.25, 0.5, 0.75, 1].map((t) => (
              <text
                key={t}
                x={LABEL + t * span}
                y={height - 4}
                textAnchor={t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}
              >
                {formatPercent(t, 0)}
              </text>
            ))}
          </g>
        </>
      )}
    </ChartSvg>
  );
}

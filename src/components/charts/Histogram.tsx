import { formatNumber } from '../../shared/format.ts';
import { Axes } from './Axes.tsx';
import { linear, niceTicks } from './scale.ts';
import { leftMargin, tickCount } from './ticks.ts';
import { heightFor, useChartWidth } from './useChartWidth.ts';
import { ChartSvg } from './ChartSvg.tsx';

const M = { left: 44, right: 12, top: 8, bottom: 24 };

/** Bin counts over `edges` (one more edge than counts). */
export interface HistogramData {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

export interface HistogramProps {
  readonly data: HistogramData;
  readonly colour: string;
  /** A colour per bin (e.g. by the label a bin's middle gets); `colour` otherwise. */
  readonly colourOf?: (bin: number) => string;
  readonly ariaLabel: string;
  /** What is counted, in each bar's tooltip ("posts"). */
  readonly unit: string;
  readonly height?: number;
}

/** Counts per bin as touching bars, the x axis at round values of the bin edges. */
export function Histogram({
  data,
  colour,
  colourOf,
  ariaLabel,
  unit,
  height = 150,
}: HistogramProps) {
  const { ref, width: W, measured } = useChartWidth<SVGSVGElement>();
  const H = heightFor(W, height);
  const edges = data.edges;
  const x0 = edges[0]!;
  const x1 = edges[edges.length - 1]!;
  const top = Math.max(1, ...data.counts);
  const yLabels = [0, top].map((v) => v.toLocaleString('en-US'));
  const left = leftMargin(yLabels, M.left);
  const sx = linear(x0, x1 > x0 ? x1 : x0 + 1, left, W - M.right);
  const sy = linear(0, top, H - M.bottom, M.top);
  return (
    <ChartSvg svgRef={ref} width={W} height={H} ariaLabel={ariaLabel}>
      {measured && (
        <>
          {data.counts.map((c, i) => (
            <rect
              key={i}
              x={sx(edges[i]!)}
              width={Math.max(0.5, sx(edges[i + 1]!) - sx(edges[i]!) - 0.5)}
              y={sy(c)}
              height={sy(0) - sy(c)}
              fill={colourOf ? colourOf(i) : colour}
              data-testid="histogram-bar"
            >
              <title>{`${formatNumber(edges[i]!, 3)} to ${formatNumber(edges[i + 1]!, 3)}: ${c} ${unit}`}</title>
            </rect>
          ))}
          <Axes
            box={{ left, right: W - M.right, top: M.top, bottom: H - M.bottom }}
            width={W}
            x={{
              ticks: niceTicks(x0, x1, tickCount(W - left - M.right)),
              at: sx,
              format: (t) => formatNumber(t, 2),
              lines: false,
            }}
            y={{ ticks: [0, top], at: sy, format: (v) => v.toLocaleString('en-US'), lines: false }}
          />
        </>
      )}
    </ChartSvg>
  );
}

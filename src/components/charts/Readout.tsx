import { CHAR_PX } from './legend.ts';

const LINE = 14;

export interface ReadoutProps {
  /** The first line is drawn bold (e.g. the x value), the rest as they are. */
  readonly lines: readonly string[];
  /** The point it describes (viewBox units); the box sits beside it, on the side with room. */
  readonly x: number;
  readonly top: number;
  /** The plot's horizontal extent, to keep the box inside it. */
  readonly left: number;
  readonly right: number;
}

/** A boxed list of values drawn inside the chart, for the point chosen by keyboard (a native tooltip shows only on hover). */
export function Readout({ lines, x, top, left, right }: ReadoutProps) {
  const w = Math.max(...lines.map((l) => l.length)) * CHAR_PX + 12;
  const h = lines.length * LINE + 8;
  const bx = x + 8 + w <= right ? x + 8 : Math.max(left, x - 8 - w);
  return (
    <g pointerEvents="none" data-testid="chart-readout">
      <rect x={bx} y={top} width={w} height={h} rx={4} fill="#fff" stroke="#ced4da" />
      {lines.map((l, i) => (
        <text
          key={i}
          x={bx + 6}
          y={top + 4 + (i + 1) * LINE - 3}
          fontSize={11}
          fontWeight={i === 0 ? 600 : 400}
        >
          {l}
        </text>
      ))}
    </g>
  );
}

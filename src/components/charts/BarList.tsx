import { formatNumber } from '../../shared/format.ts';

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

const W = 520;
const LABEL = 180;
const VALUE = 64;
const ROW = 22;

/** Labelled horizontal bars from 0 (negative values, e.g. a permutation importance below 0, run left). */
export function BarList({
  rows,
  colour,
  ariaLabel,
  formatValue = (v) => formatNumber(v, 3),
}: BarListProps) {
  const max = Math.max(1e-12, ...rows.map((r) => Math.abs(r.value)));
  const hasNegative = rows.some((r) => r.value < 0);
  const zero = LABEL + (hasNegative ? (W - LABEL - VALUE) / 2 : 0);
  const span = (W - LABEL - VALUE) * (hasNegative ? 0.5 : 1);
  return (
    <svg
      viewBox={`0 0 ${W} ${rows.length * ROW + 4}`}
      width="100%"
      role="img"
      aria-label={ariaLabel}
      style={{ display: 'block' }}
    >
      <line x1={zero} x2={zero} y1={0} y2={rows.length * ROW} stroke="#adb5bd" />
      {rows.map((r, i) => {
        const w = (Math.abs(r.value) / max) * span;
        return (
          <g key={r.label} transform={`translate(0,${i * ROW})`} data-testid="bar-row">
            <title>{`${r.label}: ${formatNumber(r.value, 4)}${r.detail ? ` ${r.detail}` : ''}`}</title>
            <text x={LABEL - 6} y={15} textAnchor="end" fontSize={11}>
              {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
            </text>
            <rect
              x={r.value < 0 ? zero - w : zero}
              y={4}
              width={Math.max(1, w)}
              height={ROW - 8}
              fill={r.colour ?? colour}
              rx={2}
            />
            <text x={W - 4} y={15} textAnchor="end" fontSize={11} fill="#5c6577">
              {formatValue(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

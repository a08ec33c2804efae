import type { ReactNode, Ref, SVGProps } from 'react';

interface ChartSvgProps extends Omit<
  SVGProps<SVGSVGElement>,
  'ref' | 'viewBox' | 'width' | 'height' | 'role'
> {
  /** The ref `useChartWidth` measures. */
  readonly svgRef: Ref<SVGSVGElement>;
  /** The viewBox: one unit per CSS px of the measured width, so text keeps its size on a phone. */
  readonly width: number;
  readonly height: number;
  readonly ariaLabel: string;
  readonly children?: ReactNode;
}

/** A chart's SVG: as wide as its card, drawn in its own units, an image named for screen readers. */
export function ChartSvg({
  svgRef,
  width,
  height,
  ariaLabel,
  style,
  children,
  ...rest
}: ChartSvgProps) {
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={ariaLabel}
      style={{ display: 'block', ...style }}
      {...rest}
    >
      {children}
    </svg>
  );
}

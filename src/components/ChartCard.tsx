import { useRef, type ReactNode } from 'react';
import { ChartExport } from './ChartExport.tsx';
import type { ChartSource, LegendEntry } from './chartExportSvg.ts';
import { InfoTip } from './InfoTip.tsx';
import { useScrollFocusable } from './useScrollFocusable.ts';

export interface ChartCardProps {
  title: string;
  /** What the chart shows and how to read it. */
  info?: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** How the numbers were made, for the export's source line (e.g. "VADER compound, neutral between ±0.05"). */
  method?: string;
  /** The export's legend; default: the `ChartLegend` (or `data-legend-colour` swatches) drawn in the card. */
  legend?: readonly LegendEntry[];
  /** Overrides the dataset's part of the export's source line (e.g. the posts a filtered chart counts). */
  source?: ChartSource;
}

export function ChartCard({
  title,
  info,
  empty,
  actions,
  children,
  testId,
  wide,
  method,
  legend,
  source,
}: ChartCardProps) {
  const body = useRef<HTMLDivElement>(null);
  useScrollFocusable(body);
  return (
    <section className={`card${wide ? ' card--wide' : ''}`} data-testid={testId} aria-label={title}>
      <header className="card__header">
        <h3 className="card__title">
          {title}
          {info && <InfoTip text={info} about={title} />}
        </h3>
        <div className="card__actions">
          {actions}
          <ChartExport
            body={body}
            title={title}
            legend={legend}
            source={method ? { ...source, method } : source}
          />
        </div>
      </header>
      <div className="card__body" ref={body}>
        {empty ? <p className="empty">{empty}</p> : children}
      </div>
    </section>
  );
}

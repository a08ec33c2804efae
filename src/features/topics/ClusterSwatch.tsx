import { clusterColour } from './clusters.ts';

/**
 * The small square (or dot) in a cluster's colour that keys lists and tooltips to the charts.
 * `legend`: it keys a chart, so the chart's export draws it (labelled by its parent's text).
 */
export function ClusterSwatch({
  id,
  round = false,
  legend = false,
}: {
  id: number;
  round?: boolean;
  legend?: boolean;
}) {
  return (
    <span
      aria-hidden
      data-legend-colour={legend ? clusterColour(id) : undefined}
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: round ? '50%' : 2,
        background: clusterColour(id),
        marginRight: 5,
        verticalAlign: 'baseline',
      }}
    />
  );
}

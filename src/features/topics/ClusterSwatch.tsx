import { clusterColour } from './clusters.ts';

/** The small square (or dot) in a cluster's colour that keys lists and tooltips to the charts. */
export function ClusterSwatch({ id, round = false }: { id: number; round?: boolean }) {
  return (
    <span
      aria-hidden
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

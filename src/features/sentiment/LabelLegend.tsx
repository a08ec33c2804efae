import { ChartLegend } from '../../components/charts/ChartLegend.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS, UNSCORED_COLOUR, UNSCORED_NAME } from './labels.ts';

/**
 * Swatches for positive, neutral and negative under a chart (also drawn into its export), and for
 * posts we cannot read once they are read in their own language.
 */
export function LabelLegend({ unscored = false }: { unscored?: boolean }) {
  return (
    <ChartLegend
      entries={[
        ...LABELS.map((l) => ({ label: LABEL_NAME[l], colour: LABEL_COLOUR[l] })),
        ...(unscored ? [{ label: UNSCORED_NAME, colour: UNSCORED_COLOUR }] : []),
      ]}
    />
  );
}

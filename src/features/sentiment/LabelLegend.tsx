import { ChartLegend } from '../../components/charts/ChartLegend.tsx';
import { LABEL_COLOUR, LABEL_NAME, LABELS } from './labels.ts';

/** Swatches for positive, neutral and negative under a chart (also drawn into its export). */
export function LabelLegend() {
  return (
    <ChartLegend entries={LABELS.map((l) => ({ label: LABEL_NAME[l], colour: LABEL_COLOUR[l] }))} />
  );
}

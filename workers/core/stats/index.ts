/** Column summaries, the missing-value report and correlations, computed from a ParsedTable and its schema. */
export * from './types.ts';
export { summarizeTable, summarizeColumn, type SummaryOptions } from './summarizeTable.ts';
export { missingReport } from './missingReport.ts';
export { numericSummary, quantileSorted } from './numericSummary.ts';
export { datetimeSummary, timeHistogram } from './timeHistogram.ts';
export { histogram, log1pHistogram } from './histogram.ts';
export { topValues, CappedCounter } from './topValues.ts';
export { pearson, pearsonMatrix } from './correlation.ts';
export { valueNotes } from './valueNotes.ts';

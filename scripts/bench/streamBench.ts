import type { BenchSection } from './section.ts';

/** Placeholder until the live stream lands (the Real time issue). */
export const bench: BenchSection = async () => ({ skipped: 'the stream pipeline is not built yet' });

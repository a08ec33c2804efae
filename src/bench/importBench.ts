import { analysis } from '../engine/index.ts';
import { benchFile, withLongTasks, type PageBenches } from './registry.ts';

export const importBenches: PageBenches = {
  /** Imports the file in #bench-file through the analysis worker, as a user's drop does. */
  async importFile() {
    const file = benchFile();
    const t0 = performance.now();
    const { value, longTasks } = await withLongTasks(() => analysis('importFile', { file }));
    const ms = performance.now() - t0;
    if (!value.ok) throw new Error(`${value.error.code}: ${value.error.message}`);
    return { rows: value.value.meta.rows, bytes: file.size, ms: Math.round(ms), longTasks };
  },
};

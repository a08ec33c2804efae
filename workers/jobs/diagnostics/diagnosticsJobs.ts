import type { DiagnosticsApi } from '../../api/diagnostics.ts';
import { fail, ok } from '../../core/errors/index.ts';
import { throttledProgress } from '../shared/progress.ts';

const instance = `${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;

export const diagnosticsJobs: DiagnosticsApi = {
  // Deliberately synchronous: only terminating the worker can stop it, which is what the engine does.
  async busyWork({ milliseconds }, onProgress) {
    const report = throttledProgress(onProgress, 50);
    const start = performance.now();
    let iterations = 0;
    let x = 0;
    for (;;) {
      for (let i = 0; i < 10_000; i++) x += Math.sqrt(i + x);
      iterations++;
      const elapsed = performance.now() - start;
      report({
        phase: 'Working',
        done: Math.min(elapsed, milliseconds),
        total: milliseconds,
        unit: 'steps',
      });
      if (elapsed >= milliseconds) break;
    }
    return ok({ iterations: iterations + (x > 0 ? 0 : 1) });
  },
  async failWith({ code }) {
    if (code === 'INTERNAL') throw new Error('Deliberate failure for testing');
    return fail(
      code,
      'The options given to this job are not valid.',
      'Change the options and try again.',
    );
  },
  async instanceId() {
    return ok(instance);
  },
};

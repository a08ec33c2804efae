import type { JobMethod } from './common.ts';

/** Small jobs that exist so the engine's behaviour (progress, cancel, errors) can be tested end to end. */
export interface DiagnosticsApi {
  /** Keeps the worker's thread busy for `milliseconds`, reporting progress; used to prove Cancel really stops work. */
  busyWork: JobMethod<{ readonly milliseconds: number }, { readonly iterations: number }>;
  /** Fails with the given code, to check that errors cross the boundary with their code. */
  failWith: JobMethod<{ readonly code: 'INVALID_OPTIONS' | 'INTERNAL' }, never>;
  /** A number that differs per worker instance: a restarted worker answers with a new one. */
  instanceId: JobMethod<Record<string, never>, string>;
}

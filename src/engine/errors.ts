import type { AppError, Result } from '../../workers/api.ts';

export function aborted<T>(): Result<T> {
  return { ok: false, error: { code: 'ABORTED', message: 'Cancelled.' } };
}

export function crashed<T>(label: string, detail: string): Result<T> {
  return {
    ok: false,
    error: {
      code: 'WORKER_CRASHED',
      message: `The ${label} worker stopped unexpectedly${detail ? ` (${detail})` : ''}.`,
      hint: 'This can happen when the browser runs out of memory. Try a smaller file; your stored data is kept.',
    },
  };
}

/** A value that crossed Comlink as a rejected promise (it only keeps name and message). */
export function fromRemoteRejection(e: unknown): AppError {
  const message = e instanceof Error ? e.message : String(e);
  return {
    code: 'INTERNAL',
    message: `Unexpected error in a worker: ${message}`,
    hint: 'Reload the page; your stored data is kept.',
  };
}

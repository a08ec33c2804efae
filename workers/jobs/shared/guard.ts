import { failWith, toAppError, type Result } from '../../core/errors/index.ts';

/**
 * Wraps every method of a worker API so nothing throws across Comlink: Comlink would send only an
 * Error's name and message, and the page needs a code. Unexpected exceptions become INTERNAL.
 */
export function guardApi<Api extends object>(api: Api): Api {
  const guarded: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api)) {
    if (typeof fn !== 'function') continue;
    guarded[name] = async (...args: unknown[]): Promise<Result<unknown>> => {
      try {
        return (
          (await (fn as (...a: unknown[]) => Promise<Result<unknown>>)(...args)) ??
          failWith(toAppError('no result'))
        );
      } catch (e) {
        console.error(`[worker] ${name} failed`, e);
        return failWith(toAppError(e));
      }
    };
  }
  return guarded as Api;
}

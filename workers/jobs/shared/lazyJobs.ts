/**
 * A feature's jobs whose module is imported on the first call to any of them, so a worker's bundle
 * holds only what it starts with and fetches a feature's code (VADER's lexicon, the forest, zod …)
 * when that feature is first used, as the training jobs already do with tfjs.
 */

/** Every method name of `Api`, each once: an object literal, so a missing or unknown name does not compile. */
export type JobNames<Api> = { readonly [K in keyof Api]: true };

/**
 * Jobs named in `names` that import their module (`load`) on the first call and run there. The
 * module loads once; a failed load (e.g. a chunk the server no longer has) is tried again next call.
 */
export function lazyJobs<Api extends object>(names: JobNames<Api>, load: () => Promise<Api>): Api {
  let loading: Promise<Api> | null = null;
  const jobs: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(names)) {
    jobs[name] = async (...args) => {
      loading ??= load().catch((e: unknown) => {
        loading = null;
        throw e;
      });
      const api = (await loading) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return api[name]!(...args);
    };
  }
  return jobs as Api;
}

/** A benchmark run inside the page: takes a JSON argument, returns a JSON-serialisable report. */
export type PageBench = (arg: unknown) => Promise<unknown>;

export type PageBenches = Record<string, PageBench>;

/** The file most recently put into the page's file input (by Playwright's setInputFiles). */
export function benchFile(): File {
  const input = document.getElementById('bench-file') as HTMLInputElement | null;
  const file = input?.files?.[0];
  if (!file) throw new Error('No file was set on #bench-file');
  return file;
}

/** Long tasks on the main thread while `run` is in progress (ms each). */
export async function withLongTasks<T>(
  run: () => Promise<T>,
): Promise<{ value: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const value = await run();
    await new Promise((r) => setTimeout(r, 50));
    return { value, longTasks };
  } finally {
    observer.disconnect();
  }
}

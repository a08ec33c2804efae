import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element (an SVG at width 100%), in CSS px, followed as it resizes.
 * A chart drawn with this as its viewBox width maps one unit to one pixel, so an 11 px label
 * stays 11 px on a phone instead of shrinking with the picture; `fallback` until measured.
 *
 * `measured` is false for the first render only: a chart then draws its bare frame (the element
 * with `ref`, nothing inside), so measuring it lays out only that frame, and the chart is drawn
 * once, at its real width, in the same task. (Drawn at the fallback first, measuring laid out all
 * of it, and it was drawn twice: half the main thread's work of showing a chart.)
 */
export function useChartWidth<T extends Element>(fallback = 520) {
  const ref = useRef<T>(null);
  const [state, setState] = useState({ width: fallback, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // A hidden chart measures 0: it keeps its last width (the fallback when never shown).
      setState((s) =>
        w > 0 && w !== s.width
          ? { width: w, measured: true }
          : s.measured
            ? s
            : { ...s, measured: true },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width: state.width, measured: state.measured };
}

/** A chart's height for its width: `height` at 520 px and wider, less on a narrow screen (not below 70%). */
export function heightFor(width: number, height: number): number {
  return Math.round(height * Math.min(1, Math.max(0.7, width / 520)));
}

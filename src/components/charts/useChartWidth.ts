import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element (an SVG at width 100%), in CSS px, followed as it resizes.
 * A chart drawn with this as its viewBox width maps one unit to one pixel, so an 11 px label
 * stays 11 px on a phone instead of shrinking with the picture; `fallback` until measured.
 */
export function useChartWidth<T extends Element>(fallback = 520) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // A hidden chart measures 0: it keeps its last width.
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A chart's height for its width: `height` at 520 px and wider, less on a narrow screen (not below 70%). */
export function heightFor(width: number, height: number): number {
  return Math.round(height * Math.min(1, Math.max(0.7, width / 520)));
}

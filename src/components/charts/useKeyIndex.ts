import { useState, type KeyboardEvent } from 'react';

/**
 * Keyboard access to the points of a chart: focus the chart, then Left/Right (or Home/End)
 * choose one of `count` positions; leaving the chart clears it. Spread `keyProps` on the <svg>.
 */
export function useKeyIndex(count: number) {
  const [active, setActive] = useState<number | null>(null);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = count - 1;
    const keys: Record<string, number> = {
      ArrowRight: Math.min(last, (active ?? -1) + 1),
      ArrowLeft: Math.max(0, (active ?? 1) - 1),
      Home: 0,
      End: last,
    };
    const next = keys[e.key];
    if (next === undefined || last < 0) return;
    e.preventDefault();
    setActive(next);
  };
  return {
    active: active !== null && active < count ? active : null,
    keyProps: { tabIndex: 0, onKeyDown, onBlur: () => setActive(null) },
  };
}

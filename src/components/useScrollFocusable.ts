import { useEffect, type RefObject } from 'react';

/**
 * Makes a box that scrolls sideways (a wide table or chart in a narrow card) reachable by keyboard,
 * so its hidden part can be scrolled with the arrow keys; a box that fits stays out of the Tab order.
 */
export function useScrollFocusable(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    };
    const resize = new ResizeObserver(update);
    const watch = () => {
      resize.disconnect();
      resize.observe(box);
      for (const child of box.children) resize.observe(child);
    };
    const children = new MutationObserver(watch);
    children.observe(box, { childList: true });
    watch();
    return () => {
      resize.disconnect();
      children.disconnect();
    };
  }, [ref]);
}

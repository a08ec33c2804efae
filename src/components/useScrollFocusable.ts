import { useEffect, type RefObject } from 'react';

/**
 * Makes a box that scrolls (a wide table or chart in a narrow card, a long list in a card of fixed
 * height) reachable by keyboard, so its hidden part can be scrolled with the arrow keys; a box that
 * fits stays out of the Tab order.
 * Rechecked when the box resizes or its content changes, at most once a frame.
 */
export function useScrollFocusable(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const scrollsDown =
        box.scrollHeight > box.clientHeight + 1 &&
        /auto|scroll/.test(getComputedStyle(box).overflowY);
      if (box.scrollWidth > box.clientWidth + 1 || scrollsDown) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(box);
    const content = new MutationObserver(schedule);
    content.observe(box, { childList: true, subtree: true, characterData: true });
    update();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      content.disconnect();
    };
  }, [ref]);
}

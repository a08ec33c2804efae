/**
 * The plain SVG charts draw in a fixed viewBox scaled to the card's width, so a pointer's page
 * position has to be mapped into the chart's units (and back, to place an HTML tooltip).
 */

/** The pointer at (`clientX`, `clientY`) in `svg`'s viewBox units, or null when the SVG is not laid out. */
export function pointerIn(
  svg: SVGSVGElement,
  clientX: number,
  clientY: number,
): { x: number; y: number } | null {
  const m = svg.getScreenCTM();
  if (!m) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

/** Where the viewBox point (`x`, `y`) is drawn, in CSS px from the SVG element's top-left corner. */
export function offsetOf(svg: SVGSVGElement, x: number, y: number): { left: number; top: number } {
  const m = svg.getScreenCTM();
  const box = svg.getBoundingClientRect();
  if (!m) return { left: x, top: y };
  const p = new DOMPoint(x, y).matrixTransform(m);
  return { left: p.x - box.left, top: p.y - box.top };
}

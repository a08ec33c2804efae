import {
  elementScroll,
  useVirtualizer,
  type Rect,
  type VirtualizerOptions,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';

export interface DataTableProps {
  header: readonly string[];
  rowCount: number;
  /** Fetches rows [offset, offset+limit). Pages are cached; only visible rows are rendered. */
  loadRows: (offset: number, limit: number) => Promise<readonly (readonly string[])[]>;
  /** Changes when the underlying rows change, to drop cached pages. */
  version?: string;
  height?: number;
  testId?: string;
  ariaLabel: string;
  /** Width in px per column, by index; default 160. */
  columnWidth?: (index: number) => number;
}

const PAGE = 200;
const ROW_H = 30;

/** A virtualised, keyboard-scrollable table that never holds more than the pages it has shown. */
export function DataTable({
  header,
  rowCount,
  loadRows,
  version = '',
  height = 420,
  testId,
  ariaLabel,
  columnWidth = () => 160,
}: DataTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{
    version: string;
    data: Map<number, readonly (readonly string[])[]>;
  }>({ version, data: new Map() });
  const loading = useRef(new Set<string>());
  const cache = pages.version === version ? pages.data : null;
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    overscan: 12,
    initialRect: { width: 0, height },
    observeElementRect: observeRectWithoutReading,
    scrollToFn: scrollUnlessThere,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) {
      const key = `${version}:${p}`;
      if (cache?.has(p) || loading.current.has(key)) continue;
      loading.current.add(key);
      void loadRows(p * PAGE, PAGE).then((rows) => {
        loading.current.delete(key);
        setPages((prev) => {
          const data =
            prev.version === version
              ? new Map(prev.data)
              : new Map<number, readonly (readonly string[])[]>();
          data.set(p, rows);
          return { version, data };
        });
      });
    }
  }, [first, last, version, cache, loadRows]);

  const widths = header.map((_, i) => columnWidth(i));
  const total = widths.reduce((a, b) => a + b, 0) + 60;
  return (
    <div className="table" data-testid={testId}>
      <div
        ref={scroller}
        className="table__scroll"
        style={{ height }}
        tabIndex={0}
        role="table"
        aria-label={ariaLabel}
        aria-rowcount={rowCount + 1}
      >
        <div className="table__row table__row--head" role="row" style={{ width: total }}>
          <div className="table__cell table__cell--index" role="columnheader">
            #
          </div>
          {header.map((h, i) => (
            <div
              key={i}
              className="table__cell"
              role="columnheader"
              style={{ width: widths[i] }}
              title={h}
            >
              {h}
            </div>
          ))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: total }}>
          {items.map((it) => {
            const row = cache?.get(Math.floor(it.index / PAGE))?.[it.index % PAGE];
            return (
              <div
                key={it.key}
                className="table__row"
                role="row"
                aria-rowindex={it.index + 2}
                style={{
                  position: 'absolute',
                  top: 0,
                  transform: `translateY(${it.start}px)`,
                  height: ROW_H,
                  width: total,
                }}
              >
                <div className="table__cell table__cell--index" role="cell">
                  {it.index + 1}
                </div>
                {header.map((_, c) => (
                  <div
                    key={c}
                    className="table__cell"
                    role="cell"
                    style={{ width: widths[c] }}
                    title={row?.[c] ?? ''}
                  >
                    {row ? row[c] : '…'}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * Scrolls the box, except to the top when the virtualiser already knows it is there: on mount it
 * writes `scrollTop = 0` to a fresh box, which forces the same layout as reading would.
 */
const scrollUnlessThere: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (
  offset,
  options,
  instance,
) => {
  if (offset === 0 && !options.adjustments && (instance.scrollOffset ?? 0) === 0) return;
  elementScroll(offset, options, instance);
};

/**
 * The scroll box's size from ResizeObserver alone. The library's default reads `clientHeight` in
 * the commit, which forces a layout of the whole view mounted with it: 20–40 ms after a large
 * import, inside one task with the commit. The box's height is known (`initialRect`) until the
 * observer, which runs after the browser's own layout, reports it.
 */
function observeRectWithoutReading(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (entry)
      cb({
        width: Math.round(entry.contentRect.width),
        height: Math.round(entry.contentRect.height),
      });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

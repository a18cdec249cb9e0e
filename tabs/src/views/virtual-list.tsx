import { useEffect, useRef, useState } from 'react';

/**
 * Renders only the rows near the viewport, so a board of thousands of objectives stays smooth.
 * Rows have an estimated height and are measured once rendered.
 */
export function VirtualList<T>({
  items,
  estimate,
  render,
  keyOf,
  overscan = 6,
  itemAttributes,
}: {
  items: readonly T[];
  estimate: number;
  render: (item: T) => React.ReactNode;
  keyOf: (item: T) => string;
  overscan?: number;
  /** ARIA attributes for an item's listitem (e.g. aria-level for a nested list); override the defaults. */
  itemAttributes?: (item: T, index: number) => Record<string, string | number>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const [, setMeasured] = useState(0);

  useEffect(() => {
    const onScroll = () => {
      const rect = container.current?.getBoundingClientRect();
      if (rect) setViewport({ top: -rect.top, height: window.innerHeight });
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  const offsets: number[] = [];
  let total = 0;
  for (const item of items) {
    offsets.push(total);
    total += heights.current.get(keyOf(item)) ?? estimate;
  }
  let first = 0;
  while (first < items.length - 1 && offsets[first + 1]! < viewport.top) first++;
  let last = first;
  while (last < items.length - 1 && offsets[last]! < viewport.top + viewport.height) last++;
  first = Math.max(0, first - overscan);
  last = Math.min(items.length - 1, last + overscan);

  return (
    <div ref={container} style={{ position: 'relative', height: total }} role="list">
      {items.slice(first, last + 1).map((item, i) => {
        const key = keyOf(item);
        return (
          <div
            key={key}
            role="listitem"
            // Only some rows are in the DOM: tell assistive technology where this one sits in the whole list.
            aria-posinset={first + i + 1}
            aria-setsize={items.length}
            {...itemAttributes?.(item, first + i)}
            style={{ position: 'absolute', top: offsets[first + i], left: 0, right: 0 }}
            ref={(el) => {
              if (el && heights.current.get(key) !== el.offsetHeight) {
                heights.current.set(key, el.offsetHeight);
                setMeasured((n) => n + 1);
              }
            }}
          >
            {render(item)}
          </div>
        );
      })}
    </div>
  );
}

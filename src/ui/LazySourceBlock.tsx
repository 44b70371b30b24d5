import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface LazySourceBlockProps {
  /** The scrolling element the block is seen through. */
  root: RefObject<HTMLElement | null>;
  /** Render now, seen or not (it holds the selection's passages, the tab stop or a chooser). */
  force: boolean;
  /** The block's height before it is rendered, in CSS pixels (an estimate from its text). */
  estimate: number;
  children: ReactNode;
}

/** How far beyond the visible part of the text blocks are rendered ahead of scrolling. */
const AHEAD = '2000px 0px';

/**
 * One block of a long source text (a corpus of thousands of nodes), rendered once it comes
 * near the visible part of the text and kept from then on; until then an empty box of about
 * its height. A 50 000-node corpus has some 150 000 passages: rendering them all put a task
 * of over a second on the main thread after the graph was drawn (issue 7).
 */
export function LazySourceBlock({ root, force, estimate, children }: LazySourceBlockProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || force || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { root: root.current, rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, force, root]);
  const shown = seen || force;
  return (
    <div
      ref={ref}
      className="source-block"
      style={shown ? undefined : { height: estimate }}
      data-testid={shown ? undefined : 'source.block-pending'}
    >
      {shown ? children : null}
    </div>
  );
}

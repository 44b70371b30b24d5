import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Whether the frame after this component's mount has been drawn. Panels that can wait use it
 * to stay out of the task that mounts the document and creates the graph (issue 7): they
 * render after the first frame, in a transition (time-sliced, so without a long task).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

/** Its children, once the frame after its mount has been drawn (see useAfterFirstPaint). */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterFirstPaint() ? children : null;
}

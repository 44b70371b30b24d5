/**
 * Runs a generator's steps in slices of about `budgetMs` each, a slice a task, so that long
 * work (the facet counts of a 50 000-node view) never holds the main thread for long: input
 * and the graph's frames get in between (issue 7). The first slice runs at once, so work that
 * fits in one slice is done before this returns. Returns a cancel function; a cancelled run
 * never calls `onDone`.
 */
export function runInSlices<T>(
  steps: Generator<void, T, void>,
  onDone: (value: T) => void,
  budgetMs = 40,
  now: () => number = () => performance.now(),
): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    timer = undefined;
    const start = now();
    for (;;) {
      if (cancelled) return;
      const step = steps.next();
      if (step.done) {
        onDone(step.value);
        return;
      }
      if (now() - start >= budgetMs) break;
    }
    timer = setTimeout(slice, 0);
  };
  slice();
  return () => {
    cancelled = true;
    if (timer !== undefined) clearTimeout(timer);
    steps.return(undefined as T);
  };
}

/**
 * The generator's value if its steps finish within `budgetMs`, else undefined (the partial
 * work is dropped): for a first render that should not wait for a task of its own.
 */
export function finishWithin<T>(
  steps: Generator<void, T, void>,
  budgetMs: number,
  now: () => number = () => performance.now(),
): { value: T } | undefined {
  const start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (now() - start >= budgetMs) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}

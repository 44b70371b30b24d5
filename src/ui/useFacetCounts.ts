import { useEffect, useRef, useState } from 'react';
import type { ClaimGraph } from '../model/build.ts';
import { facetCountSteps, type FacetCounts, type ViewFilter } from '../model/filters.ts';
import { finishWithin, runInSlices } from '../state/runInSlices.ts';

interface Done {
  graph: ClaimGraph;
  key: string;
  counts: FacetCounts;
}

/** Work of this size is done in the render itself; more goes to slices of a task each. */
const SLICE_MS = 40;

const stepsOf = (graph: ClaimGraph, filterKey: string) =>
  facetCountSteps(graph, JSON.parse(filterKey) as ViewFilter);

/**
 * The facet counts of a view. With focus a count is one pass over the graph per stance and
 * actor type, most of a second at 50 000 nodes, so counts that do not fit in a first render
 * are computed in slices of a task each (issue 7). While new counts are on their way the last
 * ones stay, flagged `stale`; a view changed meanwhile cancels the run. `filterKey` is the
 * serialised filters.
 */
export function useFacetCounts(
  graph: ClaimGraph,
  filterKey: string,
): { counts: FacetCounts | undefined; stale: boolean } {
  const [done, setDone] = useState<Done | undefined>(() => {
    const first = finishWithin(stepsOf(graph, filterKey), SLICE_MS);
    return first && { graph, key: filterKey, counts: first.value };
  });
  const latest = useRef(done);
  latest.current = done;
  useEffect(() => {
    if (latest.current?.graph === graph && latest.current.key === filterKey) return;
    return runInSlices(
      stepsOf(graph, filterKey),
      (counts) => setDone({ graph, key: filterKey, counts }),
      SLICE_MS,
    );
  }, [graph, filterKey]);
  const current = done?.graph === graph ? done : undefined;
  return { counts: current?.counts, stale: current?.key !== filterKey };
}

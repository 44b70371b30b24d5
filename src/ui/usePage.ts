import { useState } from 'react';

/**
 * Items a long list in the details panel draws at first, and adds per "Show more" (issue 7):
 * the busiest actor of a 50 000-node corpus has ~3 000 statements and ties, and drawing them
 * all (with the layout that follows) was ~0.6 s of a 1.1 s task when it was selected.
 */
export const LIST_PAGE = 50;

export interface Page<T> {
  /** How many items are asked for (at least a page; more after `more` or `all`). */
  limit: number;
  shown: readonly T[];
  /** Items not drawn. */
  hidden: number;
  more(): void;
  all(): void;
}

/** The first page of `items`, more on demand; another list (a new array) starts again. */
export function usePage<T>(items: readonly T[], page = LIST_PAGE): Page<T> {
  const [state, setState] = useState({ of: items, limit: page });
  const limit = state.of === items ? state.limit : page;
  return {
    limit,
    shown: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(0, items.length - limit),
    more: () => setState({ of: items, limit: limit + page }),
    all: () => setState({ of: items, limit: items.length }),
  };
}

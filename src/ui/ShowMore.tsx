import type { Page } from './usePage.ts';
import { LIST_PAGE } from './usePage.ts';

export interface ShowMoreProps {
  page: Pick<Page<unknown>, 'hidden' | 'more' | 'all'>;
  /** What the list holds, plural (`statements`). */
  noun: string;
  testId: string;
}

/** Under a list drawn a page at a time: how many are left, and buttons to draw them. */
export function ShowMore({ page, noun, testId }: ShowMoreProps) {
  if (page.hidden === 0) return null;
  return (
    <div className="show-more" data-testid={testId}>
      <span>
        {page.hidden} more {noun} not shown
      </span>
      <button type="button" data-testid={`${testId}.more`} onClick={page.more}>
        Show {Math.min(LIST_PAGE, page.hidden)} more
      </button>
      <button type="button" data-testid={`${testId}.all`} onClick={page.all}>
        Show all
      </button>
    </div>
  );
}

import type { ViewNotice } from '../state/view.ts';

export interface ViewNoticesProps {
  notices: readonly ViewNotice[];
}

/** Says which URL values were ignored and why, instead of failing or silently dropping them. */
export function ViewNotices({ notices }: ViewNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className="view-notices" role="status" data-testid="view.notices">
      <strong>Some link parameters were ignored:</strong>
      <ul>
        {notices.map((n) => (
          <li key={`${n.param}=${n.value}`}>
            <code>
              {n.param}={n.value}
            </code>
            : {n.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { StorageNotice as Notice } from '../data/importStore.ts';
import './import.css';

export interface StorageNoticeProps {
  notice: Notice;
  onDismiss?(): void;
}

/** Imported documents could not be stored (or read back): what that means, and what to do. */
export function StorageNotice({ notice, onDismiss }: StorageNoticeProps) {
  return (
    <section
      className="import-storage-notice"
      role="alert"
      data-testid="import.storage-notice"
      data-problem={notice.problem}
    >
      <div className="import-notice-head">
        <strong>
          {notice.problem === 'quota'
            ? 'Browser storage is full'
            : 'Imports are not saved in this browser'}
        </strong>
        {onDismiss ? (
          <button
            type="button"
            className="link-button"
            data-testid="import.storage-notice.dismiss"
            onClick={onDismiss}
          >
            Dismiss
          </button>
        ) : null}
      </div>
      <p>{notice.message}</p>
    </section>
  );
}

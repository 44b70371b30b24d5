import { useEffect, useRef } from 'react';
import type { ImportFailureReport } from './useImporter.ts';
import './import.css';

/** Most problems listed; the rest are counted ("and N more"). */
export const ERRORS_SHOWN = 8;

export interface ImportErrorsProps {
  report: ImportFailureReport;
  onClose(): void;
}

/**
 * Why a file could not be imported, as a modal dialog: the file, the format it looked like,
 * and each problem with where it is and what was expected there. Nothing else changed.
 */
export function ImportErrors({ report, onClose }: ImportErrorsProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    // Removing the element (when the report goes) takes it out of the top layer too.
    if (element && !element.open) element.showModal();
  }, []);
  const shown = report.errors.slice(0, ERRORS_SHOWN);
  const more = report.errors.length - shown.length;
  const count = report.errors.length;
  return (
    <dialog
      ref={dialog}
      className="import-errors"
      data-testid="import.errors"
      aria-labelledby="import-errors-title"
      aria-describedby="import-errors-summary"
      onClose={onClose}
    >
      <h2 id="import-errors-title" className="import-errors-title">
        Cannot import “<span data-testid="import.errors.file">{report.fileName}</span>”
      </h2>
      <p id="import-errors-summary" className="import-errors-summary">
        <span data-testid="import.errors.format">
          {report.format ? `Format: ${report.format}` : 'Format: not recognised'}
        </span>
        {' · '}
        {count === 1 ? '1 problem' : `${count} problems`}. Nothing was imported, and the graph you
        were viewing is unchanged.
      </p>
      <ol className="import-errors-list" data-testid="import.errors.list">
        {shown.map((error, i) => (
          <li key={i} className="import-error" data-testid="import.errors.item">
            <code className="import-error-where" data-testid="import.errors.where">
              {error.where}
            </code>
            <span className="import-error-message">{error.message}</span>
            {error.expected !== undefined ? (
              <span className="import-error-expected">Expected: {error.expected}</span>
            ) : null}
          </li>
        ))}
      </ol>
      {more > 0 ? (
        <p className="import-errors-more" data-testid="import.errors.more">
          … and {more} more {more === 1 ? 'problem' : 'problems'}.
        </p>
      ) : null}
      <p className="import-errors-hint">
        Fix the file (or export it again from the tool that wrote it) and import it again.
      </p>
      <div className="import-errors-actions">
        <button
          type="button"
          className="import-errors-close"
          data-testid="import.errors.close"
          autoFocus
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}

import type { ImportWarningsReport } from './useImporter.ts';
import './import.css';

/** Most warnings listed; the rest are counted. */
export const WARNINGS_SHOWN = 8;

export interface ImportWarningsProps {
  report: ImportWarningsReport;
  onDismiss(): void;
}

/** What the importer accepted but changed or dropped, after a successful import. */
export function ImportWarnings({ report, onDismiss }: ImportWarningsProps) {
  const shown = report.warnings.slice(0, WARNINGS_SHOWN);
  const more = report.warnings.length - shown.length;
  const count = report.warnings.length;
  return (
    <section
      className="import-warnings"
      role="status"
      aria-label="Import warnings"
      data-testid="import.warnings"
    >
      <div className="import-notice-head">
        <strong>
          Imported “{report.fileName}” ({report.format}) with{' '}
          {count === 1 ? '1 warning' : `${count} warnings`}
        </strong>
        <button
          type="button"
          className="link-button"
          data-testid="import.warnings.dismiss"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      </div>
      <details>
        <summary>What was changed or left out</summary>
        <ul className="import-warnings-list">
          {shown.map((warning, i) => (
            <li key={i} data-testid="import.warnings.item">
              <code>{warning.where}</code> {warning.message}
              {warning.expected !== undefined ? ` (expected: ${warning.expected})` : ''}
            </li>
          ))}
          {more > 0 ? <li data-testid="import.warnings.more">… and {more} more.</li> : null}
        </ul>
      </details>
    </section>
  );
}

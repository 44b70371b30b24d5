import type { ExportScope } from './exportView.ts';

export interface ExportScopePickerProps {
  scope: ExportScope;
  /** The selected element's kind and label, when something is selected. */
  selection?: { kindLabel: string; label: string };
  context: boolean;
  /** Pictures show the canvas as drawn: scope and context do not apply. */
  disabled: boolean;
  onScope(scope: ExportScope): void;
  onContext(context: boolean): void;
  /** A name for the radio group, unique in the page. */
  name: string;
}

/** What to export: the current view or the selection, with or without their 1-hop context. */
export function ExportScopePicker({
  scope,
  selection,
  context,
  disabled,
  onScope,
  onContext,
  name,
}: ExportScopePickerProps) {
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend>What</legend>
      <label className="export-choice">
        <input
          type="radio"
          name={name}
          value="view"
          checked={scope === 'view'}
          onChange={() => onScope('view')}
          data-testid="export.scope.view"
        />
        <span>
          Current view <span className="export-muted">(filters and focus applied)</span>
        </span>
      </label>
      <label className={`export-choice${selection ? '' : ' is-disabled'}`}>
        <input
          type="radio"
          name={name}
          value="selection"
          checked={scope === 'selection'}
          disabled={!selection}
          onChange={() => onScope('selection')}
          data-testid="export.scope.selection"
        />
        <span className="export-choice-text">
          Selection{' '}
          {selection ? (
            <span className="export-muted" title={selection.label}>
              ({selection.kindLabel.toLowerCase()}: {selection.label})
            </span>
          ) : (
            <span className="export-muted">(select a node or edge first)</span>
          )}
        </span>
      </label>
      <label className="export-choice export-context">
        <input
          type="checkbox"
          checked={context}
          onChange={(event) => onContext(event.target.checked)}
          data-testid="export.context"
        />
        <span>
          With 1-hop context{' '}
          <span className="export-muted">
            ({scope === 'selection' ? 'its neighbours' : 'the neighbours of the view'})
          </span>
        </span>
      </label>
      {disabled ? (
        <p className="export-note">PNG and SVG picture the canvas as it is drawn now.</p>
      ) : null}
    </fieldset>
  );
}

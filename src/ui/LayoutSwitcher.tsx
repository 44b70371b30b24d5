import { LAYOUT_LABELS } from '../graph/layout.ts';
import { LAYOUTS, type LayoutName } from '../state/view.ts';

export interface LayoutSwitcherProps {
  value: LayoutName;
  /** The layouts offered (default: all; a generic graph has no timeline). */
  layouts?: readonly LayoutName[];
  /** Whether the hierarchy has a root to start from (a selected node). */
  canHierarchy: boolean;
  /** Said when the hierarchy is asked for without a root. */
  hint?: string;
  onChange(layout: LayoutName): void;
}

export const HIERARCHY_HINT = 'Select a node to lay out the hierarchy from it';

/** Chooses the layout of the canvas (`layout=` in the URL). */
export function LayoutSwitcher({
  value,
  layouts = LAYOUTS,
  canHierarchy,
  hint,
  onChange,
}: LayoutSwitcherProps) {
  return (
    <div className="toolbar-group">
      <div className="segmented" role="group" aria-label="Layout">
        {layouts.map((name) => {
          const disabled = name === 'hierarchy' && !canHierarchy;
          return (
            <button
              key={name}
              type="button"
              data-testid={`graph.layout.${name}`}
              aria-pressed={value === name}
              // aria-disabled, not disabled: the button keeps its focus and its hint.
              aria-disabled={disabled || undefined}
              title={disabled ? HIERARCHY_HINT : `${LAYOUT_LABELS[name]} layout`}
              onClick={() => {
                if (!disabled) onChange(name);
              }}
            >
              {LAYOUT_LABELS[name]}
            </button>
          );
        })}
      </div>
      {hint ? (
        <span className="toolbar-hint" role="status" data-testid="graph.layout.hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

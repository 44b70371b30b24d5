import type { FocusDepth } from '../model/filters.ts';

export interface FocusControlsProps {
  /** The focused node and its label, if focus is on. */
  focus?: { id: string; label: string };
  /** The node focus would take (the selection), if any. */
  candidate?: string;
  depth: FocusDepth;
  hide: boolean;
  onToggle(): void;
  onDepth(depth: FocusDepth): void;
  onHide(hide: boolean): void;
}

/** Focus on the selection within 1–3 hops; the rest dimmed or hidden. */
export function FocusControls({
  focus,
  candidate,
  depth,
  hide,
  onToggle,
  onDepth,
  onHide,
}: FocusControlsProps) {
  const on = focus !== undefined;
  return (
    <div className="toolbar-group" role="group" aria-label="Focus">
      <button
        type="button"
        data-testid="graph.focus.toggle"
        aria-pressed={on}
        disabled={!on && candidate === undefined}
        title={
          on
            ? `Stop focusing on ${focus.label}`
            : candidate
              ? 'Show only the neighbourhood of the selected node'
              : 'Select a node to focus on it'
        }
        onClick={onToggle}
      >
        {on ? 'Unfocus' : 'Focus'}
      </button>
      <label className="toolbar-field">
        <span>Depth</span>
        <select
          data-testid="graph.focus.depth"
          value={depth}
          disabled={!on}
          onChange={(event) => onDepth(Number(event.target.value) as FocusDepth)}
        >
          <option value={1}>1</option>
          <option value={2}>2</option>
          <option value={3}>3</option>
        </select>
      </label>
      <label className="toolbar-field">
        <input
          type="checkbox"
          data-testid="graph.focus.hide"
          checked={hide}
          onChange={(event) => onHide(event.target.checked)}
        />
        <span>Hide the rest</span>
      </label>
      {on ? (
        <span className="toolbar-status" data-testid="graph.focus.status" title={focus.label}>
          · focused on {focus.label}
        </span>
      ) : null}
    </div>
  );
}

export interface NodeOption {
  id: string;
  label: string;
}

export interface PathControlsProps {
  /** The start of the path being picked or shown. */
  from?: NodeOption;
  /** The end of the path shown, if any. */
  to?: string;
  /** Whether the next node tapped on the canvas becomes the end. */
  picking: boolean;
  /** The node "Path from here" would start from (the selection), if any. */
  candidate?: string;
  /** Every node, for the target list, sorted by label. */
  nodes: readonly NodeOption[];
  /** "No path between A and B", or why no path could be asked for. */
  message?: string;
  /** How many shortest paths were found and how many steps each takes. */
  found?: { paths: number; steps: number };
  onStart(): void;
  onTarget(id: string): void;
  onClear(): void;
}

/** Shortest paths between two nodes: the selection and a node picked from a list or tapped. */
export function PathControls({
  from,
  to,
  picking,
  candidate,
  nodes,
  message,
  found,
  onStart,
  onTarget,
  onClear,
}: PathControlsProps) {
  if (!from) {
    return (
      <div className="toolbar-group" role="group" aria-label="Shortest path">
        <button
          type="button"
          data-testid="graph.path.start"
          disabled={candidate === undefined}
          title={
            candidate
              ? 'Find the shortest path from the selected node to another'
              : 'Select a node to find paths from it'
          }
          onClick={onStart}
        >
          Path from here
        </button>
      </div>
    );
  }
  return (
    <div className="toolbar-group path-controls" role="group" aria-label="Shortest path">
      <span className="toolbar-status" title={from.label}>
        Path from <strong>{from.label}</strong> to
      </span>
      <select
        data-testid="graph.path.target"
        aria-label="Path target"
        value={to ?? ''}
        onChange={(event) => {
          if (event.target.value) onTarget(event.target.value);
        }}
      >
        <option value="">{picking ? 'tap a node or choose…' : 'choose…'}</option>
        {nodes
          .filter((n) => n.id !== from.id)
          .map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
      </select>
      <button type="button" data-testid="graph.path.clear" onClick={onClear}>
        Clear path
      </button>
      {message ? (
        <span className="toolbar-message" role="status" data-testid="graph.path.message">
          {message}
        </span>
      ) : found ? (
        <span className="toolbar-status" role="status" data-testid="graph.path.summary">
          {found.paths === 1 ? '1 shortest path' : `${found.paths} shortest paths`}, {found.steps}{' '}
          {found.steps === 1 ? 'step' : 'steps'}
        </span>
      ) : null}
    </div>
  );
}

import { usePanelLayout } from '../state/panelLayout.ts';
import { useMemo } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import { genericLegendFor, legendFor, type LegendEntry } from '../graph/legend.ts';

const DASH = { solid: undefined, dashed: '6 3', dotted: '1.5 2.5' } as const;

function Swatch({ entry }: { entry: LegendEntry }) {
  switch (entry.group) {
    case 'kind': {
      const shape =
        entry.shape === 'ellipse' ? (
          <circle cx="9" cy="7" r="6" />
        ) : entry.shape === 'diamond' ? (
          <polygon points="9,0.5 15.5,7 9,13.5 2.5,7" />
        ) : (
          <rect x="1.5" y="2.5" width="15" height="9" rx="3" />
        );
      return (
        <svg className="legend-swatch" viewBox="0 0 18 14" aria-hidden="true">
          <g fill={entry.fill} stroke={entry.stroke} strokeWidth="1.2">
            {shape}
          </g>
        </svg>
      );
    }
    case 'actorType':
    case 'type':
      return (
        <svg className="legend-swatch" viewBox="0 0 18 14" aria-hidden="true">
          <circle cx="9" cy="7" r="6" fill={entry.fill} stroke="#3e4c59" strokeWidth="1" />
        </svg>
      );
    case 'marker':
      return (
        <svg className="legend-swatch" viewBox="0 0 18 14" aria-hidden="true">
          {entry.key === 'anonymous' ? (
            <circle
              cx="9"
              cy="7"
              r="5.5"
              fill={entry.fill}
              stroke={entry.stroke}
              strokeWidth="1.8"
              strokeDasharray="2.5 1.8"
            />
          ) : (
            <polygon
              points="9,0.8 15.2,7 9,13.2 2.8,7"
              fill={entry.fill}
              stroke={entry.stroke}
              strokeWidth="2"
            />
          )}
        </svg>
      );
    case 'link':
      return (
        <svg className="legend-swatch legend-line" viewBox="0 0 28 14" aria-hidden="true">
          <line x1="1" y1="7" x2="21" y2="7" stroke={entry.color} strokeWidth={1.4} />
          {entry.key === 'directed' ? (
            <polygon points="20,3 27,7 20,11" fill={entry.color} />
          ) : null}
        </svg>
      );
    case 'stance':
    case 'edge':
      return (
        <svg className="legend-swatch legend-line" viewBox="0 0 28 14" aria-hidden="true">
          <line
            x1="1"
            y1="7"
            x2="21"
            y2="7"
            stroke={entry.color}
            strokeWidth={entry.group === 'stance' ? 2.4 : 1.4}
            strokeDasharray={DASH[entry.line]}
          />
          <polygon points="20,3 27,7 20,11" fill={entry.color} />
        </svg>
      );
  }
}

function Section({ title, entries }: { title: string; entries: LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="legend-section">
      <h3 className="legend-heading">{title}</h3>
      <ul className="legend-list">
        {entries.map((entry) => (
          <li
            key={`${entry.group}.${entry.key}`}
            className="legend-item"
            data-testid={`graph.legend.${entry.group}.${entry.key}`}
          >
            <Swatch entry={entry} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every shape, colour and line the current document's graph uses. */
export function Legend() {
  const doc = useAnyDocument();
  const legend = useMemo(
    () => (doc.kind === 'generic' ? genericLegendFor(doc.graph) : legendFor(doc.graph)),
    [doc],
  );
  const [open, setOpen] = usePanelLayout('legendOpen', true);
  return (
    <aside className="graph-legend" aria-label="Legend" data-testid="graph.legend">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Legend</summary>
        <div className="legend-body">
          <Section title="Nodes" entries={[...legend.kinds, ...legend.markers]} />
          <Section title="Actor types" entries={legend.actorTypes} />
          <Section title="Statements" entries={legend.stances} />
          <Section title="Other links" entries={legend.edges} />
          <Section title="Node types" entries={legend.types ?? []} />
          <Section title="Links" entries={legend.links ?? []} />
        </div>
      </details>
    </aside>
  );
}

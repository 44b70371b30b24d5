import { useMemo } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import type { GenericAttributes, GenericGraph } from '../formats/types.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { ElementLink } from './ElementLink.tsx';
import './panels.css';
import './import.css';

/** Most linked nodes listed; the rest are counted. */
const NEIGHBOUR_LIMIT = 40;

export interface GenericDetailsProps {
  /** The selected element's key in the explorer's graph. */
  id: string;
}

interface Neighbour {
  node: string;
  edge: string;
  /** `out`: this node → it; `in`: it → this node; `both` for an undirected link. */
  direction: 'out' | 'in' | 'both';
}

function neighboursOf(graph: GenericGraph, key: string): Neighbour[] {
  const out: Neighbour[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (source !== key && target !== key) return;
    const node = source === key ? target : source;
    const direction = !attrs.directed ? 'both' : source === key ? 'out' : 'in';
    out.push({ node, edge, direction });
  });
  return out;
}

const ARROWS = { out: '→', in: '←', both: '—' } as const;
const ARROW_TITLES = {
  out: 'a link from this node',
  in: 'a link to this node',
  both: 'an undirected link',
} as const;

/** Every attribute of an element as the file gave it: names and values, as text. */
function Attributes({ attributes }: { attributes: GenericAttributes }) {
  const entries = Object.entries(attributes);
  return (
    <DetailsSection name="attributes" title="Attributes" count={entries.length}>
      {entries.length === 0 ? (
        <p className="details-empty" data-testid="details.attributes">
          The file gives no other attributes.
        </p>
      ) : (
        <dl className="details-facts details-attributes" data-testid="details.attributes">
          {entries.map(([name, value]) => (
            <div key={name} className="details-attribute" data-testid="details.attribute">
              <dt>{name}</dt>
              <dd>
                {String(value)}
                {typeof value !== 'string' ? (
                  <span className="details-muted"> ({typeof value})</span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </DetailsSection>
  );
}

/**
 * The details of a node or link of a generic (foreign) graph: its id in the file, its type
 * and every attribute the file gave it, and the nodes it links to. All of it as text.
 */
export function GenericDetails({ id }: GenericDetailsProps) {
  const doc = useAnyDocument();
  const graph = doc.kind === 'generic' ? doc.graph : undefined;
  const neighbours = useMemo(
    () => (graph && graph.hasNode(id) ? neighboursOf(graph, id) : []),
    [graph, id],
  );
  if (!graph) return null;

  if (graph.hasNode(id)) {
    const node = graph.getNodeAttributes(id);
    const shown = neighbours.slice(0, NEIGHBOUR_LIMIT);
    return (
      <>
        <dl className="details-facts" data-testid="details.facts">
          <dt>Id in the file</dt>
          <dd data-testid="details.original-id">{node.id}</dd>
          <dt>Type</dt>
          <dd>{node.type ?? <span className="details-muted">none</span>}</dd>
          <dt>Links</dt>
          <dd>{neighbours.length}</dd>
        </dl>
        <Attributes attributes={node.attributes} />
        <DetailsSection name="neighbours" title="Linked nodes" count={neighbours.length}>
          {neighbours.length === 0 ? (
            <p className="details-empty">No links.</p>
          ) : (
            <ul className="relation-list" data-testid="details.neighbours">
              {shown.map((n) => (
                <li key={n.edge} className="generic-neighbour">
                  <span className="generic-arrow" title={ARROW_TITLES[n.direction]}>
                    {ARROWS[n.direction]}
                  </span>{' '}
                  <ElementLink id={n.node} />{' '}
                  <ElementLink
                    id={n.edge}
                    className="generic-edge-link"
                    testId={`details.link.${n.edge}`}
                  >
                    (link)
                  </ElementLink>
                </li>
              ))}
              {neighbours.length > shown.length ? (
                <li className="details-muted">and {neighbours.length - shown.length} more</li>
              ) : null}
            </ul>
          )}
        </DetailsSection>
      </>
    );
  }

  if (graph.hasEdge(id)) {
    const edge = graph.getEdgeAttributes(id);
    return (
      <>
        <dl className="details-facts" data-testid="details.facts">
          <dt>From</dt>
          <dd>
            <ElementLink id={graph.source(id)} />
          </dd>
          <dt>To</dt>
          <dd>
            <ElementLink id={graph.target(id)} />
          </dd>
          <dt>Direction</dt>
          <dd>{edge.directed ? 'directed' : 'undirected'}</dd>
          {edge.label !== undefined ? (
            <>
              <dt>Label</dt>
              <dd>{edge.label}</dd>
            </>
          ) : null}
          <dt>Id in the file</dt>
          <dd data-testid="details.original-id">{edge.id}</dd>
        </dl>
        <Attributes attributes={edge.attributes} />
      </>
    );
  }

  return (
    <p className="details-empty" role="status">
      This graph has no element with the id “{id}”.
    </p>
  );
}

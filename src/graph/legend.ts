/**
 * The legend of the canvas: every shape, colour and line style the current document uses,
 * and nothing it does not. Pure; the swatches use the same palette as the stylesheet.
 * A generic (foreign) graph has its own legend: the colours of its node types and whether
 * its links are directed (`genericLegendFor`).
 */
import type { GenericGraph } from '../formats/types.ts';
import type { ClaimGraph } from '../model/build.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import { ACTOR_TYPES, STANCES } from '../model/vocabulary.ts';
import type { ActorType, NodeKind, Stance } from '../model/schema.ts';
import {
  graphTypes,
  NODE_COLOR,
  OTHER_TYPE_COLOR,
  TYPE_PALETTE,
  UNTYPED_COLOR,
} from './genericGraph.ts';
import {
  ACTOR_TYPE_COLORS,
  CONTESTED_COLOR,
  EDGE_KIND_COLORS,
  KIND_BORDERS,
  KIND_COLORS,
  STANCE_COLORS,
  STANCE_LINE,
} from './palette.ts';

export type StructuralEdgeKind = 'about' | 'participant' | 'affiliation' | 'reported';

export type LegendEntry =
  | {
      group: 'kind';
      key: NodeKind;
      label: string;
      shape: 'ellipse' | 'round-rectangle' | 'diamond';
      fill: string;
      stroke: string;
    }
  | { group: 'actorType'; key: ActorType; label: string; fill: string }
  | { group: 'marker'; key: 'anonymous' | 'contested'; label: string; fill: string; stroke: string }
  | {
      group: 'stance';
      key: Stance;
      label: string;
      color: string;
      line: 'solid' | 'dashed' | 'dotted';
    }
  | {
      group: 'edge';
      key: StructuralEdgeKind;
      label: string;
      color: string;
      line: 'solid' | 'dotted';
    }
  /** A node type of a generic graph (`key` is the type as the file writes it). */
  | { group: 'type'; key: string; label: string; fill: string }
  /** Links of a generic graph. */
  | { group: 'link'; key: 'directed' | 'undirected'; label: string; color: string };

export interface Legend {
  kinds: LegendEntry[];
  actorTypes: LegendEntry[];
  markers: LegendEntry[];
  stances: LegendEntry[];
  edges: LegendEntry[];
  /** Generic graphs only: node types and links. */
  types?: LegendEntry[];
  links?: LegendEntry[];
}

const KIND_ENTRIES: Record<NodeKind, Extract<LegendEntry, { group: 'kind' }>> = {
  actor: {
    group: 'kind',
    key: 'actor',
    label: 'Actor',
    shape: 'ellipse',
    fill: KIND_COLORS.actor,
    stroke: KIND_BORDERS.actor,
  },
  event: {
    group: 'kind',
    key: 'event',
    label: 'Event',
    shape: 'round-rectangle',
    fill: KIND_COLORS.event,
    stroke: KIND_BORDERS.event,
  },
  claim: {
    group: 'kind',
    key: 'claim',
    label: 'Claim',
    shape: 'diamond',
    fill: KIND_COLORS.claim,
    stroke: KIND_BORDERS.claim,
  },
};

const EDGE_LABELS: Record<StructuralEdgeKind, string> = {
  about: 'about (claim → subject)',
  participant: 'took part in (actor → event)',
  affiliation: 'affiliation (actor → actor)',
  reported: 'reported by outlet (derived)',
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function legendFor(graph: ClaimGraph): Legend {
  const kinds = new Set<NodeKind>();
  const actorTypes = new Set<ActorType>();
  let anonymous = false;
  let contested = false;
  graph.forEachNode((id, node) => {
    kinds.add(node.kind);
    if (node.kind === 'actor') {
      actorTypes.add(node.actorType);
      if (node.anonymous) anonymous = true;
    }
    if (node.kind === 'claim' && !contested && isContested(statementsOn(graph, id)))
      contested = true;
  });
  const stances = new Set<Stance>();
  const edgeKinds = new Set<StructuralEdgeKind>();
  graph.forEachEdge((_id, edge) => {
    if (edge.kind === 'statement') stances.add(edge.stance);
    else edgeKinds.add(edge.kind);
  });
  const order: NodeKind[] = ['actor', 'event', 'claim'];
  const edgeOrder: StructuralEdgeKind[] = ['about', 'participant', 'affiliation', 'reported'];
  return {
    kinds: order.filter((k) => kinds.has(k)).map((k) => KIND_ENTRIES[k]),
    actorTypes: ACTOR_TYPES.filter((t) => actorTypes.has(t)).map((t) => ({
      group: 'actorType' as const,
      key: t,
      label: capitalise(t),
      fill: ACTOR_TYPE_COLORS[t],
    })),
    markers: [
      ...(anonymous
        ? [
            {
              group: 'marker' as const,
              key: 'anonymous' as const,
              label: 'Unnamed source (dashed outline)',
              fill: '#d9dee4',
              stroke: '#1f2933',
            },
          ]
        : []),
      ...(contested
        ? [
            {
              group: 'marker' as const,
              key: 'contested' as const,
              label: 'Contested claim',
              fill: KIND_COLORS.claim,
              stroke: CONTESTED_COLOR,
            },
          ]
        : []),
    ],
    stances: STANCES.filter((s) => stances.has(s)).map((s) => ({
      group: 'stance' as const,
      key: s,
      label: capitalise(s),
      color: STANCE_COLORS[s],
      line: STANCE_LINE[s],
    })),
    edges: edgeOrder
      .filter((k) => edgeKinds.has(k))
      .map((k) => ({
        group: 'edge' as const,
        key: k,
        label: EDGE_LABELS[k],
        color: EDGE_KIND_COLORS[k],
        line: k === 'reported' ? ('dotted' as const) : ('solid' as const),
      })),
  };
}

/** The colour of generic links (style.ts, `edge.generic`). */
export const GENERIC_LINK_COLOR = '#8d99a6';

/** The legend of a generic graph: its node types by frequency, and its kinds of links. */
export function genericLegendFor(graph: GenericGraph): Legend {
  const { types, untyped } = graphTypes(graph);
  const shown = types.slice(0, TYPE_PALETTE.length);
  const others = types.length - shown.length;
  const typeEntries: LegendEntry[] = shown.map((t) => ({
    group: 'type' as const,
    key: t.type,
    label: `${t.type} (${t.count})`,
    fill: t.color,
  }));
  if (others > 0)
    typeEntries.push({
      group: 'type',
      key: '(other)',
      label: `${others} other type${others === 1 ? '' : 's'}`,
      fill: OTHER_TYPE_COLOR,
    });
  if (types.length === 0)
    typeEntries.push({
      group: 'type',
      key: '(node)',
      label: 'Node (no type attribute)',
      fill: NODE_COLOR,
    });
  else if (untyped > 0)
    typeEntries.push({
      group: 'type',
      key: '(none)',
      label: `No type (${untyped})`,
      fill: UNTYPED_COLOR,
    });
  let directed = false;
  let undirected = false;
  graph.forEachEdge((_id, edge) => {
    if (edge.directed) directed = true;
    else undirected = true;
  });
  const links: LegendEntry[] = [];
  if (directed)
    links.push({
      group: 'link',
      key: 'directed',
      label: 'Directed link',
      color: GENERIC_LINK_COLOR,
    });
  if (undirected)
    links.push({
      group: 'link',
      key: 'undirected',
      label: 'Undirected link',
      color: GENERIC_LINK_COLOR,
    });
  return {
    kinds: [],
    actorTypes: [],
    markers: [],
    stances: [],
    edges: [],
    types: typeEntries,
    links,
  };
}

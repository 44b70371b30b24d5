/**
 * What the canvas tooltip says about an element: its full label, its kind and, for a
 * statement, stance, cue, outlet(s), date and the two ends. Pure: the component renders the
 * result as React text (never as HTML).
 */
import type { ClaimGraph } from '../model/build.ts';
import { statementDate } from '../model/dates.ts';
import { isContested, statementsOn } from '../model/queries.ts';
import { STANCES } from '../model/vocabulary.ts';

export interface TooltipRow {
  name: string;
  value: string;
}

export interface TooltipContent {
  /** The full label of a node; "speaker → claim" for an edge. */
  title: string;
  /** A human-readable kind: "Actor · person · unnamed", "Statement · denial". */
  kind: string;
  rows: TooltipRow[];
}

const nodeLabel = (graph: ClaimGraph, id: string): string =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;

/** The tooltip of a node or edge; undefined for an id the graph does not have. */
export function tooltipContent(graph: ClaimGraph, id: string): TooltipContent | undefined {
  if (graph.hasNode(id)) return nodeTooltip(graph, id);
  if (graph.hasEdge(id)) return edgeTooltip(graph, id);
  return undefined;
}

function nodeTooltip(graph: ClaimGraph, id: string): TooltipContent {
  const node = graph.getNodeAttributes(id);
  const rows: TooltipRow[] = [];
  switch (node.kind) {
    case 'actor': {
      const kind = ['Actor', node.actorType, ...(node.anonymous ? ['unnamed source'] : [])];
      if (node.aliases?.length) rows.push({ name: 'Also', value: node.aliases.join('; ') });
      let said = 0;
      let relayed = 0;
      graph.forEachOutEdge(id, (_e, edge) => {
        if (edge.kind === 'statement') said += 1;
        if (edge.kind === 'reported') relayed += 1;
      });
      if (said > 0) rows.push({ name: 'Statements', value: String(said) });
      if (relayed > 0) rows.push({ name: 'Relayed', value: `${relayed} of others’ statements` });
      return { title: node.label, kind: kind.join(' · '), rows };
    }
    case 'event': {
      const date = [node.date, node.endDate].filter(Boolean).join(' – ');
      if (date) rows.push({ name: 'Date', value: node.dateInferred ? `${date} (inferred)` : date });
      if (node.place) rows.push({ name: 'Place', value: node.place });
      return { title: node.label, kind: `Event · ${node.eventType}`, rows };
    }
    case 'claim': {
      const statements = statementsOn(graph, id);
      if (node.date) rows.push({ name: 'Date', value: node.date });
      const counts = STANCES.map(
        (stance) => [stance, statements.filter((s) => s.stance === stance).length] as const,
      ).filter(([, n]) => n > 0);
      if (counts.length > 0) {
        rows.push({
          name: 'Statements',
          value: counts.map(([stance, n]) => `${n} ${stance}`).join(', '),
        });
      }
      const kind = isContested(statements) ? 'Claim · contested' : 'Claim';
      return { title: node.label, kind, rows };
    }
  }
}

function edgeTooltip(graph: ClaimGraph, id: string): TooltipContent {
  const edge = graph.getEdgeAttributes(id);
  const source = nodeLabel(graph, graph.source(id));
  const target = nodeLabel(graph, graph.target(id));
  const rows: TooltipRow[] = [];
  switch (edge.kind) {
    case 'statement': {
      rows.push({ name: 'Claim', value: target });
      rows.push({ name: 'Cue', value: `“${edge.cue}”` });
      if (edge.via.length > 0) {
        rows.push({
          name: edge.via.length > 1 ? 'Outlets' : 'Outlet',
          value: edge.via.map((v) => nodeLabel(graph, v)).join(' → '),
        });
      }
      const own = edge.date;
      const date = statementDate(graph, edge);
      if (date) {
        const note = own ? (edge.dateInferred ? ' (inferred)' : '') : ' (from the claim)';
        rows.push({ name: 'Date', value: `${date}${note}` });
      }
      rows.push({ name: 'Quote', value: edge.quote });
      return { title: source, kind: `Statement · ${edge.stance}`, rows };
    }
    case 'reported': {
      const statement = graph.hasEdge(edge.statement)
        ? graph.getEdgeAttributes(edge.statement)
        : undefined;
      const speaker = statement ? nodeLabel(graph, statement.source) : edge.statement;
      rows.push({ name: 'Claim', value: target });
      rows.push({ name: 'Speaker', value: speaker });
      return { title: source, kind: 'Reported (derived from via)', rows };
    }
    default: {
      if (edge.role) rows.push({ name: 'Role', value: edge.role });
      const kindName = { about: 'About', participant: 'Participant', affiliation: 'Affiliation' }[
        edge.kind
      ];
      return { title: `${source} → ${target}`, kind: kindName, rows };
    }
  }
}

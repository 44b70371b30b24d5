/**
 * Default colours and sizes for the formats that carry them (GEXF viz, GraphML, JGF, CSV,
 * Cytoscape JSON), so a file opened in Gephi or Cytoscape shows kinds and stances at a
 * glance. Callers pass their own per node in ExportOptions.colors / sizes.
 */
import type { AnyEdgeAttributes, AnyNodeAttributes } from './types.ts';

export const NODE_COLORS = {
  actor: '#4e79a7',
  media: '#59a14f',
  anonymous: '#9c755f',
  event: '#f28e2b',
  claim: '#e15759',
  generic: '#8c8c8c',
} as const;

export const STANCE_COLORS = {
  allegation: '#d62728',
  assertion: '#1f77b4',
  condemnation: '#9467bd',
  denial: '#2ca02c',
  rebuttal: '#17becf',
  assessment: '#7f7f7f',
  evasion: '#bcbd22',
} as const;

export const EDGE_COLORS = { structural: '#b0b0b0', reported: '#d9d9d9', generic: '#b0b0b0' };

export function defaultNodeColor(node: AnyNodeAttributes): string {
  if (node.kind === 'actor') {
    if (node.anonymous) return NODE_COLORS.anonymous;
    return node.actorType === 'media' ? NODE_COLORS.media : NODE_COLORS.actor;
  }
  return NODE_COLORS[node.kind];
}

export function defaultEdgeColor(edge: AnyEdgeAttributes): string {
  if (edge.kind === 'statement') return STANCE_COLORS[edge.stance];
  if (edge.kind === 'reported') return EDGE_COLORS.reported;
  if (edge.kind === 'generic') return EDGE_COLORS.generic;
  return EDGE_COLORS.structural;
}

/** Size from degree: 5 for an isolated node, growing with the square root of the degree. */
export const defaultNodeSize = (degree: number): number =>
  Math.round((5 + 3 * Math.sqrt(degree)) * 100) / 100;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses `#rgb` or `#rrggbb` (case-insensitive); anything else is undefined. */
export function parseHexColor(value: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

export const rgbToHex = ({ r, g, b }: Rgb): string => `#${hex2(r)}${hex2(g)}${hex2(b)}`;

/** Normalises a colour to `#rrggbb`, or undefined when it is not one. */
export function normalizeColor(value: string): string | undefined {
  const rgb = parseHexColor(value);
  return rgb ? rgbToHex(rgb) : undefined;
}

/** Colours of the graph view, keyed by the model's own enums so none can be missed. */
import type { ActorType, NodeKind, Stance } from '../model/schema.ts';

/**
 * Supporting stances in reds and blue, opposing ones in greens (and dashed), the rest orange,
 * purple and grey; all of them dark enough to read on the light canvas.
 */
export const STANCE_COLORS: Record<Stance, string> = {
  allegation: '#d62728',
  assertion: '#1f63b4',
  condemnation: '#8c1d40',
  denial: '#2ca02c',
  rebuttal: '#0f8b8d',
  assessment: '#e07b00',
  evasion: '#7f7f7f',
};

/** Line style of a stance: opposing stances dashed, evasion dotted, the rest solid. */
export const STANCE_LINE: Record<Stance, 'solid' | 'dashed' | 'dotted'> = {
  allegation: 'solid',
  assertion: 'solid',
  condemnation: 'solid',
  assessment: 'solid',
  denial: 'dashed',
  rebuttal: 'dashed',
  evasion: 'dotted',
};

export const ACTOR_TYPE_COLORS: Record<ActorType, string> = {
  person: '#4e79a7',
  organization: '#59a14f',
  company: '#9c755f',
  government: '#e15759',
  state: '#b07aa1',
  media: '#f28e2b',
  international: '#76b7b2',
  research: '#edc948',
  group: '#8f8a86',
};

export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#4e79a7',
  event: '#cfe3f5',
  claim: '#fff3c4',
};

export const KIND_BORDERS: Record<NodeKind, string> = {
  actor: '#3e4c59',
  event: '#2f6690',
  claim: '#b08900',
};

/** Structural (non-statement) edges: each kind its own muted colour. */
export const EDGE_KIND_COLORS = {
  about: '#9aa3ad',
  participant: '#6f9ec4',
  affiliation: '#a48bb8',
  reported: '#b8bec6',
} as const;

export const CONTESTED_COLOR = '#c2410c';
export const NEUTRAL_EDGE_COLOR = '#9aa3ad';
export const REPORTED_EDGE_COLOR = EDGE_KIND_COLORS.reported;
export const SELECTION_COLOR = '#1a73e8';
export const PATH_COLOR = '#7c3aed';
export const LABEL_COLOR = '#1f2933';

/** Colours of the graph view, keyed by the model's own enums so none can be missed. */
import type { ActorType, NodeKind, Stance } from '../model/schema.ts';

/** Supporting stances warm, opposing ones green/teal, neutral ones orange and grey. */
export const STANCE_COLORS: Record<Stance, string> = {
  allegation: '#d62728',
  assertion: '#1f77b4',
  condemnation: '#8c1d40',
  denial: '#2ca02c',
  rebuttal: '#17a2b8',
  assessment: '#ff7f0e',
  evasion: '#7f7f7f',
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
  group: '#bab0ac',
};

export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#4e79a7',
  event: '#a0cbe8',
  claim: '#fff3c4',
};

export const NEUTRAL_EDGE_COLOR = '#9aa3ad';
export const REPORTED_EDGE_COLOR = '#b8bec6';
export const SELECTION_COLOR = '#1a73e8';
export const LABEL_COLOR = '#1f2933';

/**
 * The Cytoscape stylesheet: nodes shaped by kind (actor ellipse, event round rectangle,
 * claim diamond), actors coloured by type and anonymous ones dashed; statement edges
 * coloured by stance and dashed when they oppose; derived `reported` edges thin and dotted.
 */
import type { StylesheetJson } from 'cytoscape';
import { ACTOR_TYPES, STANCES, isOpposing } from '../model/schema.ts';
import {
  ACTOR_TYPE_COLORS,
  KIND_COLORS,
  LABEL_COLOR,
  NEUTRAL_EDGE_COLOR,
  REPORTED_EDGE_COLOR,
  SELECTION_COLOR,
  STANCE_COLORS,
} from './palette.ts';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: LABEL_COLOR,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#52606d',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node.actor', style: { shape: 'ellipse', 'background-color': KIND_COLORS.actor } },
  ...ACTOR_TYPES.map((type) => ({
    selector: `node.actor-${type}`,
    style: { 'background-color': ACTOR_TYPE_COLORS[type] },
  })),
  {
    selector: 'node.anonymous',
    style: { 'border-style': 'dashed', 'border-width': 2, 'background-opacity': 0.55 },
  },
  {
    selector: 'node.event',
    style: {
      shape: 'round-rectangle',
      'background-color': KIND_COLORS.event,
      width: 26,
      height: 16,
    },
  },
  {
    selector: 'node.claim',
    style: {
      shape: 'diamond',
      'background-color': KIND_COLORS.claim,
      'border-color': '#b08900',
      width: 20,
      height: 20,
      'text-max-width': '150px',
      'font-style': 'italic',
      // Long propositions only once zoomed in far enough to read them.
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'curve-style': 'bezier',
      'line-color': NEUTRAL_EDGE_COLOR,
      'target-arrow-color': NEUTRAL_EDGE_COLOR,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'edge.statement', style: { width: 2.2 } },
  ...STANCES.map((stance) => ({
    selector: `edge.stance-${stance}`,
    style: {
      'line-color': STANCE_COLORS[stance],
      'target-arrow-color': STANCE_COLORS[stance],
      ...(isOpposing(stance) ? { 'line-style': 'dashed' as const } : {}),
    },
  })),
  { selector: 'edge.about', style: { 'target-arrow-shape': 'vee' } },
  { selector: 'edge.affiliation', style: { 'line-style': 'solid', 'target-arrow-shape': 'tee' } },
  {
    selector: 'edge.reported',
    style: {
      width: 0.8,
      'line-style': 'dotted',
      'line-color': REPORTED_EDGE_COLOR,
      'target-arrow-color': REPORTED_EDGE_COLOR,
      'arrow-scale': 0.6,
    },
  },
  {
    selector: ':selected',
    style: {
      'overlay-color': SELECTION_COLOR,
      'overlay-opacity': 0.18,
      'overlay-padding': 4,
    },
  },
  {
    selector: 'edge:selected',
    style: { label: 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate' },
  },
];

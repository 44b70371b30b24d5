/**
 * Short display labels for the canvas. The full label stays in the element's data (and in
 * the tooltip); the canvas draws a short one so that labels do not pile up at the default
 * zoom: actors lose a trailing parenthetical ("US officials (unnamed)" → "US officials",
 * their anonymity shows in the node's style), events lose it too, and everything is cut at a
 * word boundary with an ellipsis. Pure.
 */
import type { NodeKind } from '../model/schema.ts';

/** The most characters of a display label, by node kind. */
export const SHORT_LABEL_LENGTH: Record<NodeKind, number> = { actor: 26, event: 30, claim: 34 };

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters (ellipsis included), at a word boundary if one is near. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = Math.max(1, max - 1);
  const cut = clean.slice(0, room);
  const space = cut.lastIndexOf(' ');
  const head = space >= room * 0.6 ? cut.slice(0, space) : cut;
  return head.replace(/[\s,;:.–-]+$/u, '') + ELLIPSIS;
}

/** A label without a trailing parenthetical: "Verus (Russia)" → "Verus". */
export const withoutParenthetical = (label: string): string => {
  const stripped = label.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return stripped === '' ? label : stripped;
};

/** The label the canvas draws for a node. */
export function shortLabel(kind: NodeKind, label: string): string {
  const base = kind === 'claim' ? label.replace(/\.$/, '') : withoutParenthetical(label);
  return truncate(base, SHORT_LABEL_LENGTH[kind]);
}

import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { STANCE_COLORS } from '../graph/palette.ts';
import type { Segment } from './sourceSegments.ts';

/** Colour variables of a statement passage: the first stance, and a stripe of them all. */
function passageStyle(segment: Segment): CSSProperties | undefined {
  const [first] = segment.stances;
  if (!first) return undefined;
  const colors = segment.stances.map((s) => STANCE_COLORS[s]);
  const stripe =
    colors.length === 1
      ? colors[0]
      : `linear-gradient(90deg, ${colors
          .map((c, i) => `${c} ${(i / colors.length) * 100}% ${((i + 1) / colors.length) * 100}%`)
          .join(', ')})`;
  return { '--stance': STANCE_COLORS[first], '--stance-stripe': stripe } as CSSProperties;
}

/** What a passage does when used: stable callbacks, keyed by the passage's index. */
export interface PassageHandlers {
  activate(index: number): void;
  keyDown(event: KeyboardEvent, index: number): void;
  focus(index: number): void;
}

export interface SourceBlockProps {
  segments: readonly Segment[];
  /** The block is segments[start, end). */
  start: number;
  end: number;
  /** The tooltip of a passage (what it supports). */
  titleOf: (segment: Segment) => string;
  /** Indexes (within the block) of the passages of the selected element, joined by spaces. */
  current: string;
  /** The passage that takes Tab (roving tab stop), if it is in this block; else -1. */
  tabStop: number;
  /** The passage whose chooser is open, if it is in this block; else -1. */
  expanded: number;
  handlers: PassageHandlers;
}

/**
 * A run of the source text with its passages. Memoised: a view change that touches neither
 * the block's selected passages, its tab stop nor its open chooser (a filter, a layout) does
 * not render it again, which keeps a 10 000-node corpus's text (tens of thousands of
 * passages) out of a filter's work.
 */
export const SourceBlock = memo(function SourceBlock({
  segments,
  start,
  end,
  titleOf,
  current,
  tabStop,
  expanded,
  handlers,
}: SourceBlockProps) {
  const currentSet = new Set(current === '' ? [] : current.split(' ').map(Number));
  const out = [];
  for (let index = start; index < end; index++) {
    const segment = segments[index];
    if (!segment) continue;
    if (segment.elements.length === 0) {
      out.push(segment.text);
      continue;
    }
    const isCurrent = currentSet.has(index);
    const hasName = segment.roles.some((r) => r === 'actor' || r === 'event' || r === 'claim');
    const className = [
      'passage',
      `passage-${segment.role ?? 'plain'}`,
      segment.role === 'statement' && hasName ? 'has-name' : '',
      isCurrent ? 'is-current' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const several = segment.elements.length > 1;
    out.push(
      <span
        key={segment.start}
        role="button"
        tabIndex={index === tabStop ? 0 : -1}
        className={className}
        style={passageStyle(segment)}
        data-testid="source.passage"
        data-index={index}
        data-elements={segment.elements.join(' ')}
        aria-current={isCurrent ? 'true' : undefined}
        aria-haspopup={several ? 'dialog' : undefined}
        aria-expanded={several ? expanded === index : undefined}
        title={titleOf(segment)}
        onClick={() => handlers.activate(index)}
        onKeyDown={(event) => handlers.keyDown(event, index)}
        onFocus={() => handlers.focus(index)}
      >
        {segment.text}
      </span>,
    );
  }
  return out;
});

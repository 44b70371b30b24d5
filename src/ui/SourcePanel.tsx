import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { selectionOf, useViewSelector, useViewUpdate, type ViewHandle } from '../state/useView.ts';
import { elementName } from './elementLabel.ts';
import { PassageChooser } from './PassageChooser.tsx';
import { LazySourceBlock } from './LazySourceBlock.tsx';
import { SourceBlock, type PassageHandlers } from './SourceBlock.tsx';
import { scrollWithin } from './scrollWithin.ts';
import { spanOwner, type Segment } from './sourceSegments.ts';
import { useSourceSegments } from './useSourceSegments.ts';
import './panels.css';

/**
 * Above this many segments (a corpus, not an article) the text is drawn in blocks that end at
 * a line break, each with `content-visibility: auto`: the browser lays out only the blocks near
 * the visible part, instead of the whole text at once (seconds for a 10 000-node corpus).
 */
const BLOCK_SEGMENTS = 2000;
/** Segments per block, at least (a block ends at the next segment that ends a line). */
const SEGMENTS_PER_BLOCK = 200;

/** Start indexes of the blocks of `segments` (see BLOCK_SEGMENTS): [0] when not split. */
const NO_SEGMENTS: readonly Segment[] = [];

function blockStarts(segments: readonly Segment[]): number[] {
  const starts = [0];
  if (segments.length <= BLOCK_SEGMENTS) return starts;
  let size = 0;
  segments.forEach((segment, index) => {
    size += 1;
    const next = index + 1;
    if (size >= SEGMENTS_PER_BLOCK && next < segments.length && segment.text.endsWith('\n')) {
      starts.push(next);
      size = 0;
    }
  });
  return starts;
}

/** Characters per line and line height of the text (see .source-text in panels.css). */
const LINE_CHARS = 78;
const LINE_PX = 26.6;

/** About how tall segments[start, end) are drawn, for a block not rendered yet. */
function blockHeight(segments: readonly Segment[], start: number, end: number): number {
  let text = '';
  for (let i = start; i < end; i++) text += segments[i]?.text ?? '';
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / LINE_CHARS));
  return Math.round(lines * LINE_PX);
}

/** How long a long text keeps a newly selected passage centred while its blocks render. */
const SETTLE_MS = 2000;

/** Highest number of element names in a passage's tooltip. */
const TITLE_NAMES = 6;

interface ChooserState {
  /** Index of the passage (in `segments`) the chooser was opened from. */
  index: number;
  top: number;
  left: number;
  /** Open upwards: too little room below the passage. */
  above: boolean;
}

/** The chooser's size in CSS pixels (see .passage-chooser in panels.css). */
const CHOOSER_WIDTH = 320;
const CHOOSER_MAX_HEIGHT = 260;

/**
 * The whole article with every evidence and mention span highlighted, linked both ways with
 * the selection: selecting an element scrolls to its passages and marks them; activating a
 * passage selects the element it supports, or offers a choice when it supports several.
 */
const SourceText = memo(function SourceText({
  sel,
  update,
}: {
  sel: string | undefined;
  update: ViewHandle['update'];
}) {
  const { graph, text } = useLoadedDocument();
  // A long text is cut in slices after the graph is drawn: meanwhile the panel says so.
  const cutSegments = useSourceSegments(graph, text);
  const segments = cutSegments ?? NO_SEGMENTS;
  const owner = spanOwner(graph, sel);
  const textRef = useRef<HTMLDivElement>(null);
  /** The element last selected from the text itself: no need to scroll to it. */
  const selectedHere = useRef<string | undefined>(undefined);
  const [chooser, setChooser] = useState<ChooserState | null>(null);
  const [tabStop, setTabStop] = useState<number | null>(null);

  /** The tooltip naming what a passage supports (computed as its block renders). */
  const titleOf = useCallback(
    (segment: Segment) => {
      const names = segment.elements.map((id) => {
        const name = elementName(graph, id);
        return name ? `${name.kindLabel}: ${name.label}` : id;
      });
      const more = names.length - TITLE_NAMES;
      return names.slice(0, TITLE_NAMES).join('\n') + (more > 0 ? `\n… and ${more} more` : '');
    },
    [graph],
  );
  const blocks = useMemo(() => blockStarts(segments), [segments]);
  const passageIndexes = useMemo(
    () => segments.flatMap((s, i) => (s.elements.length > 0 ? [i] : [])),
    [segments],
  );
  const current = useMemo(
    () =>
      owner === undefined
        ? []
        : passageIndexes.filter((i) => segments[i]?.elements.includes(owner)),
    [owner, passageIndexes, segments],
  );
  const roving = tabStop ?? current[0] ?? passageIndexes[0];

  useEffect(() => {
    if (owner === undefined) return;
    if (selectedHere.current === owner) {
      selectedHere.current = undefined;
      return;
    }
    const container = textRef.current;
    const find = () => container?.querySelector<HTMLElement>('[aria-current="true"]');
    const first = find();
    if (!container || !first) return;
    const long = blocks.length > 1;
    // A long text jumps: scrolling smoothly across it would render every block on the way.
    scrollWithin(container, first, 'center', long ? 'instant' : 'smooth');
    if (!long) return;
    // The blocks rendered around the passage are taller or shorter than their estimates:
    // keep the passage centred while they settle, until the reader scrolls or a moment passes.
    const content = container.firstElementChild;
    const observer = new ResizeObserver(() => {
      const passage = find();
      if (passage) scrollWithin(container, passage, 'center', 'instant');
    });
    if (content) observer.observe(content);
    const stop = () => observer.disconnect();
    const timer = window.setTimeout(stop, SETTLE_MS);
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const name of events) container.addEventListener(name, stop, { passive: true });
    return () => {
      stop();
      window.clearTimeout(timer);
      for (const name of events) container.removeEventListener(name, stop);
    };
  }, [owner, blocks]);

  const passageAt = (index: number): HTMLElement | null =>
    textRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;

  const select = useCallback(
    (id: string) => {
      selectedHere.current = spanOwner(graph, id);
      update({ sel: id });
    },
    [graph, update],
  );

  const activate = (index: number) => {
    const segment = segments[index];
    if (!segment || segment.elements.length === 0) return;
    setTabStop(index);
    if (segment.elements.length === 1) {
      setChooser(null);
      select(segment.elements[0] as string);
      return;
    }
    const passage = passageAt(index);
    const container = textRef.current;
    if (!passage || !container) return;
    const box = passage.getClientRects()[0] ?? passage.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    const above =
      frame.bottom - box.bottom < CHOOSER_MAX_HEIGHT + 8 &&
      box.top - frame.top > frame.bottom - box.bottom;
    setChooser({
      index,
      top: (above ? box.top - 4 : box.bottom + 4) - frame.top + container.scrollTop,
      left: Math.max(0, Math.min(box.left - frame.left, frame.width - CHOOSER_WIDTH - 8)),
      above,
    });
  };

  const moveFocus = (from: number, step: number | 'first' | 'last') => {
    const at = passageIndexes.indexOf(from);
    let to: number | undefined;
    if (step === 'first') to = passageIndexes[0];
    else if (step === 'last') to = passageIndexes[passageIndexes.length - 1];
    else to = passageIndexes[Math.min(passageIndexes.length - 1, Math.max(0, at + step))];
    if (to === undefined) return;
    setTabStop(to);
    passageAt(to)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        activate(index);
        break;
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        moveFocus(index, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        moveFocus(index, -1);
        break;
      case 'Home':
        event.preventDefault();
        moveFocus(index, 'first');
        break;
      case 'End':
        event.preventDefault();
        moveFocus(index, 'last');
        break;
    }
  };

  const closeChooser = (restoreFocus: boolean) => {
    const index = chooser?.index;
    setChooser(null);
    if (restoreFocus && index !== undefined) passageAt(index)?.focus();
  };

  const chooserSegment = chooser ? segments[chooser.index] : undefined;

  // Passages call the latest handlers through one stable object, so that the memoised blocks
  // (SourceBlock) are not rendered again only because these closures are new.
  const latest = useRef({ activate, onKeyDown, setTabStop });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- refreshed after every render on purpose
  useEffect(() => {
    latest.current = { activate, onKeyDown, setTabStop };
  });
  const handlers = useMemo<PassageHandlers>(
    () => ({
      activate: (index) => latest.current.activate(index),
      keyDown: (event, index) => latest.current.onKeyDown(event, index),
      focus: (index) => latest.current.setTabStop(index),
    }),
    [],
  );

  const block = (start: number, end: number) => {
    const inBlock = (i: number | undefined) => i !== undefined && i >= start && i < end;
    return (
      <SourceBlock
        segments={segments}
        start={start}
        end={end}
        titleOf={titleOf}
        current={current.filter(inBlock).join(' ')}
        tabStop={inBlock(roving) ? (roving as number) : -1}
        expanded={chooser && inBlock(chooser.index) ? chooser.index : -1}
        handlers={handlers}
      />
    );
  };

  if (!cutSegments) {
    return (
      <div className="source-panel" data-testid="source.panel">
        <p className="source-hint" role="status" data-testid="source.preparing">
          Preparing the text ({Math.round(text.length / 1000).toLocaleString('en')} thousand
          characters) and its highlights…
        </p>
      </div>
    );
  }

  return (
    <div className="source-panel" data-testid="source.panel">
      <p className="source-hint" id="source-hint">
        Statements are tinted in their stance colour, names underlined. Click a passage (or Tab in,
        use the arrow keys and Enter) to select what it supports.
      </p>
      <div className="source-scroll" ref={textRef}>
        <div
          className="source-text"
          lang="en"
          aria-describedby="source-hint"
          data-testid="source.text"
        >
          {blocks.length === 1
            ? block(0, segments.length)
            : blocks.map((start, b) => {
                const end = blocks[b + 1] ?? segments.length;
                const holds = (i: number | undefined) => i !== undefined && i >= start && i < end;
                return (
                  <LazySourceBlock
                    key={start}
                    root={textRef}
                    force={current.some(holds) || holds(roving) || holds(chooser?.index)}
                    estimate={blockHeight(segments, start, end)}
                  >
                    {block(start, end)}
                  </LazySourceBlock>
                );
              })}
        </div>
        {chooser && chooserSegment && (
          <PassageChooser
            elements={chooserSegment.elements}
            style={{
              top: chooser.top,
              left: chooser.left,
              transform: chooser.above ? 'translateY(-100%)' : undefined,
            }}
            onChoose={(id) => {
              closeChooser(true);
              select(id);
            }}
            onClose={closeChooser}
          />
        )}
      </div>
    </div>
  );
});

/**
 * The source panel: the article (SourceText), or, for a graph imported without its text, a
 * note saying so (the quotes of each statement are still in the details panel).
 */
export function SourcePanel() {
  const { origin } = useLoadedDocument();
  // The text follows the selection only: a filter or a layout change does not render it again
  // (its blocks were ~10 ms of a 10k filter).
  const sel = useViewSelector(selectionOf);
  const update = useViewUpdate();
  if (origin && !origin.hasText) {
    return (
      <div className="source-panel" data-testid="source.panel">
        <p className="source-missing" role="note" data-testid="source.no-text">
          No source text: “{origin.fileName}” was imported without the article text, so there is
          nothing to show here. The quoted evidence of each statement is still in the details panel.
          To see the text, import the claimgraph JSON export that embeds it.
        </p>
      </div>
    );
  }
  return <SourceText sel={sel} update={update} />;
}

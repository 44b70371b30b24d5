import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { STANCE_COLORS } from '../graph/palette.ts';
import { elementName } from './elementLabel.ts';
import { scrollWithin } from './scrollWithin.ts';
import './panels.css';

export interface PassageChooserProps {
  /** The elements the passage supports, statements first. */
  elements: readonly string[];
  style: CSSProperties;
  onChoose(id: string): void;
  /** Closes the chooser; `restoreFocus` sends the focus back to the passage. */
  onClose(restoreFocus: boolean): void;
}

/**
 * The choice a passage offers when it supports several elements: a small list of buttons
 * naming each element's kind and label. Arrow keys move, Enter chooses, Esc closes.
 */
export function PassageChooser({ elements, style, onChoose, onClose }: PassageChooserProps) {
  const { graph } = useLoadedDocument();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector('button')?.focus({ preventScroll: true });
    const container = ref.current?.parentElement;
    if (ref.current && container) scrollWithin(container, ref.current, 'nearest');
  }, [elements]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onClose(true);
        break;
      case 'ArrowDown':
        event.preventDefault();
        focus(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focus(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        focus(0);
        break;
      case 'End':
        event.preventDefault();
        focus(buttons.length - 1);
        break;
    }
  };

  return (
    <div
      ref={ref}
      className="passage-chooser"
      role="dialog"
      aria-label="This passage supports several elements: choose one"
      data-testid="source.chooser"
      style={style}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <p className="passage-chooser-title" aria-hidden="true">
        This passage supports
      </p>
      <ul className="passage-chooser-list">
        {elements.map((id) => {
          const name = elementName(graph, id);
          const edge = graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined;
          const stance = edge?.kind === 'statement' ? edge.stance : undefined;
          return (
            <li key={id}>
              <button
                type="button"
                className="passage-chooser-option"
                data-testid={`source.chooser.option.${id}`}
                onClick={() => onChoose(id)}
                style={
                  stance ? ({ '--stance': STANCE_COLORS[stance] } as CSSProperties) : undefined
                }
              >
                <span className={`chooser-kind chooser-kind-${name?.kind ?? 'unknown'}`}>
                  {name?.kindLabel ?? 'Element'}
                </span>
                <span className="chooser-label">{name?.label ?? id}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import type { ReactNode } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import { elementName } from './elementLabel.ts';
import { genericName } from './genericElementLabel.ts';
import { isPlainClick, useSelection } from './useSelection.ts';
import './panels.css';

export interface ElementLinkProps {
  /** The element to select. */
  id: string;
  /** What the link shows; the element's label by default. */
  children?: ReactNode;
  /** Test id; `details.link.<id>` by default. */
  testId?: string;
  className?: string;
}

/**
 * A name that selects its element: a real link to the URL of that selection (so it can be
 * opened in a new tab or copied), handled in place on a plain click.
 */
export function ElementLink({ id, children, testId, className }: ElementLinkProps) {
  const doc = useAnyDocument();
  const { selected, hrefFor, select } = useSelection();
  const name = doc.kind === 'generic' ? genericName(doc.graph, id) : elementName(doc.graph, id);
  return (
    <a
      className={className ? `element-link ${className}` : 'element-link'}
      href={hrefFor(id)}
      data-testid={testId ?? `details.link.${id}`}
      aria-current={selected === id ? 'true' : undefined}
      title={name ? `${name.kindLabel}: ${name.label}` : undefined}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        select(id);
      }}
    >
      {children ?? name?.label ?? id}
    </a>
  );
}

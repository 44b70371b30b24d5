import { useMemo, useSyncExternalStore } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import { genericTooltip } from '../graph/genericView.ts';
import { tooltipContent } from '../graph/tooltip.ts';
import type { ViewportStore } from '../graph/viewportStore.ts';

export interface ElementTooltipProps {
  id?: string;
  viewport: ViewportStore;
}

const MARGIN = 8;
const WIDTH = 280;

/** Label, kind and particulars of the hovered (else the selected) element, beside it. */
export function ElementTooltip({ id, viewport }: ElementTooltipProps) {
  const doc = useAnyDocument();
  const snapshot = useSyncExternalStore(viewport.subscribe, viewport.get);
  const content = useMemo(() => {
    if (!id) return undefined;
    return doc.kind === 'generic' ? genericTooltip(doc.graph, id) : tooltipContent(doc.graph, id);
  }, [doc, id]);
  const anchor = snapshot?.anchor;
  if (!content || !snapshot || !anchor) return null;
  if (anchor.x < 0 || anchor.y < 0 || anchor.x > snapshot.width || anchor.y > snapshot.height) {
    return null;
  }
  const left = Math.min(Math.max(MARGIN, anchor.x - WIDTH / 2), snapshot.width - WIDTH - MARGIN);
  // Above the element when there is room, else below it.
  const above = anchor.y > snapshot.height / 3;
  const style = above
    ? { left, bottom: snapshot.height - anchor.y + MARGIN, width: WIDTH }
    : { left, top: anchor.y + 36, width: WIDTH };
  return (
    <div className="element-tooltip" role="tooltip" data-testid="graph.tooltip" style={style}>
      <div className="tooltip-kind" data-testid="graph.tooltip.kind">
        {content.kind}
      </div>
      <div className="tooltip-title" data-testid="graph.tooltip.title">
        {content.title}
      </div>
      {content.rows.length > 0 ? (
        <dl className="tooltip-rows">
          {content.rows.map((row, i) => (
            <div key={`${i}:${row.name}`} className="tooltip-row">
              <dt>{row.name}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

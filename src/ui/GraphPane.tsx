import { useCallback, useMemo } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { publishRender } from '../app/testHandle.ts';
import { toElements } from '../graph/elements.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import type { GraphView } from '../graph/visible.ts';
import { useView } from '../state/useView.ts';

/** The network: the canvas and, around it, its controls. */
export function GraphPane() {
  const doc = useLoadedDocument();
  const { update } = useView();
  const elements = useMemo(() => toElements(doc.graph), [doc.graph]);
  const onRendered = useCallback((view: GraphView) => publishRender(doc.id, view), [doc.id]);
  return (
    <div className="canvas-frame">
      <GraphCanvas
        elements={elements}
        positions={doc.payload.layout?.positions}
        onRendered={onRendered}
        onNodeTap={(sel) => update({ sel })}
        onEdgeTap={(sel) => update({ sel })}
        onBackgroundTap={() => update({ sel: undefined })}
      />
    </div>
  );
}

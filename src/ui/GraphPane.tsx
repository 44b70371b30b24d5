import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import { publishRender, publishSketch } from '../app/testHandle.ts';
import type { AnyGraph, GenericGraph } from '../formats/types.ts';
import { toElements, toGenericElements } from '../graph/elements.ts';
import { viewEmphasis } from '../graph/emphasis.ts';
import { genericViewEmphasis } from '../graph/genericView.ts';
import { GraphCanvas, type GraphCanvasHandle } from '../graph/GraphCanvas.tsx';
import { hierarchyLayout } from '../graph/hierarchy.ts';
import type { LayoutSpec } from '../graph/layout.ts';
import { concentricPositions } from '../graph/positions.ts';
import { createViewportStore } from '../graph/viewportStore.ts';
import type { GraphView } from '../graph/visible.ts';
import type { ClaimGraph } from '../model/build.ts';
import { timelineLayout } from '../model/timeline.ts';
import { useView } from '../state/useView.ts';
import { CanvasControls } from './CanvasControls.tsx';
import { ElementTooltip } from './ElementTooltip.tsx';
import { FocusControls } from './FocusControls.tsx';
import { HIERARCHY_HINT, LayoutSwitcher } from './LayoutSwitcher.tsx';
import { Legend } from './Legend.tsx';
import { PathControls, type NodeOption } from './PathControls.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { useGenericTypes } from './useGenericTypes.ts';
import './graph-pane.css';

/** The node an element stands for: a node itself, or an edge's source. */
function nodeOf(graph: AnyGraph, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (graph.hasNode(id)) return id;
  if (graph.hasEdge(id)) return graph.source(id);
  return undefined;
}

const labelOf = (graph: AnyGraph, id: string): string =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The explorer's re-keyed generic graph where a function of the claimgraph model only reads
 * topology, labels and kinds (the hierarchy layout): both kinds of graph have those.
 */
const asClaimTopology = (graph: GenericGraph): ClaimGraph => graph as unknown as ClaimGraph;

/**
 * The network: the canvas and, around it, its controls, legend, tooltip and time axis. It
 * shows claimgraph documents and generic graphs alike; a generic graph has no timeline.
 */
export function GraphPane() {
  const doc = useAnyDocument();
  const graph: AnyGraph = doc.graph as AnyGraph;
  const generic = doc.kind === 'generic' ? doc : undefined;
  const claim = doc.kind === 'generic' ? undefined : doc;
  const [types] = useGenericTypes();
  const { view, update } = useView();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [viewport] = useState(createViewportStore);
  const [hovered, setHovered] = useState<string | null>(null);
  /**
   * The selection's tooltip: shown when the selection changes from outside the canvas (search,
   * table, panel links, keyboard), gone at the next pointer move over the canvas.
   */
  const [selectionTip, setSelectionTip] = useState<string | null>(null);
  const tapped = useRef<string | null>(null);
  /** The start of a path whose end is being picked. */
  const [pathFrom, setPathFrom] = useState<string | null>(null);

  const elements = useMemo(
    () =>
      doc.kind === 'generic' ? toGenericElements(doc.graph, doc.colors) : toElements(doc.graph),
    [doc],
  );
  const nodeOptions = useMemo<NodeOption[]>(
    () =>
      graph
        .mapNodes((id, node) => ({ id, label: node.label }))
        .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1)),
    [graph],
  );

  const selected =
    view.sel !== undefined && (graph.hasNode(view.sel) || graph.hasEdge(view.sel))
      ? view.sel
      : undefined;
  const selectedNode = nodeOf(graph, selected);

  // The hierarchy keeps its root when the selection is cleared, so the picture stays put.
  const [lastRoot, setLastRoot] = useState(selectedNode);
  if (selectedNode !== undefined && selectedNode !== lastRoot) setLastRoot(selectedNode);
  const hierarchyRoot = lastRoot !== undefined && graph.hasNode(lastRoot) ? lastRoot : undefined;

  // Positions of each layout, computed only while it is shown. A generic graph has no dates.
  const layoutName = generic && view.layout === 'timeline' ? 'force' : view.layout;
  const root = layoutName === 'hierarchy' ? hierarchyRoot : undefined;
  const claimGraph = claim?.graph;
  const timeline = useMemo(
    () => (layoutName === 'timeline' && claimGraph ? timelineLayout(claimGraph) : undefined),
    [claimGraph, layoutName],
  );
  const precomputed = generic ? generic.positions : claim?.payload.layout?.positions;
  const layout = useMemo<LayoutSpec>(() => {
    switch (layoutName) {
      case 'concentric':
        return {
          name: 'concentric',
          positions: concentricPositions(
            graph.mapNodes((id, node) => ({ id, kind: node.kind, degree: graph.degree(id) })),
          ),
        };
      case 'hierarchy':
        if (root) {
          const topology = claimGraph ?? asClaimTopology(graph as GenericGraph);
          return { name: 'hierarchy', root, positions: hierarchyLayout(topology, root).positions };
        }
        break;
      case 'timeline':
        if (timeline) return { name: 'timeline', positions: timeline.positions };
        break;
    }
    return { name: 'force', positions: precomputed };
  }, [graph, claimGraph, layoutName, root, timeline, precomputed]);

  const [pathA, pathB] = view.path ?? [];
  const focusNode = view.focus;
  const { depth, focusMode, filters, context } = view;
  // The filters come as a new array with every URL change: key them by their URL form.
  const filterKey = JSON.stringify(filters);
  const typeKey = JSON.stringify(types);
  const result = useMemo(() => {
    const query = {
      filters: JSON.parse(filterKey) as typeof filters,
      context,
      path: pathA !== undefined && pathB !== undefined ? { from: pathA, to: pathB } : undefined,
      focus: focusNode ? { node: focusNode, depth, mode: focusMode } : undefined,
    };
    return claimGraph
      ? viewEmphasis(claimGraph, query)
      : genericViewEmphasis(graph as GenericGraph, {
          ...query,
          types: JSON.parse(typeKey) as string[],
        });
  }, [graph, claimGraph, filterKey, typeKey, context, pathA, pathB, focusNode, depth, focusMode]);

  const onRendered = useCallback(
    (rendered: GraphView) => publishRender(doc.id, rendered),
    [doc.id],
  );
  const onSketched = useCallback(() => publishSketch(doc.id), [doc.id]);
  const onViewport = viewport.set;

  const pickTarget = (target: string) => {
    const from = pathFrom ?? pathA;
    if (from === undefined) return;
    setPathFrom(null);
    update({ path: [from, target] });
  };

  // Escape cancels picking the end of a path, wherever the keyboard focus is.
  useEffect(() => {
    if (!pathFrom) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPathFrom(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pathFrom]);

  useEffect(() => {
    const fromCanvas = tapped.current !== null && tapped.current === selected;
    tapped.current = null;
    setSelectionTip(selected !== undefined && !fromCanvas ? selected : null);
  }, [selected]);

  const pathStart = pathFrom ?? pathA;
  const tipId = hovered ?? selectionTip ?? undefined;

  return (
    <div className="graph-pane" data-testid="graph.pane">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        <LayoutSwitcher
          value={layoutName}
          layouts={generic ? ['force', 'concentric', 'hierarchy'] : undefined}
          canHierarchy={selectedNode !== undefined || view.layout === 'hierarchy'}
          hint={view.layout === 'hierarchy' && !hierarchyRoot ? `${HIERARCHY_HINT}.` : undefined}
          onChange={(name) => update({ layout: name })}
        />
        <FocusControls
          focus={focusNode ? { id: focusNode, label: labelOf(graph, focusNode) } : undefined}
          candidate={selectedNode}
          depth={depth}
          hide={focusMode === 'hide'}
          onToggle={() => update({ focus: focusNode ? undefined : selectedNode })}
          onDepth={(d) => update({ depth: d })}
          onHide={(hide) => update({ focusMode: hide ? 'hide' : 'dim' })}
        />
        <PathControls
          from={pathStart ? { id: pathStart, label: labelOf(graph, pathStart) } : undefined}
          to={pathFrom ? undefined : pathB}
          picking={pathFrom !== null}
          candidate={selectedNode}
          nodes={nodeOptions}
          message={pathFrom ? undefined : result.message}
          found={
            !pathFrom && result.paths && result.paths.length > 0
              ? { paths: result.paths.length, steps: (result.paths[0]?.nodes.length ?? 1) - 1 }
              : undefined
          }
          onStart={() => {
            if (selectedNode) setPathFrom(selectedNode);
          }}
          onTarget={pickTarget}
          onClear={() => {
            setPathFrom(null);
            update({ path: undefined });
          }}
        />
        {!view.path && result.message ? (
          <span className="toolbar-message" role="status" data-testid="graph.focus.message">
            {result.message}
          </span>
        ) : null}
      </div>
      <div className="graph-pane-body">
        <div
          className={`canvas-frame${pathFrom ? ' picking' : ''}`}
          onPointerMove={() => {
            if (selectionTip !== null) setSelectionTip(null);
          }}
        >
          <GraphCanvas
            ref={canvas}
            elements={elements}
            layout={layout}
            selected={selected}
            emphasis={result.emphasis}
            tracked={tipId}
            onNodeTap={(id) => {
              if (pathFrom) {
                if (id !== pathFrom) pickTarget(id);
              } else update({ sel: id });
            }}
            onEdgeTap={(id) => update({ sel: id })}
            onBackgroundTap={() => {
              if (!pathFrom) update({ sel: undefined });
            }}
            onHover={setHovered}
            onViewport={onViewport}
            onRendered={onRendered}
            onSketched={onSketched}
          />
          {layout.name === 'timeline' && timeline ? (
            <TimelineAxis axis={timeline.axis} viewport={viewport} />
          ) : null}
          <ElementTooltip id={tipId} viewport={viewport} />
          <CanvasControls canvas={canvas} />
          {pathFrom ? (
            <div className="canvas-banner" role="status">
              Tap the node the path should lead to, or choose it above. Esc cancels.
            </div>
          ) : null}
        </div>
        <Legend />
      </div>
    </div>
  );
}

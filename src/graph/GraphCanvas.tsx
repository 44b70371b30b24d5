/**
 * The one component that owns the Cytoscape instance (DESIGN.md §2): it creates it once,
 * applies element changes as id-keyed diffs, lays out when the structure changes and
 * turns Cytoscape events into callbacks.
 */
import cytoscape, { type Core, type Layouts } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { applyElements } from './applyElements.ts';
import type { GraphElements } from './elements.ts';
import { layoutOptions, type Positions } from './layout.ts';
import { graphStyle } from './style.ts';
import { visibleElementIds, type GraphView } from './visible.ts';

/** Fitting a small graph should not blow it up beyond this zoom. */
const MAX_FIT_ZOOM = 1.25;

export interface GraphCanvasProps {
  elements: GraphElements;
  /** Precomputed node positions; without them a cheap deterministic layout runs. */
  positions?: Positions;
  onNodeTap?: (id: string) => void;
  onEdgeTap?: (id: string) => void;
  onBackgroundTap?: () => void;
  /** Called after each complete render: elements applied and laid out. */
  onRendered?: (view: GraphView) => void;
}

export function GraphCanvas({
  elements,
  positions,
  onNodeTap,
  onEdgeTap,
  onBackgroundTap,
  onRendered,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  const laidOutWith = useRef<Positions | undefined>(undefined);
  const generation = useRef(0);

  const tapNode = useEffectEvent((id: string) => onNodeTap?.(id));
  const tapEdge = useEffectEvent((id: string) => onEdgeTap?.(id));
  const tapBackground = useEffectEvent(() => onBackgroundTap?.());
  const rendered = useEffectEvent((view: GraphView) => onRendered?.(view));

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: graphStyle,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => tapNode(event.target.id()));
    cy.on('tap', 'edge', (event) => tapEdge(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) tapBackground();
    });
    cyRef.current = cy;
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
      laidOutWith.current = undefined;
      cyRef.current = null;
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const diff = applyElements(cy, elements);
    const current = ++generation.current;
    const view: GraphView = { visibleElements: () => visibleElementIds(cy) };
    const finish = (): void => {
      if (current === generation.current && !cy.destroyed()) rendered(view);
    };
    const structural = diff.added.length > 0 || diff.removed.length > 0;
    if (!structural && positions === laidOutWith.current) {
      finish();
      return;
    }
    layoutRef.current?.stop();
    const nodeIds = cy.nodes().map((node) => node.id());
    const layout = cy.layout(layoutOptions(nodeIds, positions));
    layoutRef.current = layout;
    laidOutWith.current = positions;
    layout.one('layoutstop', () => {
      if (cy.destroyed()) return;
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      finish();
    });
    layout.run();
  }, [elements, positions]);

  return <div ref={containerRef} className="graph-canvas" data-testid="graph.canvas" />;
}

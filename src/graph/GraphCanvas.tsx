/**
 * The one component that owns the Cytoscape instance (DESIGN.md §2). It creates the
 * instance once and from then on only applies changes to it:
 *
 * - elements, as id-keyed diffs (applyElements) inside `cy.batch()`;
 * - the layout, as positions (layout.ts), animated when switching but not on a document's
 *   first layout, with the viewport moved to fit the result;
 * - the view state: selection (selected in Cytoscape, emphasised and centred), and the
 *   emphasis of focus and paths, as class diffs in one `cy.batch()` that move nothing.
 *
 * It keeps labels the same size on screen and places them (canvasLabels.ts), turns
 * Cytoscape events into callbacks (taps, hover) and reports the viewport (zoom, pan, and
 * where a tracked element is drawn) so that DOM overlays can follow it.
 */
import type {
  Core,
  StylesheetJson,
  EdgeSingular,
  Layouts,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { applyElements } from './applyElements.ts';
import { estimatedFitZoom, fittedViewport, MIN_ZOOM } from './fit.ts';
import { installDrawnOnly, paintsNothing } from './drawnElements.ts';
import { installDimmedDrawing, isDimmed, markDimmed } from './dimmedElements.ts';
import { MarkedTextures } from './markedTextures.ts';
import { installFastZSort } from './fastZSort.ts';
import { installGridHitTest } from './gridHitTest.ts';
import { installLabelFreeHitTest } from './labelFreeHitTest.ts';
import { setLayeredTextures } from './layeredTextures.ts';
import { NextFrameTask } from './nextFrameTask.ts';
import { paintSketch, type Sketch } from './sketchCanvas.ts';
import { loadCytoscape, type Cytoscape } from './cytoscapeModule.ts';
import { StyleWarmUp } from './styleWarmUp.ts';
import { syncSelection } from './syncSelection.ts';
import { applyEmphasis, hideByRemoval, RESTORE_CHUNK } from './applyEmphasis.ts';
import {
  hasStale,
  isMarkedHidden,
  markHidden,
  restyleElements,
  restyleShown,
  restyleStale,
  restyleUnmarked,
} from './hiddenElements.ts';
import { LabelZoomTracker, nodesInView } from './largeLabelZoom.ts';
import { EdgeLayer } from './edgeLayer.ts';
import { interactiveEdgeIds } from './edgeLayerPlan.ts';
import { hasMarkedNodes, placeHiddenLabels, refreshLabels } from './canvasLabels.ts';
import type { EdgeData, GraphElements } from './elements.ts';
import { NO_EMPHASIS, type Emphasis } from './emphasis.ts';
import {
  ANIMATION_MS,
  EASING,
  presetOptions,
  resolvePositions,
  type LayoutSpec,
} from './layout.ts';
import type { Positions, Viewport } from './positions.ts';
import {
  LARGE_GRAPH_NODES,
  LARGE_LABEL_MIN_ZOOM,
  largeGraphStylesheetFollowing,
  overviewStylesheet,
  stylesheetFollowing,
} from './style.ts';
import {
  drawnLabelBoxes,
  idsOf,
  setActiveGraphView,
  shownOnCanvas,
  toHexColor,
  visibleElementIds,
  type GraphView,
  type Point,
} from './visible.ts';

/**
 * Nodes a large graph moves to a new layout a frame: a position event each (~10 µs) and the
 * redraw that follows (~0.5 s at 50 000 nodes) stay within a second.
 */
const LAYOUT_CHUNK = 15_000;
/** Labels are placed again once the viewport has been still this long. */
const RELABEL_DELAY_MS = 120;
const ZOOM_STEP_MS = 200;
/**
 * Up to this many nodes a new layout moves them in an animation, which lets the eye follow
 * them: the 1k corpus's concentric layout, drawn as a large graph, has a longest frame of
 * ~56 ms animated (~44 ms at once; ~180 ms animated when Cytoscape drew its edges).
 */
const ANIMATED_LAYOUT_NODES = 1000;
/** How near the pointer must come to an edge the layer draws (CSS pixels from its line). */
const EDGE_HIT_PX = 4;
/**
 * Hidden elements of a small graph restyled a frame, once the view is still, for a zoom they
 * missed (hiddenElements.ts): ~6 ms of work a frame here.
 */
const STALE_CHUNK = 80;
/**
 * A small graph's first frame is prepared (styles, geometry, textures) FIRST_FRAME_CHUNK
 * elements at a time, as many chunks a task as fit in FIRST_FRAME_STEP_MS: well under a long
 * task's 50 ms, even for the first chunks, whose code runs for the first time.
 */
const FIRST_FRAME_CHUNK = 12;
const FIRST_FRAME_STEP_MS = 20;
/** Hidden nodes given their label place a task, once the view is still (placeHiddenLabels). */
const HIDDEN_LABEL_CHUNK = 40;
/** How long a task may make marked elements' textures (markedTextures.ts): ~8 of 16 ms. */
const MARKED_TEXTURE_STEP_MS = 8;
/**
 * Whether an element draws a label now, so that a new zoom restyles it at once: a node whose
 * label placement kept it (labelCulling.ts) and that is not dimmed (its text is transparent),
 * or the selected or hovered element. Any other gets the zoom's sizes when a class change
 * shows its label (Cytoscape then applies every value that follows the zoom).
 */
const showsLabel = (ele: SingularElementArgument): boolean =>
  ele.selected() ||
  ele.hasClass('hovered') ||
  (ele.isNode() && !ele.hasClass('label-hidden') && !isDimmed(ele));
/** Restyle labels when the zoom moved by more than this fraction since the last time. */
const RESTYLE_ZOOM_CHANGE = 0.03;

export interface ViewportSnapshot {
  zoom: number;
  /** Model → rendered: rendered = model × zoom + pan (CSS pixels within the canvas). */
  pan: Point;
  width: number;
  height: number;
  /**
   * Where the tracked element is drawn, in CSS pixels within the canvas (the top centre of a
   * node, the midpoint of an edge); null when nothing is tracked or it is not displayed.
   */
  anchor: Point | null;
}

/** Imperative controls for the buttons around the canvas. */
export interface GraphCanvasHandle {
  /** Fits the viewport to what is shown (what focus keeps, if any). */
  fit(): void;
  /** Zooms by `factor` about the centre of the canvas. */
  zoomBy(factor: number): void;
  /** Puts every node back where the current layout places it, and fits. */
  reset(): void;
}

export interface GraphCanvasProps {
  elements: GraphElements;
  /** The layout to show; a new object (not only a new name) lays out again. */
  layout: LayoutSpec;
  /** The selected element's id. */
  selected?: string;
  emphasis?: Emphasis;
  /** An element whose drawn position `onViewport` reports (for a tooltip). */
  tracked?: string;
  onNodeTap?: (id: string) => void;
  onEdgeTap?: (id: string) => void;
  onBackgroundTap?: () => void;
  /** The element under the pointer, or null when it leaves. */
  onHover?: (id: string | null) => void;
  /** Called (at most once a frame) when the viewport or the tracked element moves. */
  onViewport?: (snapshot: ViewportSnapshot) => void;
  /** Called after each complete render: elements applied and laid out. */
  onRendered?: (view: GraphView) => void;
  /** A small graph's first picture is on screen: its sketch, before Cytoscape draws (sketch.ts). */
  onSketched?: () => void;
  ref?: Ref<GraphCanvasHandle>;
}

/** Renderer switches Cytoscape reads at every frame (set at creation in its options). */
interface RendererSwitches {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

/**
 * Large graphs (see largeGraphStylesheet): a fixed stylesheet, edges hidden and the picture
 * moved as a texture while the viewport moves, and Cytoscape's layered textures. Small graphs:
 * labels restyled for the zoom and placed by refreshLabels, each element drawn from its own
 * texture (layeredTextures.ts).
 */
function setLevelOfDetail(cy: Core, large: boolean, zoom: number, stylesheets: Stylesheets): void {
  const renderer = (cy as unknown as { renderer(): RendererSwitches | undefined }).renderer();
  if (renderer) {
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
  setLayeredTextures(cy, large);
  cy.style(large ? stylesheets.large(zoom >= LARGE_LABEL_MIN_ZOOM) : stylesheets.small);
}

/**
 * The canvas's stylesheets, made once: a small graph's, and a large graph's with labels (both
 * with label sizes that read the styled zoom) or the overview's (the layer draws the nodes).
 */
interface Stylesheets {
  small: StylesheetJson;
  large(labels: boolean): StylesheetJson;
}

const isEmpty = (e: Emphasis): boolean =>
  e.hidden.size === 0 && e.dimmed.size === 0 && e.highlighted.size === 0;

/** `elements` with each node at its place in the layout `spec` (as runLayout computes it). */
function placedAt(spec: LayoutSpec, elements: GraphElements): GraphElements {
  const at = resolvePositions(
    spec,
    elements.nodes.map(({ data }) => ({ id: data.id, kind: data.kind, degree: data.degree ?? 0 })),
  );
  const nodes = elements.nodes.map((node) => {
    const p = at[node.data.id];
    return p ? { ...node, position: { x: p.x, y: p.y } } : node;
  });
  return { nodes, edges: elements.edges };
}

/** Whether every node of the instance is at its place in `positions`. */
function allInPlace(cy: Core, positions: Positions): boolean {
  for (const node of cy.nodes().toArray()) {
    const want = positions[node.id()];
    const at = node.position();
    if (!want || want.x !== at.x || want.y !== at.y) return false;
  }
  return true;
}

/** Moves the viewport, animated or at once, stopping any viewport animation first. */
function moveViewport(cy: Core, target: Viewport | null, animate: boolean): void {
  if (!target) return;
  cy.stop(true, false);
  if (animate) {
    cy.animate({ zoom: target.zoom, pan: target.pan }, { duration: ANIMATION_MS, easing: EASING });
  } else cy.viewport({ zoom: target.zoom, pan: target.pan });
}

export function GraphCanvas({
  elements,
  layout,
  selected,
  emphasis = NO_EMPHASIS,
  tracked,
  onNodeTap,
  onEdgeTap,
  onBackgroundTap,
  onHover,
  onViewport,
  onRendered,
  onSketched,
  ref,
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const viewRef = useRef<GraphView | null>(null);
  const runningLayout = useRef<Layouts | null>(null);
  /** The spec last laid out, and the name of the one whose positions are in place. */
  const laidOut = useRef<LayoutSpec | null>(null);
  const settled = useRef('');
  const generation = useRef(0);
  const applied = useRef<{ emphasis: Emphasis; selected: string | undefined } | null>(null);
  /** The element last tapped: selecting it from the canvas does not move the viewport. */
  const tappedId = useRef<string | null>(null);
  const frame = useRef(0);
  /** Whether the viewport was moved since it was last fitted: if not, a resize fits again. */
  const moved = useRef(false);
  /** The zoom the label sizes were last set for, and whether label placement is stale. */
  const styledZoom = useRef(1);
  /**
   * A small graph's stylesheet, made once: its label sizes read `styledZoom` whenever
   * Cytoscape applies them, so a new zoom restyles the shown elements' labels only.
   */
  const [stylesheets] = useState((): Stylesheets => {
    const zoom = () => styledZoom.current;
    const small = stylesheetFollowing(zoom);
    const labelled = largeGraphStylesheetFollowing(zoom);
    const overview = overviewStylesheet();
    return { small, large: (labels) => (labels ? labelled : overview) };
  });
  /** Which zoom a large graph's nodes have their label sizes for (largeLabelZoom.ts). */
  const [labelZooms] = useState(() => new LabelZoomTracker());
  const labelsStale = useRef(true);
  /** Whether a small graph's hidden nodes may lack the label places they would take if shown. */
  const hiddenLabelsStale = useRef(false);
  /** Whether the level of detail of large graphs is on (see setLevelOfDetail). */
  const large = useRef(false);
  /** A large graph's edges, drawn beneath the instance (edgeLayer.ts); null for small ones. */
  const layerRef = useRef<EdgeLayer | null>(null);
  /**
   * A large graph's hidden nodes, out of the instance (hideByRemoval), and the elements they
   * belong to. A small graph's hidden elements stay in, marked (hiddenElements.ts).
   */
  const removedRef = useRef<SingularElementArgument[]>([]);
  const removedFrom = useRef<GraphElements | null>(null);
  /** The step that puts the next chunk of a large graph's nodes back (hideByRemoval). */
  const [restoreTask] = useState(() => new NextFrameTask());
  /** The step that moves the next chunk of a large graph's nodes to a new layout. */
  const [layoutTask] = useState(() => new NextFrameTask());
  /** The step that restyles the next chunk of a small graph's hidden elements. */
  const [staleTask] = useState(() => new NextFrameTask());
  /** A small graph's hidden and dimmed elements' textures for the zoom, made ahead. */
  const markedTextures = useRef<MarkedTextures | null>(null);
  /** The step that places the labels of a small graph's nodes off the canvas (placeOffCanvas). */
  const [offCanvasTask] = useState(() => new NextFrameTask());
  /** A large graph's first styles, resolved after its first frame (styleWarmUp.ts). */
  const warmUpRef = useRef<StyleWarmUp | null>(null);
  /** Whether a large graph's nodes were just added, all of them: its styles can warm up. */
  const freshNodes = useRef(false);
  const relabelTimer = useRef(0);
  /** Whether the viewport moved within the last RELABEL_DELAY_MS (see onFrame). */
  const viewportMoving = useRef(false);
  /** Bumped by reset(): lays out the current spec again. */
  const [resets, setResets] = useState(0);
  const laidOutResets = useRef(0);
  /** The instance, once made (the effects that fill it wait for it). */
  const [instance, setInstance] = useState<Core | null>(null);
  /** Cytoscape's factory, once loaded (a large graph's layer makes a headless instance with it). */
  const factoryRef = useRef<Cytoscape | null>(null);
  /** Why Cytoscape could not be loaded (its chunk missing after a new release, say). */
  const [loadError, setLoadError] = useState<string | null>(null);
  /** A small graph's first picture, there until Cytoscape draws its own (sketch.ts). */
  const sketchRef = useRef<Sketch | null>(null);

  const removedNodes = (): NodeSingular[] =>
    removedRef.current.filter((ele): ele is NodeSingular => ele.isNode());
  const tapNode = useEffectEvent((id: string) => onNodeTap?.(id));
  const tapEdge = useEffectEvent((id: string) => onEdgeTap?.(id));
  const tapBackground = useEffectEvent(() => onBackgroundTap?.());
  const hover = useEffectEvent((id: string | null) => onHover?.(id));
  const rendered = useEffectEvent((view: GraphView) => onRendered?.(view));
  const sketched = useEffectEvent(() => onSketched?.());
  /**
   * A click on the sketch before the instance has its elements: the node drawn there is
   * tapped, as on Cytoscape's canvas (empty space taps the background), so that a tap in the
   * first few hundred milliseconds selects what it should. Once the instance has its elements
   * it hit-tests taps itself, even while its first frame is being prepared.
   */
  const tapSketch = useEffectEvent((event: MouseEvent) => {
    const sketch = sketchRef.current;
    const container = containerRef.current;
    if (!sketch || !container || cyRef.current?.nodes().nonempty()) return;
    const box = container.getBoundingClientRect();
    const id = sketch.nodeAt({ x: event.clientX - box.left, y: event.clientY - box.top });
    if (id !== null) tapNode(id);
    else tapBackground();
  });

  /** Once a frame at most: label sizes and places for the zoom, then the viewport report. */
  const onFrame = useEffectEvent(() => {
    frame.current = 0;
    const cy = cyRef.current;
    if (!cy || cy.destroyed()) return;
    const zoom = cy.zoom();
    if (large.current) {
      // Labels come into the stylesheet once zoomed in far enough to read them.
      const labels = zoom >= LARGE_LABEL_MIN_ZOOM;
      if (labels !== styledZoom.current >= LARGE_LABEL_MIN_ZOOM && !cy.animated()) {
        // Cytoscape draws the nodes from now on (or stops): with their styles, at once.
        warmUpRef.current?.finish();
        styledZoom.current = zoom;
        labelZooms.reset(zoom);
        cy.style(stylesheets.large(labels));
        layerRef.current?.setNodesDrawn(!labels);
        labelsStale.current = labels;
      }
    } else if (
      Math.abs(zoom - styledZoom.current) > zoom * RESTYLE_ZOOM_CHANGE &&
      // Labels get their size for a new zoom once the viewport is still, and scale with the
      // zoom a moment meanwhile: restyling is Cytoscape's costliest step (~0.1 ms an element
      // here, hidden ones included), and restyled at every frame of a zoom, the article's
      // 325 elements made frames of 50-100 ms of its fit animations, and a 1 000-node corpus
      // ~0.3 s a wheel step.
      !viewportMoving.current
    ) {
      styledZoom.current = zoom;
      restyleShown(cy, showsLabel);
      labelsStale.current = true;
    }
    if (labelsStale.current && settled.current !== '') {
      // Placing labels while the viewport is animated is wasted: they move at every step.
      // Place them in the first frame after the animation (idle() waits for it).
      if (cy.animated()) scheduleFrame();
      else if (!large.current) {
        labelsStale.current = false;
        refreshLabels(cy);
        hiddenLabelsStale.current = true;
      } else if (!viewportMoving.current) {
        // A large graph zoomed in, once the view is still (the relabel timer comes back
        // here): the nodes on the canvas get label sizes for the zoom, those not styled for
        // it yet, and their labels are placed. Seen from afar the layer places its own
        // (overviewLabels.ts).
        labelsStale.current = false;
        if (zoom >= LARGE_LABEL_MIN_ZOOM) {
          styledZoom.current = zoom;
          const stale = labelZooms.stale(nodesInView(cy, labelZooms.lowestZoom()), zoom);
          restyleElements(cy, [...stale, ...cy.edges().toArray()]);
          labelZooms.mark(stale, zoom);
          refreshLabels(cy, { inView: true });
        }
      }
    }
    if (
      !large.current &&
      !staleTask.pending &&
      (hasStale(cy) ||
        (hiddenLabelsStale.current && hasMarkedNodes(cy)) ||
        markedTextures.current?.pending)
    )
      staleTask.schedule(catchUpStyles);
    if (!onViewport) return;
    let anchor: Point | null = null;
    const ele = tracked === undefined ? null : cy.getElementById(tracked);
    if (tracked !== undefined && (!ele || ele.empty())) {
      // An edge the layer draws (a large graph's), hovered through it.
      anchor = layerRef.current?.renderedMidpoint(tracked) ?? null;
    } else if (ele && ele.nonempty() && shownOnCanvas(ele)) {
      if (ele.isNode()) {
        const box = ele.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        anchor = { x: (box.x1 + box.x2) / 2, y: box.y1 };
      } else {
        const mid = (ele as EdgeSingular).renderedMidpoint();
        anchor = { x: mid.x, y: mid.y };
      }
    }
    const pan = cy.pan();
    onViewport({
      zoom,
      pan: { x: pan.x, y: pan.y },
      width: cy.width(),
      height: cy.height(),
      anchor,
    });
  });
  /**
   * A chunk of the hidden elements that missed a restyle, a frame each, while the view is
   * still (onFrame starts it again once it is); then the label places the hidden nodes will
   * need when shown again, a chunk a task; then the textures the marked elements will be drawn
   * from when shown again (markedTextures.ts), a few milliseconds a task.
   */
  const catchUpStyles = useEffectEvent(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed() || large.current) return;
    if (viewportMoving.current || cy.animated()) return;
    if (restyleStale(cy, STALE_CHUNK)) {
      staleTask.schedule(catchUpStyles);
      return;
    }
    // After the shown nodes' labels (onFrame and placeOffCanvas set the flag again).
    if (hiddenLabelsStale.current) {
      if (labelsStale.current || offCanvasTask.pending) return;
      if (!placeHiddenLabels(cy, HIDDEN_LABEL_CHUNK)) {
        hiddenLabelsStale.current = false;
        // Textures made now are for these label places and this zoom.
        markedTextures.current ??= new MarkedTextures(cy);
        markedTextures.current.restart();
      }
      staleTask.schedule(catchUpStyles);
      return;
    }
    if (markedTextures.current?.step(MARKED_TEXTURE_STEP_MS)) staleTask.schedule(catchUpStyles);
  });
  /**
   * Labels of a small graph's nodes off the canvas, placed in a task of their own after the
   * frame that showed those on it, so that a pan finds them placed. A view that moves
   * meanwhile places them all once still (onFrame).
   */
  const placeOffCanvas = useEffectEvent(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed() || large.current) return;
    if (viewportMoving.current || cy.animated() || labelsStale.current) return;
    refreshLabels(cy);
    hiddenLabelsStale.current = true;
    scheduleFrame();
  });
  /** Label sizes for `zoom`, if the current ones are off by more than RESTYLE_ZOOM_CHANGE. */
  const restyleFor = useEffectEvent((cy: Core, zoom: number) => {
    if (Math.abs(zoom - styledZoom.current) <= zoom * RESTYLE_ZOOM_CHANGE) return;
    styledZoom.current = zoom;
    restyleShown(cy);
    labelsStale.current = true;
  });
  /** The estimated fit zoom of the first document (small ones), for the first stylesheet. */
  const initialZoom = useEffectEvent((size: { width: number; height: number }) =>
    elements.nodes.length > LARGE_GRAPH_NODES ? null : estimatedFitZoom(size, layout, elements),
  );
  const scheduleFrame = useEffectEvent(() => {
    if (frame.current === 0) frame.current = requestAnimationFrame(() => onFrame());
  });

  /** Makes the instance and wires it to the component; returns its teardown. */
  const setUp = useEffectEvent((cytoscape: Cytoscape): (() => void) => {
    factoryRef.current = cytoscape;
    const container = containerRef.current;
    // The first stylesheet is already for the zoom the first document will be fitted at
    // (parsing a stylesheet costs ~25 ms), and no layout runs on the empty instance.
    const size = { width: container?.clientWidth ?? 0, height: container?.clientHeight ?? 0 };
    styledZoom.current = initialZoom(size) ?? 1;
    const cy = cytoscape({
      container,
      style: stylesheets.small,
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    installFastZSort(cy);
    installLabelFreeHitTest(cy);
    installGridHitTest(cy);
    installDrawnOnly(cy);
    installDimmedDrawing(cy);
    // A small graph, as every document starts, draws each element from its own texture.
    setLayeredTextures(cy, false);
    const warmUp = new StyleWarmUp(cy, container);
    warmUpRef.current = warmUp;
    cy.on('tap', 'node', (event) => {
      tappedId.current = event.target.id();
      tapNode(event.target.id());
    });
    cy.on('tap', 'edge', (event) => {
      tappedId.current = event.target.id();
      tapEdge(event.target.id());
    });
    // A large graph's layer draws most edges, out of Cytoscape's reach: a tap or a pointer on
    // the background asks the layer which edge lies under it.
    const layerEdgeAt = (position: Point): string | null =>
      layerRef.current?.edgeAt(position, EDGE_HIT_PX / cy.zoom()) ?? null;
    let layerHovered: string | null = null;
    const hoverLayerEdge = (id: string | null) => {
      if (id === layerHovered) return;
      layerHovered = id;
      if (container) container.style.cursor = id ? 'pointer' : '';
      layerRef.current?.setHovered(id);
      hover(id);
    };
    cy.on('tap', (event) => {
      if (event.target !== cy) return;
      const edge = layerEdgeAt(event.position);
      if (edge === null) return tapBackground();
      tappedId.current = edge;
      tapEdge(edge);
    });
    cy.on('mousemove', (event) => {
      // Not while a button is down: that is a pan, or a drag.
      const buttons = (event.originalEvent as MouseEvent | undefined)?.buttons ?? 0;
      if (event.target !== cy || buttons !== 0 || !layerRef.current) return;
      hoverLayerEdge(layerEdgeAt(event.position));
    });
    const leave = () => hoverLayerEdge(null);
    container?.addEventListener('mouseleave', leave);
    cy.on('mouseover', 'node, edge', (event) => {
      // A hidden node on its way out of the instance (see the emphasis effect) is not there.
      if (applied.current?.emphasis.hidden.has(event.target.id())) return;
      if (layerHovered !== null) {
        layerHovered = null;
        if (container) container.style.cursor = '';
        layerRef.current?.setHovered(null);
      }
      event.target.addClass('hovered');
      // In the overview Cytoscape now draws the node's label, and the layer's make room.
      if (event.target.isNode()) layerRef.current?.relabel();
      hover(event.target.id());
    });
    cy.on('mouseout', 'node, edge', (event) => {
      event.target.removeClass('hovered');
      if (event.target.isNode()) layerRef.current?.relabel();
      hover(null);
    });
    // Cytoscape's own resize observer calls `cy.resize()` once the container is first laid
    // out, at the size the instance already has: nothing moved, so nothing is drawn again (a
    // large graph's layer took ~0.1 s at 10 000 nodes) and no label is placed again.
    let drawnSize = size;
    cy.on('viewport resize', (event) => {
      if (event.type === 'resize') {
        const now = { width: cy.width(), height: cy.height() };
        if (now.width === drawnSize.width && now.height === drawnSize.height) return;
        drawnSize = now;
      }
      layerRef.current?.viewportMoved();
      scheduleFrame();
      // Labels near the edges of the canvas choose their side again once panning stops (and
      // a mid-sized graph's labels get their size for the zoom then).
      viewportMoving.current = true;
      window.clearTimeout(relabelTimer.current);
      relabelTimer.current = window.setTimeout(() => {
        viewportMoving.current = false;
        labelsStale.current = true;
        scheduleFrame();
      }, RELABEL_DELAY_MS);
    });
    cy.on('position', 'node', () => {
      layerRef.current?.requestDraw();
      scheduleFrame();
    });
    cy.on('free', 'node', () => {
      labelsStale.current = true;
      scheduleFrame();
    });
    cy.on('scrollzoom pinchzoom dragpan', () => {
      moved.current = true;
    });
    // The size the instance was created at: the observer's first notification comes at once
    // with it, and refitting then drew a new document's first frame twice (at 50 000 nodes,
    // ~0.3 s of layer drawing and fitting again).
    let observed = size;
    const resize = new ResizeObserver(() => {
      if (cy.destroyed() || !container) return;
      const now = { width: container.clientWidth, height: container.clientHeight };
      if (now.width === observed.width && now.height === observed.height) return;
      observed = now;
      cy.resize();
      layerRef.current?.resize();
      if (!moved.current && settled.current !== '')
        moveViewport(cy, fittedViewport(cy, undefined, [], large.current), false);
      scheduleFrame();
    });
    if (container) resize.observe(container);

    viewRef.current = {
      visibleElements: () => {
        const shown = visibleElementIds(cy);
        const layer = layerRef.current;
        if (layer) shown.edges = [...shown.edges, ...layer.shown()].sort();
        // Hidden nodes still on their way out of a large graph's instance are not drawn.
        const hidden = applied.current?.emphasis.hidden;
        if (layer && hidden && hidden.size > 0)
          shown.nodes = shown.nodes.filter((id) => !hidden.has(id));
        return shown;
      },
      nodePosition: (id) => {
        // A hidden node keeps its place out of the instance, where it comes back.
        const inside = cy.getElementById(id);
        const node = inside.nonempty() ? inside : removedRef.current.find((e) => e.id() === id);
        if (!node || !node.isNode()) return null;
        const p = node.position();
        return { x: p.x, y: p.y };
      },
      clientPosition: (id) => {
        const ele = cy.getElementById(id);
        if (!container) return null;
        const p =
          ele.empty() || !shownOnCanvas(ele)
            ? (layerRef.current?.renderedMidpoint(id) ?? null)
            : ele.isNode()
              ? ele.renderedPosition()
              : (ele as EdgeSingular).renderedMidpoint();
        if (!p) return null;
        const box = container.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      layout: () => settled.current,
      emphasis: () => {
        const dimmed = idsOf(cy, '.dimmed');
        const layer = layerRef.current;
        if (layer) dimmed.edges = [...dimmed.edges, ...layer.dimmed()].sort();
        return { highlighted: idsOf(cy, '.highlighted'), dimmed };
      },
      zoom: () => cy.zoom(),
      layerLabels: () => layerRef.current?.labelled().sort() ?? [],
      labelBoxes: () => drawnLabelBoxes(cy, layerRef.current?.drawsNodes() ?? false),
      selectedIds: () =>
        cy
          .$(':selected')
          .map((ele) => ele.id())
          .sort(),
      idle: () =>
        settled.current !== '' &&
        !cy.animated() &&
        cy.nodes(':animated').empty() &&
        // Labels still to place (a large graph's too: zoomed in, Cytoscape draws them).
        !labelsStale.current &&
        !viewportMoving.current &&
        !restoreTask.pending &&
        !warmUp.pending &&
        // Hidden elements still to restyle (a chunk a frame, catchUpStyles).
        !staleTask.pending &&
        !offCanvasTask.pending &&
        (large.current || !hasStale(cy)) &&
        (large.current || !hiddenLabelsStale.current || !hasMarkedNodes(cy)) &&
        !markedTextures.current?.pending &&
        (layerRef.current?.idle() ?? true),
      positions: () => {
        const out = new Map<string, Point>();
        for (const node of [...cy.nodes().toArray(), ...removedNodes()]) {
          const p = node.position();
          out.set(node.id(), { x: p.x, y: p.y });
        }
        return out;
      },
      nodeColors: () => {
        const out = new Map<string, string>();
        for (const node of [...cy.nodes().toArray(), ...removedNodes()]) {
          const color = toHexColor(String(node.style('background-color')));
          if (color) out.set(node.id(), color);
        }
        return out;
      },
      // The picture exporters load when first asked for (issue 7: not with the app).
      png: async (options) => {
        warmUp.finish();
        const { canvasPng } = await import('./canvasPicture.ts');
        if (cy.destroyed()) throw new Error('the graph was closed before its picture was made');
        return canvasPng(cy, layerRef.current, options);
      },
      svg: async (options) => {
        warmUp.finish();
        const { canvasSvg } = await import('./canvasPicture.ts');
        if (cy.destroyed()) throw new Error('the graph was closed before its picture was made');
        return canvasSvg(cy, layerRef.current, options);
      },
    };
    const view = viewRef.current;
    setActiveGraphView(view);
    cyRef.current = cy;
    setInstance(cy);
    // Cytoscape's first picture of the elements replaces the sketch, in the same frame.
    const dropSketch = () => {
      if (!sketchRef.current || warmUp.pending || cy.nodes().empty()) return;
      sketchRef.current.remove();
      sketchRef.current = null;
      cy.off('render', dropSketch);
    };
    cy.on('render', dropSketch);
    return () => {
      resize.disconnect();
      container?.removeEventListener('mouseleave', leave);
      window.clearTimeout(relabelTimer.current);
      if (frame.current !== 0) cancelAnimationFrame(frame.current);
      frame.current = 0;
      runningLayout.current?.stop();
      runningLayout.current = null;
      laidOut.current = null;
      settled.current = '';
      applied.current = null;
      styledZoom.current = 1;
      labelsStale.current = true;
      large.current = false;
      layerRef.current?.destroy();
      layerRef.current = null;
      removedRef.current = [];
      removedFrom.current = null;
      restoreTask.cancel();
      layoutTask.cancel();
      staleTask.cancel();
      offCanvasTask.cancel();
      markedTextures.current = null;
      warmUp.cancel();
      warmUpRef.current = null;
      viewRef.current = null;
      setActiveGraphView(null, view);
      cyRef.current = null;
      setInstance(null);
      cy.destroy();
    };
  });

  // A small graph's first picture, drawn in the first frame with its data (sketchCanvas.ts):
  // the sketch stands until Cytoscape draws (the render listener in setUp takes it away).
  useLayoutEffect(() => {
    // Cytoscape's chunk is asked for now, to arrive while the sketch is drawn and shown (its
    // failure is reported by the effect below).
    void loadCytoscape().catch(() => undefined);
    const container = containerRef.current;
    if (!container || elements.nodes.length > LARGE_GRAPH_NODES) return;
    const sketch = paintSketch(container, { elements, layout, emphasis, selected }, () =>
      sketched(),
    );
    sketchRef.current = sketch;
    const onClick = (event: MouseEvent) => tapSketch(event);
    container.addEventListener('click', onClick);
    return () => {
      container.removeEventListener('click', onClick);
      sketch.remove();
      sketchRef.current = null;
    };
    // Once, at mount: later props are Cytoscape's to draw, or the sketch's while it stands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A selection or a filter made while the sketch stands (a tap on it, the filter panel) is
  // drawn on it: the canvas shows what the page says until Cytoscape takes over.
  useEffect(() => {
    sketchRef.current?.redraw({ elements, layout, emphasis, selected });
  }, [elements, layout, emphasis, selected]);

  useEffect(() => {
    // Once Cytoscape's chunk has run, the instance is made in a task of its own, and its
    // elements come in the next (the effects below wait for `instance`): no task after a
    // small graph's sketch holds the main thread for long (issue 7).
    const task = new NextFrameTask();
    let teardown: (() => void) | null = null;
    let closed = false;
    const start = (factory: Cytoscape) => {
      if (!closed) teardown = setUp(factory);
    };
    loadCytoscape().then(
      (factory) => task.schedule(() => start(factory)),
      (error: unknown) => {
        if (!closed) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      closed = true;
      task.cancel();
      teardown?.();
    };
  }, []);

  /**
   * Moves every node to where `spec` puts it and the viewport to fit them; publishes the view
   * when the positions are in place.
   */
  const runLayout = useEffectEvent((cy: Core, spec: LayoutSpec, animate: boolean) => {
    runningLayout.current?.stop();
    layoutTask.cancel();
    cy.stop(true, false);
    cy.nodes().stop(true, false);
    const current = ++generation.current;
    // Hidden nodes are laid out too, in place: they are shown where the layout puts them
    // when a filter lets them back.
    const removed = removedNodes();
    const positions = resolvePositions(
      spec,
      [...cy.nodes().toArray(), ...removed].map((node) => ({
        id: node.id(),
        kind: String(node.data('kind')),
        degree: Number(node.data('degree') ?? node.degree(false)),
      })),
    );
    for (const node of removed) {
      const p = positions[node.id()];
      if (p) node.position({ x: p.x, y: p.y });
    }
    const target = fittedViewport(cy, positions, [], large.current);
    laidOut.current = spec;
    settled.current = '';
    moved.current = false;
    const stopped = () => {
      if (cy.destroyed() || current !== generation.current) return;
      runningLayout.current = null;
      settled.current = spec.name;
      labelsStale.current = true;
      scheduleFrame();
      if (viewRef.current) rendered(viewRef.current);
    };
    // Nodes added where the layout puts them need no layout run: at 10 000 nodes its position
    // events alone took ~0.1 s.
    if (!animate && allInPlace(cy, positions)) {
      moveViewport(cy, target, false);
      if (!large.current) restyleFor(cy, cy.zoom());
      stopped();
      return;
    }
    if (large.current && !animate) {
      // A large graph moves its nodes LAYOUT_CHUNK at a time, a frame each: moving 50 000 at
      // once (a position event each, then a full redraw) froze the tab for over a second.
      const nodes = cy.nodes().toArray();
      let next = 0;
      const step = () => {
        if (cy.destroyed() || current !== generation.current) return;
        cy.batch(() => {
          for (const end = Math.min(nodes.length, next + LAYOUT_CHUNK); next < end; next++) {
            const node = nodes[next]!;
            const p = positions[node.id()];
            if (p && !node.removed()) node.position({ x: p.x, y: p.y });
          }
        });
        if (next < nodes.length) layoutTask.schedule(step);
        else stopped();
      };
      moveViewport(cy, target, false);
      step();
      return;
    }
    const run = cy.layout(presetOptions(positions, animate));
    runningLayout.current = run;
    run.one('layoutstop', stopped);
    if (!animate) moveViewport(cy, target, false);
    run.run();
    if (animate) moveViewport(cy, target, true);
  });

  /** The edges' data, for a large graph's edge layer. */
  const edgeData = useMemo<EdgeData[]>(() => elements.edges.map((edge) => edge.data), [elements]);

  /** A large graph's edges that Cytoscape draws: those one can tap (edgeLayerPlan.ts). */
  const interactiveEdges = useEffectEvent(() => {
    const ids = interactiveEdgeIds(edgeData, selected, emphasis.highlighted);
    return { ids, defs: elements.edges.filter((edge) => ids.has(edge.data.id)) };
  });

  /** Brings a large graph's interactive edges into the instance and the rest into the layer. */
  const syncLayer = useEffectEvent((cy: Core) => {
    const layer = layerRef.current;
    if (!layer) return;
    const { ids, defs } = interactiveEdges();
    const present = (id: string) => cy.getElementById(id).nonempty();
    cy.batch(() => {
      cy.remove(cy.edges().filter((edge) => !ids.has(edge.id())));
      // Edges of hidden (removed) nodes stay out: the layer does not draw them either.
      const missing = defs.filter(
        (def) => !present(def.data.id) && present(def.data.source) && present(def.data.target),
      );
      if (missing.length > 0) cy.add(missing).unselectify();
    });
    layer.setEdges(edgeData, ids);
    layer.setEmphasis(emphasis);
  });

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    // Switch the level of detail before adding elements, so they are styled once.
    const isLarge = elements.nodes.length > LARGE_GRAPH_NODES;
    if (isLarge !== large.current) {
      large.current = isLarge;
      // A large graph starts without labels (see LARGE_LABEL_MIN_ZOOM) until it is fitted.
      styledZoom.current = isLarge ? 0 : cy.zoom();
      setLevelOfDetail(cy, isLarge, styledZoom.current, stylesheets);
      labelZooms.reset(styledZoom.current);
    }
    if (!isLarge && cy.nodes().empty()) {
      // Style the first elements for the zoom they will be fitted at, not for zoom 1: label
      // sizes depend on it, and restyling after the first frame drew everything twice.
      const zoom = estimatedFitZoom({ width: cy.width(), height: cy.height() }, layout, elements);
      if (zoom !== null) restyleFor(cy, zoom);
    }
    if (isLarge) layerRef.current ??= new EdgeLayer(cy, container, factoryRef.current!);
    else {
      layerRef.current?.destroy();
      layerRef.current = null;
    }
    // Hidden elements of the same elements stay out; those of other elements are forgotten.
    if (removedFrom.current !== elements) removedRef.current = [];
    removedFrom.current = elements;
    const out = new Set(removedRef.current.map((ele) => ele.id()));
    const nodesBefore = cy.nodes().length;
    // A new document's nodes are added where the layout puts them (see runLayout).
    const wanted = nodesBefore === 0 ? placedAt(layout, elements) : elements;
    // Hidden elements stay out, and the edges of hidden nodes with them. A large graph's
    // instance holds only the edges one can tap; the layer draws the rest.
    const diff = applyElements(cy, {
      nodes: out.size > 0 ? wanted.nodes.filter((n) => !out.has(n.data.id)) : wanted.nodes,
      edges: (isLarge ? interactiveEdges().defs : wanted.edges).filter(
        (e) => !out.has(e.data.id) && !out.has(e.data.source) && !out.has(e.data.target),
      ),
    });
    if (diff.added.length > 0) cy.elements().unselectify();
    syncLayer(cy);
    // A large graph's edges come and go with the selection: only its nodes count.
    const nodeIds = isLarge ? new Set(elements.nodes.map((node) => node.data.id)) : null;
    const addedNodes = nodeIds
      ? diff.added.filter((id) => nodeIds.has(id)).length
      : diff.added.length;
    const structural = isLarge
      ? addedNodes > 0 || cy.nodes().length !== nodesBefore
      : diff.added.length > 0 || diff.removed.length > 0;
    const again = resets !== laidOutResets.current;
    laidOutResets.current = resets;
    if (!structural && !again && layout === laidOut.current) {
      layerRef.current?.draw();
      if (settled.current !== '' && viewRef.current) rendered(viewRef.current);
      return;
    }
    // New nodes have no position to come from: place them at once. A graph of more than
    // ANIMATED_LAYOUT_NODES switches layouts at once too: animating tens of thousands of nodes
    // took seconds a frame.
    const animate =
      laidOut.current !== null &&
      addedNodes === 0 &&
      elements.nodes.length <= ANIMATED_LAYOUT_NODES;
    freshNodes.current = nodesBefore === 0;
    runLayout(cy, layout, animate);
    layerRef.current?.draw();
    // A small graph's first frame waits for its preparation (applyView starts it).
    if (!isLarge && nodesBefore === 0) warmUpRef.current?.hold({ endOnPointerMove: false });
  }, [elements, labelZooms, layout, resets, stylesheets, instance]);

  useEffect(() => {
    if (!cyRef.current) return;
    if (freshNodes.current && !large.current) {
      // A small graph's first elements were added in this task (~30 ms when the code is
      // cold): its emphasis, selection and labels come in the next, under 50 ms each.
      const timer = setTimeout(() => applyView(), 0);
      return () => clearTimeout(timer);
    }
    applyView();
  }, [elements, emphasis, selected, instance]);

  /** Emphasis, selection, the viewport they call for and label places, in the instance. */
  const applyView = useEffectEvent(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed()) return;
    const before = applied.current;
    applied.current = { emphasis, selected };
    // A change of view draws what it changes: the styles waiting for it are resolved now.
    const fresh = freshNodes.current;
    freshNodes.current = false;
    if (!fresh) warmUpRef.current?.finish();
    labelsStale.current = true;
    restoreTask.cancel();
    if (large.current) {
      // A small graph's marks are forgotten: a large one takes hidden nodes out.
      markHidden(cy, NO_EMPHASIS.hidden);
      markDimmed(cy, NO_EMPHASIS.dimmed);
      // Restyling is what a large graph's view changes cost (~50 µs an element): nodes come
      // back and classes change RESTORE_CHUNK at a time, a frame each, so that no task
      // freezes the tab.
      // Nodes the layer draws and Cytoscape paints nothing of (no edge either) can leave the
      // instance after the frame: the layer stops drawing them at once.
      const layer = layerRef.current;
      const canWait = (node: NodeSingular) =>
        layer !== null &&
        layer.drawsNodes() &&
        paintsNothing(node) &&
        node.connectedEdges().empty();
      let first = true;
      const step = (): boolean => {
        const restored = hideByRemoval(
          cy,
          emphasis,
          removedNodes(),
          RESTORE_CHUNK,
          first ? canWait : undefined,
        );
        first = false;
        removedRef.current = restored.removed;
        syncLayer(cy);
        const classes = applyEmphasis(cy, emphasis, RESTORE_CHUNK, 'leave-nodes');
        return restored.more || classes;
      };
      const next = () => {
        if (cy.destroyed()) return;
        const more = step();
        syncSelection(cy, selected);
        layerRef.current?.requestDraw();
        if (more) restoreTask.schedule(next);
      };
      if (step()) restoreTask.schedule(next);
    } else {
      // Hidden elements stay in the instance, styled as they were: the renderer leaves them out.
      markHidden(cy, emphasis.hidden);
      // Dimmed ones too: the renderer draws them faded (dimmedElements.ts); those that missed a
      // zoom's label sizes while dimmed get them now, if restyleStale did not catch them up.
      restyleUnmarked(cy, markDimmed(cy, emphasis.dimmed));
      syncLayer(cy);
      applyEmphasis(cy, emphasis, Infinity, 'leave');
    }
    const coming = large.current
      ? removedNodes().filter((node) => !emphasis.hidden.has(node.id()))
      : [];
    const target = syncSelection(cy, selected);
    // A new focus, path or filter frames what it keeps (at once on the first render).
    const emphasisChanged = before === null || before.emphasis !== emphasis;
    const selectionChanged = before === null || before.selected !== selected;
    const fromTap = selected !== undefined && tappedId.current === selected;
    tappedId.current = null;
    if (emphasisChanged && !isEmpty(emphasis)) {
      moved.current = false;
      moveViewport(
        cy,
        fittedViewport(cy, undefined, coming, large.current, large.current ? emphasis : undefined),
        before !== null,
      );
    } else if (selectionChanged && target && !fromTap) {
      moved.current = true;
      cy.stop(true, false);
      cy.animate({ center: { eles: target } }, { duration: ANIMATION_MS, easing: EASING });
    }
    // A small graph whose view stands still gets its labels placed now, so that the next frame
    // (a new document's first) draws only the labels that stay: placed in the frame after, they
    // were all drawn once for nothing, and the overlapping ones then restyled and drawn again.
    // Only those on the canvas: clearing the Denials filter zoomed in on its 7 nodes put 101
    // back, most of them out of sight, and restyling the ~86 whose label moved made ~17 ms of
    // the frame that shows them. The others are placed in a task after it (placeOffCanvas).
    offCanvasTask.cancel();
    if (!large.current && settled.current !== '' && !cy.animated()) {
      labelsStale.current = false;
      if (refreshLabels(cy, { inView: true }) > 0) offCanvasTask.schedule(placeOffCanvas);
      hiddenLabelsStale.current = true;
    }
    // A large graph just added, of which Cytoscape paints nothing (the layer draws its nodes
    // from afar; nothing selected, no edge in the instance), is drawn first and styled after.
    if (
      fresh &&
      large.current &&
      layerRef.current?.drawsNodes() &&
      isEmpty(emphasis) &&
      target === null &&
      cy.edges().empty()
    )
      warmUpRef.current?.start();
    // A small graph's first frame (~0.17 s when the code is cold: every element styled, its
    // geometry, the textures, the draw) is prepared a chunk a task, its sketch on screen
    // meanwhile; input on the canvas ends the preparation at once.
    else if (fresh && !large.current)
      warmUpRef.current?.start({
        elements: cy.elements(),
        chunk: FIRST_FRAME_CHUNK,
        budgetMs: FIRST_FRAME_STEP_MS,
        geometry: true,
        drawn: (ele) => !isMarkedHidden(ele) && !isDimmed(ele),
        endOnPointerMove: false,
      });
    layerRef.current?.draw();
    scheduleFrame();
  });

  useEffect(() => {
    scheduleFrame();
  }, [tracked]);

  useImperativeHandle(
    ref,
    () => ({
      fit() {
        const cy = cyRef.current;
        if (!cy) return;
        moved.current = false;
        moveViewport(cy, fittedViewport(cy, undefined, [], large.current), true);
      },
      zoomBy(factor: number) {
        const cy = cyRef.current;
        if (!cy) return;
        moved.current = true;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.stop(true, false);
        cy.animate(
          { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
          { duration: ZOOM_STEP_MS },
        );
      },
      reset() {
        setResets((n) => n + 1);
      },
    }),
    [],
  );

  return (
    <>
      <div ref={containerRef} className="graph-canvas" data-testid="graph.canvas" />
      {loadError !== null ? (
        <p className="state state-error" role="alert" data-testid="graph.load-error">
          The graph canvas could not be loaded ({loadError}). Reload the page to try again.
        </p>
      ) : null}
    </>
  );
}

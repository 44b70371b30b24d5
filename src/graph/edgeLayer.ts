/**
 * The edge layer of a large graph: a canvas beneath Cytoscape's own that draws the edges of
 * edgeLayerPlan.ts as one path per style, in Cytoscape's viewport (model → rendered: model ×
 * zoom + pan). GraphCanvas owns it next to the instance, feeds it the edges and the
 * emphasis, and tells it when the viewport or the nodes move.
 *
 * While the viewport moves, the last picture is moved and scaled by a CSS transform (the
 * compositor does that, not the main thread) and drawn again once the viewport has been still
 * for a moment, as Cytoscape's own `textureOnViewport` does for the nodes. Node moves (a
 * layout switching, a drag) draw it again at the next animation frame.
 *
 * In the overview (below LARGE_LABEL_MIN_ZOOM) it draws the nodes too, above the edges, one
 * path per look (nodeLook.ts), while Cytoscape keeps them transparent for taps and hovers
 * (overviewStylesheet): Cytoscape drawing them made the slow frames of a pan. Above them it
 * names the most important nodes on screen, where their labels fit (overviewLabels.ts), on a
 * canvas of their own: a hovered node's label is Cytoscape's, and the layer's labels make room
 * for it without the layer being drawn again.
 *
 * Why not cytoscape-layers or cytoscape-canvas: both draw their layer again on every render
 * of the instance, which is what this layer exists to avoid while the view moves.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { EdgeData } from './elements.ts';
import { NO_EMPHASIS, type Emphasis } from './emphasis.ts';
import {
  HOVERED_EDGE_WIDTH,
  LABEL_FONT_FAMILY,
  LABEL_MARGIN,
  largeGraphStylesheet,
  OVERVIEW_SELECTED_FONT,
} from './style.ts';
import {
  edgeAt,
  layerStyle,
  planLayer,
  type LayerBatch,
  type LayerPlan,
  type LineStyle,
} from './edgeLayerPlan.ts';
import { arrowOutline, arrowSize, outlinePoint } from './layerArrows.ts';
import { LookBook, lookKey, traceShape, type NodeLook } from './nodeLook.ts';
import type { Cytoscape } from './cytoscapeModule.ts';
import {
  planOverviewLabels,
  type LabelFont,
  type LabelText,
  type OverviewNode,
} from './overviewLabels.ts';
import { textWidthIn } from './canvasLabels.ts';
import { NextFrameTask } from './nextFrameTask.ts';
import type { SvgEdge } from './svgDocument.ts';
import type { Point } from './visible.ts';

/** Below this zoom, dashed and dotted lines are drawn solid: their pattern would not show. */
const DASH_MIN_ZOOM = 0.35;
/** Below this zoom no arrowhead is drawn: a statement's would be under 3 px long. */
const ARROW_MIN_ZOOM = 0.35;
/** The thinnest line drawn, in CSS pixels, so that zoomed-out edges stay visible. */
const MIN_LINE_PX = 0.6;
/** The picture is drawn again once the viewport has been still this long. */
const STILL_MS = 120;

/** Dash patterns on screen (CSS pixels), as Cytoscape draws `line-style`. */
const DASHES: Record<LineStyle, number[]> = { solid: [], dashed: [6, 4], dotted: [1.5, 3] };
/** The same, as SVG `stroke-dasharray` (svgFromCy.ts). */
const SVG_DASHES: Record<LineStyle, string | undefined> = {
  solid: undefined,
  dashed: '6 4',
  dotted: '1.5 3',
};

/** A label's font as a CSS `font` value. */
const cssFont = (font: LabelFont): string =>
  `${font.style} ${font.weight} ${font.size}px ${LABEL_FONT_FAMILY}`;

/** The width of a label's text in CSS pixels. */
const measureLabel = (text: string, font: LabelFont): number =>
  textWidthIn(cssFont(font), font.size, text);

/** One of the layer's canvases: a picture only, for tests to find by `testId`. */
function layerCanvas(testId: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-edge-layer';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset.testid = testId;
  return canvas;
}

/** A node the overview could name, where the picture shows it. */
type LabelCandidateNode = OverviewNode & { node: NodeSingular };

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  /**
   * Above the layer, the edge under the pointer, wider (as Cytoscape's `edge.hovered`): drawn
   * and cleared alone, without drawing the layer again.
   */
  private readonly hoverCanvas: HTMLCanvasElement;
  private readonly hoverCtx: CanvasRenderingContext2D | null;
  /** Between the two, the overview's labels: placed again alone when a node is hovered. */
  private readonly labelCanvas: HTMLCanvasElement;
  private readonly labelCtx: CanvasRenderingContext2D | null;
  private hovered: string | null = null;
  private edges: readonly EdgeData[] = [];
  private byId = new Map<string, EdgeData>();
  private interactive: ReadonlySet<string> = new Set();
  private emphasis: Emphasis = NO_EMPHASIS;
  private plan: LayerPlan | null = null;
  private shownIds: Set<string> | null = null;
  /** The viewport the current picture was drawn in. */
  private drawnAt: { zoom: number; pan: Point } | null = null;
  private frame = 0;
  private timer = 0;
  /** Whether the layer draws the nodes (the overview) or Cytoscape does. */
  private nodesDrawn = true;
  /**
   * The nodes' looks and their labels' fonts, as the large graph's stylesheet resolves them
   * (nodeLook.ts): its rules with labels, for the fonts; the bodies are the same without.
   */
  private readonly looks: LookBook;
  /** Ids of the nodes the last picture names (the overview's labels). */
  private named: string[] = [];
  /** The nodes the last picture could name: shown, undimmed, on screen (drawNodes). */
  private labelCandidates: LabelCandidateNode[] = [];
  /** The overview's labels, drawn once the nodes have been shown (drawNodes). */
  private readonly labelTask = new NextFrameTask();
  /** Node positions of the last picture: the pointer hits the edges where they are drawn. */
  private drawnPositions: Map<string, Point> | null = null;

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
    cytoscape: Cytoscape,
  ) {
    this.looks = new LookBook(largeGraphStylesheet(true), cytoscape);
    // Beneath Cytoscape's canvases, in this order: the layer, its labels, the hovered edge.
    this.canvas = layerCanvas('graph.edge-layer');
    container.insertBefore(this.canvas, container.firstChild);
    this.ctx = this.canvas.getContext('2d');
    this.labelCanvas = layerCanvas('graph.layer-labels');
    this.canvas.after(this.labelCanvas);
    this.labelCtx = this.labelCanvas.getContext('2d');
    this.hoverCanvas = layerCanvas('graph.edge-hover');
    this.labelCanvas.after(this.hoverCanvas);
    this.hoverCtx = this.hoverCanvas.getContext('2d');
    this.resize();
  }

  /** The edge under the pointer (one the layer draws), or null; drawn wider above the rest. */
  setHovered(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.drawHovered();
  }

  /** Draws the hovered edge alone, once the picture is still (cleared while it moves). */
  private drawHovered(): void {
    const ctx = this.hoverCtx;
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.hoverCanvas.width, this.hoverCanvas.height);
    const edge = this.hovered === null ? undefined : this.byId.get(this.hovered);
    const at = this.drawnPositions;
    const drawn = this.drawnAt;
    if (!edge || !at || !drawn || this.canvas.style.transform !== '' || !this.shows(edge.id)) {
      return;
    }
    const p = at.get(edge.source);
    const q = at.get(edge.target);
    if (!p || !q) return;
    const ratio = window.devicePixelRatio || 1;
    const { zoom, pan } = drawn;
    ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const style = layerStyle(edge);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = style.color;
    ctx.lineWidth = Math.max(HOVERED_EDGE_WIDTH * zoom, 2) / zoom;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(q.x, q.y);
    ctx.stroke();
    if (zoom >= ARROW_MIN_ZOOM) {
      const batch = { style, alpha: 1, ends: [edge.source, edge.target], ids: [edge.id] };
      this.fillArrows(ctx, batch, at, null);
    }
  }

  /** The edges to draw (all of the graph's), and those Cytoscape draws instead. */
  setEdges(edges: readonly EdgeData[], interactive: ReadonlySet<string>): void {
    if (edges !== this.edges) {
      this.edges = edges;
      this.byId = new Map(edges.map((edge) => [edge.id, edge]));
    }
    this.interactive = interactive;
    this.plan = null;
  }

  /** Whether the layer draws the nodes (see overviewStylesheet); draws at once if changed. */
  setNodesDrawn(on: boolean): void {
    if (on === this.nodesDrawn) return;
    this.nodesDrawn = on;
    this.draw();
  }

  /** Whether the layer draws the nodes. */
  drawsNodes(): boolean {
    return this.nodesDrawn;
  }

  setEmphasis(emphasis: Emphasis): void {
    if (emphasis === this.emphasis) return;
    this.emphasis = emphasis;
    this.plan = null;
  }

  private currentPlan(): LayerPlan {
    if (!this.plan) {
      this.plan = planLayer(this.edges, this.emphasis, this.interactive);
      this.shownIds = null;
    }
    return this.plan;
  }

  /** Ids of the edges the layer shows (dimmed ones included). */
  shown(): string[] {
    return [...this.currentPlan().shown];
  }

  /** Ids of the edges it shows dimmed. */
  dimmed(): string[] {
    return [...this.currentPlan().dimmed];
  }

  /** Whether the layer shows `id`. */
  shows(id: string): boolean {
    const plan = this.currentPlan();
    this.shownIds ??= new Set(plan.shown);
    return this.shownIds.has(id);
  }

  /**
   * The shown edge drawn under `at` (model units), within `tolerance` (model units) of its
   * line, or null: Cytoscape cannot hit the layer's edges, so the canvas asks here.
   */
  edgeAt(at: Point, tolerance: number): string | null {
    return edgeAt(this.currentPlan(), this.drawnPositions ?? this.positions(), at, tolerance);
  }

  /** The rendered midpoint of a shown edge (CSS pixels within the canvas), else null. */
  renderedMidpoint(id: string): Point | null {
    const edge = this.byId.get(id);
    if (!edge || !this.shows(id)) return null;
    const a = this.cy.getElementById(edge.source);
    const b = this.cy.getElementById(edge.target);
    if (a.empty() || b.empty()) return null;
    const p = a.renderedPosition();
    const q = b.renderedPosition();
    return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  }

  /** Matches the canvas to its container (device pixels), then draws. */
  resize(): void {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.cy.width() * ratio));
    const height = Math.max(1, Math.round(this.cy.height() * ratio));
    for (const canvas of [this.canvas, this.labelCanvas, this.hoverCanvas]) {
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
    }
    this.draw();
  }

  /** Node positions, by id, as they are now. */
  private positions(): Map<string, Point> {
    const at = new Map<string, Point>();
    this.cy.nodes().forEach((node) => {
      at.set(node.id(), node.position());
    });
    return at;
  }

  /** Draws the plan now, in the current viewport. */
  draw(): void {
    this.cancel();
    const ctx = this.ctx;
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.canvas.style.transform = '';
    this.clearLabels();
    this.drawnAt = { zoom, pan: { x: pan.x, y: pan.y } };
    const at = this.positions();
    this.drawnPositions = at;
    ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    ctx.lineCap = 'butt';
    // The model-space rectangle on screen: a segment with both ends beyond one of its sides
    // cannot cross it and is not drawn (most of them, once zoomed in).
    const x1 = -pan.x / zoom;
    const y1 = -pan.y / zoom;
    const x2 = x1 + this.cy.width() / zoom;
    const y2 = y1 + this.cy.height() / zoom;
    for (const batch of this.currentPlan().batches) {
      const { style } = batch;
      ctx.globalAlpha = batch.alpha;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = Math.max(style.width * zoom, MIN_LINE_PX) / zoom;
      const dash = zoom >= DASH_MIN_ZOOM ? DASHES[style.line] : DASHES.solid;
      ctx.setLineDash(dash.map((d) => d / zoom));
      ctx.beginPath();
      const ends = batch.ends;
      for (let i = 0; i < ends.length; i += 2) {
        const p = at.get(ends[i]!);
        const q = at.get(ends[i + 1]!);
        if (!p || !q) continue;
        if (
          (p.x < x1 && q.x < x1) ||
          (p.x > x2 && q.x > x2) ||
          (p.y < y1 && q.y < y1) ||
          (p.y > y2 && q.y > y2)
        ) {
          continue;
        }
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(q.x, q.y);
      }
      ctx.stroke();
      if (zoom >= ARROW_MIN_ZOOM) this.fillArrows(ctx, batch, at, { x1, y1, x2, y2 });
    }
    if (this.nodesDrawn) this.drawNodes(ctx, zoom, { x1, y1, x2, y2 });
    else this.labelCandidates = [];
    this.drawHovered();
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }

  /** Ids of the nodes whose label the layer draws (the overview names the most important). */
  labelled(): string[] {
    return [...this.named];
  }

  /**
   * The nodes in the instance (hidden ones are out of it), those on screen, one path per
   * look. Cytoscape draws them in z-order; here the order is that of the looks, which only
   * shows where nodes overlap, a pixel or two at overview zooms.
   */
  private drawNodes(
    ctx: CanvasRenderingContext2D,
    zoom: number,
    view: { x1: number; y1: number; x2: number; y2: number },
  ): void {
    const batches = new Map<string, { look: NodeLook; at: number[] }>();
    const pan = this.cy.pan();
    const named: LabelCandidateNode[] = [];
    this.cy.nodes().forEach((node) => {
      // Hidden nodes are out of the instance, but for a moment while they go (applyEmphasis,
      // hideByRemoval).
      if (node.hasClass('hidden') || this.emphasis.hidden.has(node.id())) return;
      const p = node.position();
      const look = this.looks.look(node);
      const rx = look.width / 2;
      const ry = look.height / 2;
      if (p.x + rx < view.x1 || p.x - rx > view.x2 || p.y + ry < view.y1 || p.y - ry > view.y2) {
        return;
      }
      const key = lookKey(look);
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { look, at: [] }));
      batch.at.push(p.x, p.y, look.width, look.height);
      // A dimmed node's label would be a bright word on a faded dot.
      if (this.emphasis.dimmed.has(node.id())) return;
      const outer = look.borderWidth;
      named.push({
        id: node.id(),
        x: p.x * zoom + pan.x,
        y: p.y * zoom + pan.y,
        width: (look.width + outer) * zoom,
        height: (look.height + outer) * zoom,
        // labelPriority, as the small graph's placement takes it (elements.ts).
        priority: Number(node.data('z')) || 0,
        node,
      });
    });
    for (const { look, at } of batches.values()) {
      ctx.beginPath();
      for (let i = 0; i < at.length; i += 4) {
        traceShape(ctx, look.shape, at[i]!, at[i + 1]!, at[i + 2]!, at[i + 3]!);
      }
      ctx.globalAlpha = look.opacity * look.fillOpacity;
      ctx.fillStyle = look.fill;
      ctx.fill();
      if (look.borderWidth > 0) {
        ctx.globalAlpha = look.opacity;
        ctx.strokeStyle = look.border;
        ctx.lineWidth = look.borderWidth;
        ctx.setLineDash(look.dashed && zoom >= DASH_MIN_ZOOM ? [4, 3] : []);
        ctx.stroke();
      }
    }
    // The labels follow in a task after the frame: the picture a filter or a move changes is
    // shown without waiting for their placement (~2-4 ms at 10 000 nodes, ~14 ms cold).
    this.labelCandidates = named;
    this.labelTask.schedule(() => this.drawLabels());
  }

  /**
   * A node was hovered or left: its label is now Cytoscape's, or the layer's again. The
   * overview's labels are placed again (a task after the frame), the rest stays as drawn.
   * While the view moves, the picture it ends with places them.
   */
  relabel(): void {
    if (!this.nodesDrawn || this.canvas.style.transform !== '' || this.frame !== 0) return;
    this.labelTask.schedule(() => this.drawLabels());
  }

  private clearLabels(): void {
    this.labelTask.cancel();
    this.named = [];
    this.labelCanvas.style.transform = '';
    const ctx = this.labelCtx;
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.labelCanvas.width, this.labelCanvas.height);
  }

  /**
   * The overview's labels, in CSS pixels over the nodes (see overviewLabels.ts). Cytoscape
   * draws the selected and the hovered node, label included: the layer keeps its labels off
   * theirs.
   */
  private drawLabels(): void {
    this.clearLabels();
    const ctx = this.labelCtx;
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const bounds = { x1: 0, y1: 0, x2: this.cy.width(), y2: this.cy.height() };
    const drawnByCytoscape = new Set<string>();
    this.cy.nodes(':selected, .hovered').forEach((node) => void drawnByCytoscape.add(node.id()));
    const nodes = this.labelCandidates.map((candidate) =>
      drawnByCytoscape.has(candidate.id) ? { ...candidate, reserved: true } : candidate,
    );
    const labels = planOverviewLabels(
      nodes,
      ({ node, reserved }) => this.labelText(node, reserved === true),
      bounds,
      measureLabel,
      LABEL_MARGIN,
    );
    this.named = labels.map((label) => label.id);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.setLineDash([]);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const { text, font, box } of labels) {
      ctx.globalAlpha = font.backgroundOpacity;
      ctx.fillStyle = font.background;
      ctx.beginPath();
      ctx.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, 2);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.fillStyle = font.color;
      ctx.font = cssFont(font);
      ctx.fillText(text, (box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
    }
  }

  /** What a node's label says and how: the selected one's (Cytoscape's) in full. */
  private labelText(node: NodeSingular, reserved: boolean): LabelText {
    const font = this.looks.label(node);
    if (!reserved) return { text: String(node.data('short') ?? ''), font };
    const text = String((node.selected() ? node.data('label') : node.data('short')) ?? '');
    return { text, font: { ...font, size: OVERVIEW_SELECTED_FONT, maxWidth: Infinity } };
  }

  /** Draws at the next animation frame (nodes moved); once however often it is asked. */
  requestDraw(): void {
    if (this.frame !== 0) return;
    window.clearTimeout(this.timer);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /**
   * The viewport moved: moves the last picture along (a CSS transform), and draws it anew
   * once the viewport is still.
   */
  viewportMoved(): void {
    const drawn = this.drawnAt;
    if (!drawn) return this.requestDraw();
    if (this.frame !== 0) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    // rendered = model × zoom + pan: a pixel drawn at q in the old viewport is now at
    // (q − pan₀) × zoom / zoom₀ + pan.
    const scale = zoom / drawn.zoom;
    const dx = pan.x - drawn.pan.x * scale;
    const dy = pan.y - drawn.pan.y * scale;
    this.canvas.style.transform = `translate(${dx}px, ${dy}px) scale(${scale})`;
    this.labelCanvas.style.transform = this.canvas.style.transform;
    this.drawHovered();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.draw(), STILL_MS);
  }

  /** Whether the picture is up to date with the viewport and the nodes. */
  idle(): boolean {
    return this.frame === 0 && this.canvas.style.transform === '' && !this.labelTask.pending;
  }

  /** The shown edges as SVG lines (svgDocument.ts), for the SVG export. */
  svgEdges(): SvgEdge[] {
    const at = this.positions();
    const out: SvgEdge[] = [];
    const looks = new Map<string, NodeLook | null>();
    for (const batch of this.currentPlan().batches) {
      for (let i = 0; i < batch.ends.length; i += 2) {
        const p = at.get(batch.ends[i]!);
        const q = at.get(batch.ends[i + 1]!);
        if (!p || !q) continue;
        // With an arrow, the line ends where the arrow's tip goes: at the target's outline.
        const tip =
          batch.style.arrow === 'none' ? null : this.arrowTip(batch.ends[i + 1]!, p, q, looks);
        out.push({
          points: [{ x: p.x, y: p.y }, tip ?? { x: q.x, y: q.y }],
          color: batch.style.color,
          width: batch.style.width,
          dash: SVG_DASHES[batch.style.line],
          opacity: batch.alpha,
          arrow: tip !== null,
        });
      }
    }
    return out;
  }

  /**
   * Draws the shown edges into `ctx`, whose transform maps model units to its pixels (for the
   * PNG export, beneath the nodes).
   */
  paintInto(ctx: CanvasRenderingContext2D, scale: number): void {
    const at = this.positions();
    for (const batch of this.currentPlan().batches) {
      ctx.globalAlpha = batch.alpha;
      ctx.strokeStyle = batch.style.color;
      ctx.lineWidth = Math.max(batch.style.width * scale, MIN_LINE_PX) / scale;
      ctx.setLineDash(DASHES[batch.style.line].map((d) => d / scale));
      ctx.beginPath();
      for (let i = 0; i < batch.ends.length; i += 2) {
        const p = at.get(batch.ends[i]!);
        const q = at.get(batch.ends[i + 1]!);
        if (!p || !q) continue;
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(q.x, q.y);
      }
      ctx.stroke();
      this.fillArrows(ctx, batch, at, null);
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }

  /**
   * Where an edge from `p` to the node `target` at `q` meets the node's outline (its arrow's
   * tip), or null. `looks` caches the nodes' looks for one picture.
   */
  private arrowTip(
    target: string,
    p: Point,
    q: Point,
    looks: Map<string, NodeLook | null>,
  ): Point | null {
    let look = looks.get(target);
    if (look === undefined) {
      const node = this.cy.getElementById(target);
      look = node.nonempty() && node.isNode() ? this.looks.look(node) : null;
      looks.set(target, look);
    }
    if (!look) return null;
    const outer = look.borderWidth;
    return outlinePoint(p, q, look.shape, look.width + outer, look.height + outer);
  }

  /**
   * The batch's arrowheads (layerArrows.ts), filled in its colour; only those whose target is
   * in `view` (model units), or all without one.
   */
  private fillArrows(
    ctx: CanvasRenderingContext2D,
    batch: LayerBatch,
    at: Map<string, Point>,
    view: { x1: number; y1: number; x2: number; y2: number } | null,
  ): void {
    const { style, ends } = batch;
    if (style.arrow === 'none') return;
    const size = arrowSize(style.width, style.arrowScale);
    const looks = new Map<string, NodeLook | null>();
    ctx.beginPath();
    for (let i = 0; i < ends.length; i += 2) {
      const p = at.get(ends[i]!);
      const q = at.get(ends[i + 1]!);
      if (!p || !q) continue;
      if (view && (q.x < view.x1 - size || q.x > view.x2 + size)) continue;
      if (view && (q.y < view.y1 - size || q.y > view.y2 + size)) continue;
      const tip = this.arrowTip(ends[i + 1]!, p, q, looks);
      const outline = tip && arrowOutline(style.arrow, p, tip, size);
      if (!outline) continue;
      if (outline.kind === 'circle') {
        ctx.moveTo(outline.x + outline.radius, outline.y);
        ctx.arc(outline.x, outline.y, outline.radius, 0, 2 * Math.PI);
        continue;
      }
      outline.points.forEach((point, j) =>
        j === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y),
      );
      ctx.closePath();
    }
    ctx.fillStyle = style.color;
    ctx.fill();
  }

  private cancel(): void {
    this.labelTask.cancel();
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    window.clearTimeout(this.timer);
  }

  destroy(): void {
    this.cancel();
    this.looks.destroy();
    this.canvas.remove();
    this.labelCanvas.remove();
    this.hoverCanvas.remove();
  }
}

/** Page object for the network pane: canvas, layouts, controls, legend, focus and paths. */
import type { Locator, Page } from '@playwright/test';
import type { VisibleElements } from '../../src/graph/visible.ts';

export type LayoutName = 'force' | 'concentric' | 'hierarchy' | 'timeline';
export type CanvasControl = 'fit' | 'zoomIn' | 'zoomOut' | 'reset';
export type LegendGroup = 'kind' | 'actorType' | 'marker' | 'stance' | 'edge';

export interface Point {
  x: number;
  y: number;
}

export interface Emphasis {
  highlighted: VisibleElements;
  dimmed: VisibleElements;
}

export class GraphPage {
  readonly canvas: Locator;
  readonly legend: Locator;
  readonly legendItems: Locator;
  readonly tooltip: Locator;
  readonly tooltipTitle: Locator;
  readonly tooltipKind: Locator;
  readonly timelineAxis: Locator;
  readonly timelineTicks: Locator;
  readonly layoutHint: Locator;
  readonly focusToggle: Locator;
  readonly focusDepth: Locator;
  readonly focusHide: Locator;
  readonly pathStart: Locator;
  readonly pathTarget: Locator;
  readonly pathClear: Locator;
  readonly pathMessage: Locator;
  readonly pathSummary: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('graph.canvas');
    this.legend = page.getByTestId('graph.legend');
    this.legendItems = this.legend.locator('[data-testid^="graph.legend."]');
    this.tooltip = page.getByTestId('graph.tooltip');
    this.tooltipTitle = page.getByTestId('graph.tooltip.title');
    this.tooltipKind = page.getByTestId('graph.tooltip.kind');
    this.timelineAxis = page.getByTestId('graph.timeline.axis');
    this.timelineTicks = page.getByTestId('graph.timeline.tick');
    this.layoutHint = page.getByTestId('graph.layout.hint');
    this.focusToggle = page.getByTestId('graph.focus.toggle');
    this.focusDepth = page.getByTestId('graph.focus.depth');
    this.focusHide = page.getByTestId('graph.focus.hide');
    this.pathStart = page.getByTestId('graph.path.start');
    this.pathTarget = page.getByTestId('graph.path.target');
    this.pathClear = page.getByTestId('graph.path.clear');
    this.pathMessage = page.getByTestId('graph.path.message');
    this.pathSummary = page.getByTestId('graph.path.summary');
  }

  /** Opens the explorer with these URL parameters and waits for the first complete render. */
  async open(params: Record<string, string>): Promise<void> {
    await this.page.goto(`/?${new URLSearchParams(params).toString()}`);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => window.claimgraph?.ready === true);
  }

  // ---- the first picture (src/graph/sketch.ts) ----

  /** A small graph's sketch, on screen until Cytoscape draws. */
  get sketch(): Locator {
    return this.canvas.getByTestId('graph.sketch');
  }

  /**
   * Holds Cytoscape's chunk back, as a slow network would, until the returned function is
   * called: meanwhile the page shows the sketch.
   */
  async holdCytoscape(): Promise<() => void> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(/\/assets\/cytoscape[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  /** Makes Cytoscape's chunk fail to load, as a release that removed it would. */
  async failCytoscape(): Promise<void> {
    await this.page.route(/\/assets\/cytoscape[^/]*\.js$/, (route) => route.abort());
  }

  /** What the pane says when Cytoscape could not be loaded. */
  get loadError(): Locator {
    return this.page.getByTestId('graph.load-error');
  }

  /** Whether a complete picture of the document is on screen (its sketch or the canvas). */
  async painted(): Promise<boolean> {
    return this.page.evaluate(() => window.claimgraph?.painted === true);
  }

  /** When the document's sketch was drawn (the page's clock), or null. */
  async sketchedAt(): Promise<number | null> {
    return this.page.evaluate(() => window.claimgraph?.sketchedAt ?? null);
  }

  /** Whether the document is rendered in Cytoscape (its elements laid out in the instance). */
  async ready(): Promise<boolean> {
    return this.page.evaluate(() => window.claimgraph?.ready === true);
  }

  /** A PNG of the graph pane's canvas area as it is on screen. */
  async canvasImage(): Promise<Buffer> {
    return this.canvas.screenshot({ animations: 'disabled' });
  }

  /** A URL parameter of the current page, or null. */
  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  // ---- layouts and viewport ----

  layoutButton(name: LayoutName): Locator {
    return this.page.getByTestId(`graph.layout.${name}`);
  }

  /** Clicks a layout and waits until its positions are in place (the animation is over). */
  async chooseLayout(name: LayoutName): Promise<void> {
    await this.layoutButton(name).click();
    await this.waitForLayout(name);
  }

  async waitForLayout(name: LayoutName): Promise<void> {
    await this.page.waitForFunction((wanted) => window.claimgraph?.layout() === wanted, name);
  }

  /** The layout whose positions are in place ('' while one is moving nodes). */
  async layout(): Promise<string> {
    return this.page.evaluate(() => window.claimgraph?.layout() ?? '');
  }

  control(name: CanvasControl): Locator {
    return this.page.getByTestId(`graph.${name}`);
  }

  async zoom(): Promise<number> {
    return this.page.evaluate(() => window.claimgraph?.zoom() ?? 1);
  }

  /** Ids of the nodes a large graph's layer names seen from afar (sorted). */
  async layerLabels(): Promise<string[]> {
    return this.page.evaluate(() => window.claimgraph?.layerLabels() ?? []);
  }

  /** The boxes of the node labels Cytoscape draws on the canvas (rendered pixels). */
  async labelBoxes(): Promise<{ id: string; x1: number; y1: number; x2: number; y2: number }[]> {
    return this.page.evaluate(() => window.claimgraph?.labelBoxes() ?? []);
  }

  /** Zooms in with the canvas control until the zoom reaches `level`, settled each step. */
  async zoomInTo(level: number): Promise<void> {
    for (let step = 0; step < 40 && (await this.zoom()) < level; step++) {
      await this.useControl('zoomIn');
    }
  }

  /** Clicks a canvas control and waits for the viewport to settle. */
  async useControl(name: CanvasControl): Promise<void> {
    await this.control(name).click();
    await this.settle();
  }

  /** Waits until nothing moves: no layout running, no viewport or node animation. */
  async settle(): Promise<void> {
    await this.page.waitForFunction(() => window.claimgraph?.idle() === true);
    // Animations may chain (a fit, then a centring): wait for a quiet frame more.
    await this.page.waitForTimeout(50);
    await this.page.waitForFunction(() => window.claimgraph?.idle() === true);
  }

  async nodePosition(id: string): Promise<Point | null> {
    return this.page.evaluate((nodeId) => window.claimgraph?.nodePosition(nodeId) ?? null, id);
  }

  async nodePositions(ids: readonly string[]): Promise<Record<string, Point | null>> {
    return this.page.evaluate(
      (list) =>
        Object.fromEntries(list.map((id) => [id, window.claimgraph?.nodePosition(id) ?? null])),
      [...ids],
    );
  }

  /** Where an element is drawn, in page viewport pixels. */
  async clientPosition(id: string): Promise<Point> {
    const point = await this.page.evaluate(
      (elementId) => window.claimgraph?.clientPosition(elementId) ?? null,
      id,
    );
    if (!point) throw new Error(`element ${id} is not drawn`);
    return point;
  }

  /**
   * Where a node lies on the page, drawn or not (a hidden one is not): projected from a drawn
   * `reference` node and the zoom.
   */
  async projectedPosition(id: string, reference: string): Promise<Point> {
    const [at, model, ref, zoom] = await Promise.all([
      this.clientPosition(reference),
      this.nodePosition(reference),
      this.nodePosition(id),
      this.zoom(),
    ]);
    if (!model || !ref) throw new Error(`no position for ${id} or ${reference}`);
    return { x: at.x + (ref.x - model.x) * zoom, y: at.y + (ref.y - model.y) * zoom };
  }

  /** Whether a page point is on the canvas itself, not under a control, the legend or a panel. */
  async canvasAt(point: Point): Promise<boolean> {
    return this.page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[data-testid="graph.canvas"]') != null,
      point,
    );
  }

  async canvasCentre(): Promise<Point> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not displayed');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The time axis tick of a date column, by its label (`2016`, `Mar 2023`). */
  timelineTick(label: string): Locator {
    return this.timelineAxis.locator(`[data-label="${label}"]`);
  }

  // ---- pointer ----

  async hover(id: string): Promise<void> {
    const p = await this.clientPosition(id);
    await this.page.mouse.move(p.x, p.y);
  }

  /** Moves the pointer off every node, to an empty corner of the canvas. */
  async hoverBackground(): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not displayed');
    await this.page.mouse.move(box.x + 6, box.y + 6);
  }

  async tap(id: string): Promise<void> {
    const p = await this.clientPosition(id);
    await this.page.mouse.click(p.x, p.y);
  }

  /** Clicks an empty spot of the canvas (its top-left corner area). */
  async tapBackground(): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not displayed');
    await this.page.mouse.click(box.x + 6, box.y + 6);
  }

  /** Drags a node by (dx, dy) page pixels. */
  async drag(id: string, dx: number, dy: number): Promise<void> {
    const p = await this.clientPosition(id);
    await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.down();
    await this.page.mouse.move(p.x + dx / 2, p.y + dy / 2, { steps: 4 });
    await this.page.mouse.move(p.x + dx, p.y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  // ---- state through the test handle ----

  async visibleElements(): Promise<VisibleElements> {
    return this.page.evaluate(
      () => window.claimgraph?.visibleElements() ?? { nodes: [], edges: [] },
    );
  }

  /** A large graph's edge layer (src/graph/edgeLayer.ts); absent for small graphs. */
  get edgeLayer(): Locator {
    return this.page.getByTestId('graph.edge-layer');
  }

  /** How many pixels of the edge layer are drawn on (not transparent); 0 when it is absent. */
  async edgeLayerInk(): Promise<number> {
    if ((await this.edgeLayer.count()) === 0) return 0;
    return this.edgeLayer.evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
      return ink;
    });
  }

  /** A shown node drawn well inside the canvas (the one nearest its centre). */
  async nodeOnScreen(): Promise<string> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not displayed');
    const id = await this.page.evaluate((b) => {
      const api = window.claimgraph;
      if (!api) return null;
      const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const node of api.visibleElements().nodes) {
        const p = api.clientPosition(node);
        if (!p) continue;
        const d = Math.hypot(p.x - centre.x, p.y - centre.y);
        if (d < bestDistance) [best, bestDistance] = [node, d];
      }
      return best;
    }, box);
    if (id === null) throw new Error('no node is drawn');
    return id;
  }

  /**
   * The colours [r, g, b, a] of the pixels within `radius` of an element's drawn position,
   * on the large-graph layer or on Cytoscape's node canvas: which of the two draws a node
   * (seen from afar, a node is a pixel or two wide).
   */
  async pixelsNear(
    id: string,
    on: 'layer' | 'hover' | 'cytoscape',
    radius = 2,
  ): Promise<number[][]> {
    return this.pixelsAt(await this.clientPosition(id), on, radius);
  }

  /** The colours [r, g, b, a] of the pixels within `radius` of a page point (see pixelsNear). */
  async pixelsAt(
    point: Point,
    on: 'layer' | 'hover' | 'cytoscape',
    radius = 2,
  ): Promise<number[][]> {
    const canvas =
      on === 'layer'
        ? this.edgeLayer
        : on === 'hover'
          ? this.page.getByTestId('graph.edge-hover')
          : this.canvas.locator('canvas[data-id="layer2-node"]');
    return canvas.evaluate(
      (el: HTMLCanvasElement, { at, r }) => {
        const box = el.getBoundingClientRect();
        const ratio = el.width / box.width;
        const x = Math.round((at.x - box.left) * ratio) - r;
        const y = Math.round((at.y - box.top) * ratio) - r;
        const side = 2 * r + 1;
        const data = el.getContext('2d')?.getImageData(x, y, side, side).data ?? [];
        const out: number[][] = [];
        for (let i = 0; i < data.length; i += 4) out.push([...data.slice(i, i + 4)]);
        return out;
      },
      { at: point, r: radius },
    );
  }

  async emphasis(): Promise<Emphasis> {
    return this.page.evaluate(() => {
      const none = { nodes: [], edges: [] };
      return window.claimgraph?.emphasis() ?? { highlighted: none, dimmed: none };
    });
  }

  async canvasSelected(): Promise<string | null> {
    return this.page.evaluate(() => window.claimgraph?.canvasSelected() ?? null);
  }

  async selected(): Promise<string | null> {
    return this.page.evaluate(() => window.claimgraph?.selected() ?? null);
  }

  // ---- legend ----

  legendItem(group: LegendGroup, key: string): Locator {
    return this.page.getByTestId(`graph.legend.${group}.${key}`);
  }

  /** The `<group>.<key>` of every legend entry, in order. */
  async legendKeys(): Promise<string[]> {
    const ids = await this.legendItems.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-testid') ?? ''),
    );
    return ids.map((id) => id.replace(/^graph\.legend\./, ''));
  }

  // ---- focus ----

  /** Turns focus on (or off) for the selected node. */
  async toggleFocus(): Promise<void> {
    await this.focusToggle.click();
  }

  async setDepth(depth: 1 | 2 | 3): Promise<void> {
    await this.focusDepth.selectOption(String(depth));
  }

  async setHideRest(hide: boolean): Promise<void> {
    await this.focusHide.setChecked(hide);
  }

  // ---- paths ----

  /** "Path from here" on the selection, then the target from the list. */
  async pathTo(target: string): Promise<void> {
    await this.pathStart.click();
    await this.pathTarget.selectOption(target);
  }

  /** "Path from here" on the selection, then a tap on the target node. */
  async pathToByTap(target: string): Promise<void> {
    await this.pathStart.click();
    await this.tap(target);
  }

  async clearPath(): Promise<void> {
    await this.pathClear.click();
  }

  // ---- artefacts ----

  /** A screenshot of the whole page once the canvas is idle. */
  async screenshot(path: string): Promise<void> {
    await this.settle();
    await this.page.screenshot({ path });
  }
}

/**
 * A large graph (issue 7): above 500 nodes the canvas keeps its nodes in Cytoscape and draws
 * its edges on a layer beneath them (src/graph/edgeLayer.ts). What the user sees must not
 * change with it: every edge is drawn and counted, filters hide exactly what the model says,
 * hidden nodes come back where they were, any edge can be hovered and clicked, the nodes
 * seen from afar are drawn on the layer in their colours and the busiest named, the long
 * source text renders as it is scrolled yet shows any selected passage, and the SVG and PNG
 * exports contain the edges.
 */
import { writeFileSync } from 'node:fs';
import { generateCorpus } from '../bench/generate.ts';
import { ACTOR_TYPE_COLORS, STANCE_COLORS } from '../src/graph/palette.ts';
import { overlappingBoxes } from './graph-support.ts';
import { buildGraph, type ClaimGraph } from '../src/model/build.ts';
import { claimRows } from '../src/model/claims-table.ts';
import { applyFilters } from '../src/model/filters.ts';
import { allStatements } from '../src/model/queries.ts';
import type { GraphNode } from '../src/model/schema.ts';
import { speakerOptions } from '../src/ui/filterOptions.ts';
import { PICKER_LIMIT } from '../src/ui/pickerRows.ts';
import { ROW_PAGE } from '../src/ui/rowWindow.ts';
import { LIST_PAGE } from '../src/ui/usePage.ts';
import { expect, test } from './fixtures.ts';

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The node of most edges among those `which` accepts (the largest drawn). */
function busiest(model: ClaimGraph, which: (node: GraphNode) => boolean): string {
  const ids = model.filterNodes((_id, node) => which(node));
  const best = ids.sort((a, b) => model.degree(b) - model.degree(a))[0];
  if (best === undefined) throw new Error('no such node in the corpus');
  return best;
}

const hexToRgb = (hex: string): number[] =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

test('a large graph draws its edges on a layer, and filters, selection and exports see them', async ({
  explorer,
  importer,
  graph,
  exporter,
  panels,
  filters,
}, testInfo) => {
  test.setTimeout(180_000);
  const corpus = generateCorpus({ nodes: 2400, id: 'large' });
  const model = buildGraph(corpus.graph);
  const file = testInfo.outputPath('large.json');
  writeFileSync(
    file,
    JSON.stringify({ claimgraphExport: 1, graph: corpus.graph, text: corpus.text }),
  );

  await explorer.goto();
  await explorer.waitReady();
  await importer.importFile(file);
  const doc = await importer.waitForImported();

  // Every node and every edge (derived ones included) is shown; the layer draws the edges.
  const all = await graph.visibleElements();
  expect(all.nodes).toEqual(sorted(model.nodes()));
  expect(all.edges).toEqual(sorted(model.edges()));
  await expect(graph.edgeLayer).toHaveCount(1);
  expect(await graph.edgeLayerInk()).toBeGreaterThan(2000);

  // Seen from afar, the layer draws the nodes too, in their colours, and Cytoscape keeps them
  // transparent; a selected node is Cytoscape's to draw (with its label).
  const person = busiest(
    model,
    (node) => node.kind === 'actor' && node.actorType === 'person' && !node.anonymous,
  );
  const fill = hexToRgb(ACTOR_TYPE_COLORS.person);
  await graph.settle();
  const onLayer = await graph.pixelsNear(person, 'layer');
  expect(onLayer.map((rgba) => rgba.slice(0, 3))).toContainEqual(fill);
  const drawnByCytoscape = async () =>
    (await graph.pixelsNear(person, 'cytoscape')).filter((rgba) => (rgba[3] ?? 0) > 0).length;
  expect(await drawnByCytoscape()).toBe(0);
  // The layer names some of the busiest actors, not every node (they would overlap).
  const named = await graph.layerLabels();
  const busiestActors = model
    .filterNodes((_id, node) => node.kind === 'actor')
    .sort((a, b) => model.degree(b) - model.degree(a))
    .slice(0, 10);
  expect(named.length).toBeGreaterThan(5);
  expect(named.length).toBeLessThan(model.order / 4);
  expect(busiestActors.filter((id) => named.includes(id)).length).toBeGreaterThan(0);
  await graph.open({ doc, sel: person });
  await graph.settle();
  await expect.poll(drawnByCytoscape).toBeGreaterThan(0);
  // Cytoscape draws the selected node's label; the layer leaves it out.
  const namedNode = named[0] as string;
  await graph.open({ doc, sel: namedNode });
  await graph.settle();
  expect(await graph.layerLabels()).not.toContain(namedNode);
  await graph.open({ doc });
  // A hovered node's label is Cytoscape's too: the layer's labels make room for it, and it is
  // the layer's again once the pointer leaves.
  await graph.settle();
  expect(await graph.layerLabels()).toContain(namedNode);
  await graph.hover(namedNode);
  await graph.settle();
  expect(await graph.layerLabels()).not.toContain(namedNode);
  await graph.hoverBackground();
  await graph.settle();
  expect(await graph.layerLabels()).toContain(namedNode);

  // Zoomed in, Cytoscape draws the labels of the nodes on the canvas, and none overlaps another.
  await graph.zoomInTo(1);
  expect(await graph.zoom()).toBeGreaterThanOrEqual(1);
  const boxes = await graph.labelBoxes();
  expect(boxes.length).toBeGreaterThan(3);
  expect(overlappingBoxes(boxes)).toEqual([]);
  // Further in, labels keep their size on screen, as a small graph's do (they grew with the
  // zoom, and the same few fitted at every zoom), and still none overlaps another.
  const medianHeight = (all: typeof boxes) =>
    all.map((box) => box.y2 - box.y1).sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0;
  const zoomedOnce = await graph.zoom();
  await graph.zoomInTo(zoomedOnce * 2.5);
  const closer = await graph.labelBoxes();
  expect(closer.length).toBeGreaterThan(3);
  // (A box has room around the text in model units, which grows with the zoom: 2.5 times
  // the zoom makes it ~1.4 times as tall, where labels grown with the zoom made it 2.5 times.)
  expect(medianHeight(closer)).toBeLessThan(medianHeight(boxes) * 1.7);
  expect(overlappingBoxes(closer)).toEqual([]);
  await graph.useControl('fit');

  // The speaker picker lists the most frequent speakers; narrowing it finds any other, and a
  // chosen one stays listed on top.
  const speakers = speakerOptions(model);
  expect(speakers.length).toBeGreaterThan(PICKER_LIMIT);
  await expect(filters.speakerOptions).toHaveCount(PICKER_LIMIT);
  await expect(filters.speakerMore).toContainText(`${speakers.length - PICKER_LIMIT} more`);
  const rare = speakers.at(-1) as (typeof speakers)[number];
  await filters.narrowSpeakers(rare.label);
  await filters.chooseSpeaker(rare.id);
  await filters.narrowSpeakers('');
  await expect(filters.speakerOptions.first()).toHaveAttribute(
    'data-testid',
    `filters.speaker.option.${rare.id}`,
  );
  await expect(filters.speakerOptions).toHaveCount(PICKER_LIMIT + 1);
  await expect.poll(() => filters.active()).toContainEqual({ kind: 'speaker', values: [rare.id] });
  await graph.open({ doc });

  // A stance filter shows exactly what the model keeps, edges included.
  const denials = applyFilters(model, { filters: [{ kind: 'stance', values: ['denial'] }] });
  const statement = model.findEdge(
    (_id, edge) => edge.kind === 'statement' && edge.stance === 'denial',
  );
  if (statement === undefined) throw new Error('the corpus has no denial');
  const speaker = model.source(statement);
  const before = await graph.nodePosition(speaker);
  await graph.open({ doc, stance: 'denial' });
  const shown = await graph.visibleElements();
  expect(shown.nodes).toEqual(sorted(denials.nodes));
  expect(shown.edges).toEqual(sorted(denials.edges));
  // Only shown nodes are named.
  await graph.settle();
  const namedNow = await graph.layerLabels();
  expect(namedNow.length).toBeGreaterThan(0);
  expect(namedNow.filter((id) => !denials.nodes.has(id))).toEqual([]);

  // An edge the layer draws is found under the pointer all the same: hovered, it shows its
  // tooltip; clicked, it is selected.
  await graph.hover(statement);
  await expect(graph.tooltipKind).toHaveText('Statement · denial');
  // Drawn wider above the layer while hovered, in its stance colour; gone once the pointer leaves.
  const inkOn = async () =>
    (await graph.pixelsNear(statement, 'hover', 1)).filter((rgba) => (rgba[3] ?? 0) > 0);
  const denialRgb = hexToRgb(STANCE_COLORS.denial);
  await expect
    .poll(async () => (await inkOn()).map((rgba) => rgba.slice(0, 3)))
    .toContainEqual(denialRgb);
  await graph.hover(speaker);
  await expect.poll(async () => (await inkOn()).length).toBe(0);
  await graph.hover(statement);
  await graph.tap(statement);
  await expect.poll(() => graph.selected()).toBe(statement);

  // The selected node's edges are Cytoscape's again: one of them can be clicked.
  await graph.open({ doc, stance: 'denial', sel: speaker });
  await graph.settle();
  await graph.tap(statement);
  await expect.poll(() => graph.selected()).toBe(statement);

  // The long source text renders its blocks as they come near; the selected element's
  // passages are rendered, marked and scrolled to, wherever they are in the text.
  await expect(panels.passages.first()).toBeVisible();
  expect(await panels.pendingBlocks.count()).toBeGreaterThan(0);
  const last = model.nodes().at(-1) as string;
  await graph.open({ doc, sel: last });
  await expect(panels.currentPassages.first()).toBeInViewport();
  const marked = await panels.currentPassages.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-elements') ?? ''),
  );
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.every((ids) => ids.split(' ').includes(last))).toBe(true);

  // Focus dims the rest, nodes in Cytoscape and edges on the layer alike.
  const kept = applyFilters(model, { filters: [{ kind: 'focus', node: speaker, depth: 1 }] });
  await graph.open({ doc, focus: speaker, depth: '1' });
  await expect
    .poll(async () => (await graph.emphasis()).dimmed)
    .toEqual({
      nodes: sorted(model.filterNodes((id) => !kept.nodes.has(id))),
      edges: sorted(model.filterEdges((id) => !kept.edges.has(id))),
    });

  // Cleared: every node is back, where it was.
  await graph.open({ doc });
  expect((await graph.visibleElements()).nodes).toHaveLength(model.order);
  expect(await graph.nodePosition(speaker)).toEqual(before);

  // The claims table draws a page of its rows and more on demand; a claim selected beyond
  // them is drawn after a gap.
  const claims = claimRows(model).map((row) => row.id);
  expect(claims.length).toBeGreaterThan(2 * ROW_PAGE);
  await panels.openTab('claims');
  expect((await panels.claimRows()).map((row) => row.id)).toEqual(claims.slice(0, ROW_PAGE));
  await panels.claimsMore.click();
  expect((await panels.claimRows()).map((row) => row.id)).toEqual(claims.slice(0, 2 * ROW_PAGE));
  // Chosen in search (the page stays, with the table's two pages drawn).
  const far = claims.at(-1) as string;
  await panels.search(model.getNodeAttribute(far, 'label'));
  await panels.searchResult(far).click();
  await expect.poll(() => graph.param('sel')).toBe(far);
  await expect(panels.claimRow(far)).toBeInViewport();
  await expect(panels.claimsGap).toContainText(`${claims.length - 2 * ROW_PAGE - 1} rows`);
  expect((await panels.claimRows()).map((row) => row.id)).toEqual([
    ...claims.slice(0, 2 * ROW_PAGE),
    far,
  ]);
  await graph.open({ doc });
  await panels.openTab('source');

  // A busy outlet's details draw the statements it relayed a page at a time.
  const relayedBy = (id: string) =>
    allStatements(model).filter((statement) => statement.via.includes(id)).length;
  const outlet = busiest(model, (node) => node.kind === 'actor' && relayedBy(node.id) > 0);
  const relayed = relayedBy(outlet);
  expect(relayed).toBeGreaterThan(2 * LIST_PAGE);
  await graph.open({ doc, sel: outlet });
  const section = panels.details.getByTestId('details.section.relayed');
  const page = section.getByTestId('details.relayed.page');
  await expect(section.locator('li')).toHaveCount(LIST_PAGE);
  await expect(page).toContainText(`${relayed - LIST_PAGE} more statements not shown`);
  await page.getByTestId('details.relayed.page.more').click();
  await expect(section.locator('li')).toHaveCount(2 * LIST_PAGE);
  await page.getByTestId('details.relayed.page.all').click();
  await expect(section.locator('li')).toHaveCount(relayed);
  await expect(page).toHaveCount(0);
  await graph.open({ doc });

  // Another layout moves the nodes (at once, at this size) and the layer follows them.
  await graph.chooseLayout('timeline');
  await graph.waitForLayout('timeline');
  expect(await graph.nodePosition(speaker)).not.toEqual(before);
  expect((await graph.visibleElements()).edges).toHaveLength(model.size);
  expect(await graph.edgeLayerInk()).toBeGreaterThan(2000);

  // The SVG export draws every edge (one stroked path each) under the nodes; the PNG has them.
  const svg = await exporter.exportAs('svg');
  const strokes = svg.text.match(/<path d="[^"]*" stroke=/g) ?? [];
  expect(strokes.length).toBeGreaterThanOrEqual(model.size);
  // …each with its arrowhead at the target (every edge of a claimgraph document has one).
  const edgeGroup = svg.text.split('<g class="edges"')[1]?.split('<g class="nodes">')[0] ?? '';
  expect((edgeGroup.match(/<path d="[^"]*" fill=/g) ?? []).length).toBe(model.size);
  // …and every node over them, though the layer draws them on screen (none transparent).
  const nodeShapes = svg.text.split('<g class="nodes">')[1]?.match(/<g opacity="[^"]*">/g) ?? [];
  expect(nodeShapes.length).toBe(model.order);
  expect(nodeShapes.filter((g) => g === '<g opacity="0">')).toEqual([]);
  const png = await exporter.exportAs('png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The exports drew the nodes through Cytoscape for a moment; the layer has them back.
  await graph.settle();
  const onScreen = await graph.nodeOnScreen();
  const inkNear = async (on: 'layer' | 'cytoscape') =>
    (await graph.pixelsNear(onScreen, on)).filter((rgba) => (rgba[3] ?? 0) > 0).length;
  await expect.poll(() => inkNear('cytoscape')).toBe(0);
  expect(await inkNear('layer')).toBeGreaterThan(0);
});

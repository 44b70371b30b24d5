// The naive baseline of the benchmark (issue 7): plain Cytoscape (the prebuilt UMD file,
// no bundler, no React), fed the very payload the app fetches. It adds every element the
// app draws (nodes, stored edges and the derived `reported` edges) at once, at the payload's
// precomputed positions (a `preset` layout), with Cytoscape's default style plus two rules
// for what the benchmark's filter and focus do: `.h` hides, `.d` fades.
//
// window.baseline: { ready, hide(ids), dim(ids), clear(), concentric(), visibleNodes(),
// dimmedNodes(), layoutName() }, driven by bench/run.ts through bench/page/probe.js.
/* global cytoscape */
const state = { ready: false, error: null, layout: 'preset' };
window.baseline = state;

const doc = new URLSearchParams(window.location.search).get('doc');

try {
  const response = await fetch(`/data/documents/${doc}.json`);
  const { graph, layout } = await response.json();
  const positions = layout?.positions ?? {};
  const elements = [];
  for (const node of graph.nodes) {
    elements.push({
      group: 'nodes',
      data: { id: node.id, label: node.label },
      position: positions[node.id] ?? { x: 0, y: 0 },
    });
  }
  const edgeIds = new Set();
  for (const edge of graph.edges) {
    edgeIds.add(edge.id);
    elements.push({
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target },
    });
  }
  for (const edge of graph.edges) {
    if (edge.kind !== 'statement') continue;
    for (const outlet of edge.via) {
      const id = `reported:${edge.id}:${outlet}`;
      if (edgeIds.has(id)) continue;
      edgeIds.add(id);
      elements.push({ group: 'edges', data: { id, source: outlet, target: edge.target } });
    }
  }
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    // Cytoscape puts its default stylesheet first and these after it.
    style: [
      { selector: '.h', style: { display: 'none' } },
      { selector: '.d', style: { opacity: 0.15 } },
    ],
  });
  const byIds = (ids) => cy.collection(ids.map((id) => cy.getElementById(id)));
  Object.assign(state, {
    cy,
    // The element ids come from bench/run.ts (window.__benchHide / __benchDim), set untimed.
    hide(ids = window.__benchHide ?? []) {
      cy.batch(() => {
        cy.elements('.h').removeClass('h');
        byIds(ids).addClass('h');
      });
    },
    dim(ids = window.__benchDim ?? []) {
      cy.batch(() => {
        cy.elements('.d').removeClass('d');
        byIds(ids).addClass('d');
      });
    },
    clear() {
      cy.batch(() => cy.elements().removeClass('h d'));
    },
    concentric() {
      state.layout = '';
      const run = cy.layout({ name: 'concentric', animate: false });
      run.one('layoutstop', () => (state.layout = 'concentric'));
      run.run();
    },
    visibleNodes: () => cy.nodes(':visible').length,
    dimmedNodes: () => cy.nodes('.d').length,
    layoutName: () => state.layout,
  });
  state.ready = true;
} catch (error) {
  state.error = String(error);
}

import { expect, readGraph, test } from './fixtures.ts';

const ARTICLE = 'rbc-2023-09-13-kim-putin';

test.describe('walking skeleton', () => {
  test('renders every node and edge of the article, and only the derived reported edges besides', async ({
    explorer,
  }) => {
    const graph = readGraph(ARTICLE);
    await explorer.goto(ARTICLE);
    await explorer.waitReady();
    expect(await explorer.documentId()).toBe(ARTICLE);

    const visible = await explorer.visibleElements();
    expect(visible.nodes.sort()).toEqual(graph.nodes.map((n) => n.id).sort());

    const stored = visible.edges.filter((id) => !id.startsWith('reported:'));
    expect(stored.sort()).toEqual(graph.edges.map((e) => e.id).sort());

    const expectedReported = graph.edges.flatMap((edge) =>
      edge.kind === 'statement'
        ? (edge.via ?? []).map((outlet) => `reported:${edge.id}:${outlet}`)
        : [],
    );
    const reported = visible.edges.filter((id) => id.startsWith('reported:'));
    expect(reported.sort()).toEqual(expectedReported.sort());
    expect(reported).toHaveLength(
      graph.edges.reduce(
        (n, edge) => n + (edge.kind === 'statement' ? (edge.via ?? []).length : 0),
        0,
      ),
    );
    await expect(explorer.error).toHaveCount(0);
    await expect(explorer.loading).toHaveCount(0);
  });

  test('opens the first document by default', async ({ explorer }) => {
    await explorer.goto();
    await explorer.waitReady();
    expect(await explorer.documentId()).toBe(ARTICLE);
    await expect(explorer.documentItem(ARTICLE)).toHaveAttribute('aria-current', 'page');
  });

  test('lists the article', async ({ explorer }) => {
    const graph = readGraph(ARTICLE);
    await explorer.goto();
    await expect(explorer.documentList).toBeVisible();
    await expect(explorer.documentItem(ARTICLE)).toContainText(graph.document.title);
  });

  test('shows an error, not a blank page, for a missing document', async ({ explorer }) => {
    await explorer.goto('nope');
    await expect(explorer.error).toBeVisible();
    await expect(explorer.error).toContainText('Document nope not found');
    // The error names the parameter and says what to do.
    await expect(explorer.error).toContainText('doc=');
    await expect(explorer.page.getByTestId('app.error.action')).toContainText('Choose a document');
    await expect(explorer.documentList).toBeVisible();
    expect(await explorer.page.evaluate(() => window.claimgraph?.ready)).toBe(false);
  });
});

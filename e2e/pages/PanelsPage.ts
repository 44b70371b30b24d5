/** Page object for the panels: details, source text, search, claims table, rankings. */
import type { Locator, Page } from '@playwright/test';

export type PanelTab = 'source' | 'claims' | 'rankings';

export type ClaimColumn =
  'label' | 'supporters' | 'opponents' | 'others' | 'statements' | 'date' | 'contested';

export class PanelsPage {
  readonly details: Locator;
  readonly detailsTitle: Locator;
  readonly detailsClose: Locator;
  readonly contested: Locator;
  readonly dateInferred: Locator;
  readonly source: Locator;
  readonly sourceText: Locator;
  readonly chooserOptions: Locator;
  readonly passages: Locator;
  /** Blocks of a long source text not rendered yet (src/ui/LazySourceBlock.tsx). */
  readonly pendingBlocks: Locator;
  readonly chooser: Locator;
  readonly searchInput: Locator;
  readonly searchResults: Locator;
  readonly claimsTable: Locator;
  readonly rankings: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByTestId('details.panel');
    this.detailsTitle = page.getByTestId('details.title');
    this.detailsClose = page.getByTestId('details.close');
    this.contested = this.details.getByTestId('details.contested');
    this.dateInferred = this.details.getByTestId('details.date-inferred');
    this.source = page.getByTestId('source.panel');
    this.sourceText = this.source.getByTestId('source.text');
    this.passages = this.source.getByTestId('source.passage');
    this.pendingBlocks = this.source.getByTestId('source.block-pending');
    this.chooser = page.getByTestId('source.chooser');
    this.chooserOptions = this.chooser.getByRole('button');
    this.searchInput = page.getByTestId('search.input');
    this.searchResults = page.getByTestId('search.results');
    this.claimsTable = page.getByTestId('claims.table');
    this.rankings = page.getByTestId('rankings.panel');
  }

  /** Opens a document with an element selected (`?sel=`) and waits for the first render. */
  async gotoSelected(doc: string, sel: string, tab?: PanelTab): Promise<void> {
    const params = new URLSearchParams({ doc, sel });
    if (tab) params.set('tab', tab);
    await this.page.goto(`/?${params.toString()}`);
    await this.page.waitForFunction(() => window.claimgraph?.ready === true);
  }

  /** The selected element id, as the test handle reports it. */
  async selected(): Promise<string | null> {
    return this.page.evaluate(() => window.claimgraph?.selected() ?? null);
  }

  // ---- details ----

  detailsSection(name: string): Locator {
    return this.details.getByTestId(`details.section.${name}`);
  }

  /** A statement listed in the details panel. */
  detailsStatement(edgeId: string): Locator {
    return this.details.getByTestId(`details.statement.${edgeId}`);
  }

  /** The quotes (evidence text) of a statement listed in the details panel. */
  statementQuotes(edgeId: string): Locator {
    return this.detailsStatement(edgeId).getByTestId('details.quote');
  }

  /** The first link in the details panel that selects `id`. */
  detailsLink(id: string): Locator {
    return this.details.getByTestId(`details.link.${id}`).first();
  }

  /** The stance groups of the actor's "Said" section, by stance. */
  saidGroup(stance: string): Locator {
    return this.details.getByTestId(`details.said.${stance}`);
  }

  /** A statement inside one stance group of the "Said" section. */
  saidStatement(stance: string, edgeId: string): Locator {
    return this.saidGroup(stance).getByTestId(`details.statement.${edgeId}`);
  }

  // ---- bottom tabs ----

  tab(name: PanelTab): Locator {
    return this.page.getByTestId(`tabs.${name}`);
  }

  async openTab(name: PanelTab): Promise<void> {
    await this.tab(name).click();
  }

  // ---- source text ----

  /** Passages that support `id` (among others). */
  passagesOf(id: string): Locator {
    return this.source.locator(`[data-testid="source.passage"][data-elements~="${id}"]`);
  }

  /** Passages that support `id` and nothing else. */
  passagesOnlyOf(id: string): Locator {
    return this.source.locator(`[data-testid="source.passage"][data-elements="${id}"]`);
  }

  /** The elements a passage supports, from its `data-elements`. */
  async passageElements(passage: Locator): Promise<string[]> {
    return ((await passage.getAttribute('data-elements')) ?? '').split(' ').filter(Boolean);
  }

  chooserOption(id: string): Locator {
    return this.chooser.getByTestId(`source.chooser.option.${id}`);
  }

  /** The passages marked as those of the selection. */
  get currentPassages(): Locator {
    return this.source.locator('[data-testid="source.passage"][aria-current="true"]');
  }

  // ---- search ----

  searchResult(id: string): Locator {
    return this.page.getByTestId(`search.result.${id}`);
  }

  /** Types a query and waits for the results list. */
  async search(query: string): Promise<void> {
    await this.searchInput.fill(query);
    await this.searchResults.waitFor({ state: 'visible' });
  }

  /** Ids of the listed results, in order. */
  async searchResultIds(): Promise<string[]> {
    const ids = await this.searchResults
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^search\.result\./, ''));
  }

  // ---- claims table ----

  sortButton(column: ClaimColumn): Locator {
    return this.claimsTable.getByTestId(`claims.sort.${column}`);
  }

  /** The `<th>` of a column (which carries `aria-sort`). */
  columnHeader(column: ClaimColumn): Locator {
    return this.claimsTable
      .locator('th')
      .filter({ has: this.page.getByTestId(`claims.sort.${column}`) });
  }

  claimRow(id: string): Locator {
    return this.claimsTable.getByTestId(`claims.row.${id}`);
  }

  /** The button that draws another page of a long claims table. */
  get claimsMore(): Locator {
    return this.page.getByTestId('claims.more');
  }

  /** The gap between a long table's drawn rows and a selected one beyond them. */
  get claimsGap(): Locator {
    return this.page.getByTestId('claims.gap');
  }

  /** The link in a claim's row that selects the claim. */
  claimRowLink(id: string): Locator {
    return this.claimsTable.getByTestId(`claims.select.${id}`);
  }

  /** The rows in table order: claim id and contested flag. */
  async claimRows(): Promise<{ id: string; contested: boolean }[]> {
    return this.claimsTable.locator('tbody tr[data-testid^="claims.row."]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: (row.getAttribute('data-testid') ?? '').replace(/^claims\.row\./, ''),
        contested: row.getAttribute('data-contested') === 'true',
      })),
    );
  }

  // ---- rankings ----

  rankingsItem(id: string): Locator {
    return this.rankings.getByTestId(`rankings.item.${id}`).first();
  }
}

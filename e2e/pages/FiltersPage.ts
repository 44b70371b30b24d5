/** Page object for the filter panel (issue 4). */
import type { Locator, Page } from '@playwright/test';

export type PresetName = 'allegations' | 'denials' | 'contested';

export class FiltersPage {
  readonly panel: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('filters.panel');
    this.counts = page.getByTestId('filters.counts');
  }

  async preset(name: PresetName): Promise<void> {
    await this.page.getByTestId(`filters.preset.${name}`).click();
  }

  presetButton(name: PresetName): Locator {
    return this.page.getByTestId(`filters.preset.${name}`);
  }

  stance(stance: string): Locator {
    return this.page.getByTestId(`filters.stance.${stance}`);
  }

  async stanceCount(stance: string): Promise<number> {
    const text = await this.page.getByTestId(`filters.stance.${stance}.count`).innerText();
    return Number.parseInt(text, 10);
  }

  async toggleStance(stance: string): Promise<void> {
    await this.stance(stance).click();
  }

  /** The speaker picker's listed options. */
  get speakerOptions(): Locator {
    return this.page.locator('[data-testid^="filters.speaker.option."]');
  }

  /** The note of how many more speakers narrowing the picker would bring in. */
  get speakerMore(): Locator {
    return this.page.getByTestId('filters.speaker.more');
  }

  async narrowSpeakers(query: string): Promise<void> {
    await this.page.getByTestId('filters.speaker.search').fill(query);
  }

  async chooseSpeaker(id: string): Promise<void> {
    await this.page.getByTestId(`filters.speaker.option.${id}`).click();
  }

  async setFrom(date: string): Promise<void> {
    await this.page.getByTestId('filters.from').selectOption(date);
  }

  async clearAll(): Promise<void> {
    await this.page.getByTestId('filters.clear').click();
  }

  async shown(): Promise<{ nodes: number; edges: number; statements: number }> {
    const read = async (what: string) =>
      Number(await this.page.getByTestId(`filters.counts.${what}`).innerText());
    return {
      nodes: await read('nodes'),
      edges: await read('edges'),
      statements: await read('statements'),
    };
  }

  /** The filter descriptors the app applies (window.claimgraph.filters()). */
  async active(): Promise<unknown[]> {
    return this.page.evaluate(() => {
      const handle = window.claimgraph as unknown as { filters(): unknown[] } | undefined;
      if (!handle) throw new Error('window.claimgraph is missing');
      return handle.filters();
    });
  }
}

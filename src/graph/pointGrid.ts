/**
 * A uniform grid over numbered points, to find those near a point without looking at all of
 * them: the canvas's hit test over tens of thousands of nodes (gridHitTest.ts). Pure.
 */
export class PointGrid {
  private readonly cells = new Map<string, Set<number>>();
  private readonly keys = new Map<number, string>();

  /** `cellSize`: the side of a cell, in the points' units. */
  constructor(private readonly cellSize: number) {
    if (!(cellSize > 0) || !Number.isFinite(cellSize)) {
      throw new RangeError(`a grid cell must have a positive size, not ${cellSize}`);
    }
  }

  private cell(x: number, y: number): string {
    return `${Math.floor(x / this.cellSize)},${Math.floor(y / this.cellSize)}`;
  }

  /** Puts point `index` at (x, y), or moves it there. */
  set(index: number, x: number, y: number): void {
    const key = this.cell(x, y);
    const before = this.keys.get(index);
    if (before === key) return;
    if (before !== undefined) this.cells.get(before)?.delete(index);
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = new Set()));
    cell.add(index);
    this.keys.set(index, key);
  }

  /** Forgets point `index`. */
  delete(index: number): void {
    const key = this.keys.get(index);
    if (key === undefined) return;
    this.cells.get(key)?.delete(index);
    this.keys.delete(index);
  }

  /**
   * The points within `radius` of (x, y) along each axis (a square, not a circle), in no order,
   * with others from the same cells (or from every cell, when the square covers more cells than
   * hold points): a superset, for the caller to test.
   */
  near(x: number, y: number, radius: number): number[] {
    const size = this.cellSize;
    const x1 = Math.floor((x - radius) / size);
    const x2 = Math.floor((x + radius) / size);
    const y1 = Math.floor((y - radius) / size);
    const y2 = Math.floor((y + radius) / size);
    const out: number[] = [];
    if ((x2 - x1 + 1) * (y2 - y1 + 1) > this.cells.size) {
      // A radius wider than the grid: every cell.
      for (const cell of this.cells.values()) for (const index of cell) out.push(index);
      return out;
    }
    for (let cx = x1; cx <= x2; cx++) {
      for (let cy = y1; cy <= y2; cy++) {
        const cell = this.cells.get(`${cx},${cy}`);
        if (cell) for (const index of cell) out.push(index);
      }
    }
    return out;
  }
}

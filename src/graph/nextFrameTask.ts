/**
 * One pending step of chunked work (nodes put back, nodes moved to a new layout), run in a
 * task of its own once the next frame is drawn. Run from the frame's own callback, a step and
 * Cytoscape's redraw of the frame were one task: at 50 000 nodes ~0.15 s of step plus up to
 * ~0.7 s of drawing, the longest task after the first render (issue 7).
 */
export class NextFrameTask {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Whether a step waits for its turn. */
  get pending(): boolean {
    return this.frame !== 0 || this.timer !== undefined;
  }

  /** Runs `step` after the next frame (instead of any step still waiting). */
  schedule(step: () => void): void {
    this.cancel();
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        step();
      }, 0);
    });
  }

  cancel(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
  }
}

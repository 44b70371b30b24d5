// The benchmark's probe, injected into every page before any of its scripts
// (page.addInitScript) by bench/run.ts. Plain JavaScript on purpose: it runs as written.
//
// It records, on the page's own clock (ms since navigation start):
// - long tasks (PerformanceObserver 'longtask', buffered);
// - `liveAt`: when the app's canvas is live (Cytoscape drawn, nothing waiting), after that;
// - `renderedAt`: the first complete render: the moment after the first frame that showed a
//   complete picture, read from a message posted in the frame's callback. That frame is the
//   first whose start saw `window.claimgraph.painted` (or the baseline's
//   `window.baseline.ready`), Cytoscape drawing in it, or the one in which the app drew a
//   small graph's sketch (`window.claimgraph.sketchedAt`);
// - `rafWork`: the time spent in the page's own requestAnimationFrame callbacks (Cytoscape's
//   render loop), by wrapping requestAnimationFrame. The probe's own callbacks use the
//   unwrapped function and are not counted.
// - `downloads`: when each file the page saves was complete (the app turns a finished Blob
//   into an object URL to download it: src/ui/downloadFile.ts), with its size.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const B = {
    raf,
    longTasks: [],
    readyAt: null,
    renderedAt: null,
    liveAt: null,
    rafWork: 0,
    frames: null,
    downloads: [],
  };
  Object.defineProperty(window, '__bench', { value: B });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figures that need it stay empty.
  }

  window.requestAnimationFrame = function requestAnimationFrame(callback) {
    return raf((timestamp) => {
      const t = performance.now();
      try {
        callback(timestamp);
      } finally {
        B.rafWork += performance.now() - t;
      }
    });
  };

  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = function (object) {
    if (object instanceof Blob) B.downloads.push({ at: performance.now(), bytes: object.size });
    return createObjectURL(object);
  };

  const afterThisFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });

  // The app's first complete picture: a small graph's sketch or the rendered canvas
  // (`painted`); the baseline's first render.
  const isReady = () => {
    const app = window.claimgraph;
    if (app) return (app.painted ?? app.ready) === true;
    return window.baseline ? window.baseline.ready === true : false;
  };
  // The app's canvas is live once Cytoscape has drawn and nothing waits (`idle()`); the
  // baseline's at its first render.
  const isLive = () => {
    const app = window.claimgraph;
    if (app) return app.ready === true && app.idle() === true;
    return isReady();
  };
  const pollLive = () => {
    if (!isLive()) {
      raf(pollLive);
      return;
    }
    afterThisFrame().then((t) => {
      B.liveAt = t;
    });
  };
  // A picture is complete after the frame that drew it: the frame whose start saw the app
  // ready (Cytoscape draws in that frame's callbacks), or the frame in which the app drew its
  // sketch (from a ResizeObserver, in the frame's layout step: `sketchedAt`).
  const poll = () => {
    raf(() => {
      const frameStart = performance.now();
      const readyAtStart = isReady();
      afterThisFrame().then((t) => {
        const app = window.claimgraph;
        const sketchedAt = app && typeof app.sketchedAt === 'number' ? app.sketchedAt : null;
        const drawnInFrame = sketchedAt !== null && sketchedAt >= frameStart && sketchedAt <= t;
        if (!readyAtStart && !drawnInFrame) {
          poll();
          return;
        }
        B.readyAt = readyAtStart ? frameStart : sketchedAt;
        B.renderedAt = t;
        pollLive();
      });
    });
  };
  poll();

  /** Values the actions wait for: the app's test handle, or the baseline's equivalent. */
  const probes = {
    visibleNodes: () =>
      window.claimgraph
        ? window.claimgraph.visibleElements().nodes.length
        : window.baseline.visibleNodes(),
    dimmedNodes: () =>
      window.claimgraph
        ? window.claimgraph.emphasis().dimmed.nodes.length
        : window.baseline.dimmedNodes(),
    layout: () =>
      window.claimgraph
        ? window.claimgraph.idle()
          ? window.claimgraph.layout()
          : ''
        : window.baseline.layoutName(),
    // The element selected on the canvas, once it is still (the app only).
    selected: () =>
      window.claimgraph && window.claimgraph.idle()
        ? (window.claimgraph.canvasSelected() ?? '')
        : null,
  };

  /**
   * Interactive: the first moment T ≥ renderedAt such that no long task starts in
   * [T, T + windowMs); null until that window, and a grace period for long-task entries that
   * are reported late, have passed.
   */
  B.interactive = (windowMs) => {
    if (B.renderedAt === null) return null;
    const tasks = B.longTasks
      .map((t) => ({ start: t.start, end: t.start + t.duration }))
      .filter((t) => t.end > B.renderedAt)
      .sort((a, b) => a.start - b.start);
    let at = B.renderedAt;
    for (const t of tasks) {
      if (t.start >= at + windowMs) break;
      at = Math.max(at, t.end);
    }
    return performance.now() >= at + windowMs + 250 ? at : null;
  };

  /**
   * Performs `action` and waits until `probe` shows its effect (`until`: a value to reach,
   * else any change), measured as:
   * - settleMs: action → the end of the first animation frame in which the probe shows the
   *   effect. The probe's frame callback is queued before the action, so that it runs in the
   *   very next frame, yet after the page's own callbacks of that frame (Cytoscape's render
   *   loop queued its callback in the frame before): when it runs, Cytoscape has drawn.
   *   Probe reads are not counted.
   * - syncMs: action → the end of the work it starts at once (the event handlers and the
   *   microtasks they queue, where React renders and commits an update from a URL change).
   * - busyMs: syncMs + the page's animation-frame work until settled (Cytoscape's draws).
   *   Work the page defers to later tasks shows in settleMs only.
   * - frames: animation frames until settled (1 = the very next frame);
   *   maxFrameMs: the longest gap between them.
   */
  B.measure = async ({ action, probe, until, capMs }) => {
    const read = probes[probe];
    const before = read();
    const done = until === undefined ? (v) => v !== before : (v) => v === until;
    const frame = () =>
      new Promise((resolve) => raf(() => resolve({ t: performance.now(), work: B.rafWork })));
    const work0 = B.rafWork;
    let pending = frame();
    const t0 = performance.now();
    let tSync = null;
    // Three microtask hops: after React's own microtask and whatever it queues at once.
    queueMicrotask(() =>
      queueMicrotask(() =>
        queueMicrotask(() => {
          tSync = performance.now();
        }),
      ),
    );
    if (action.kind === 'url') {
      history.pushState(null, '', action.search);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    } else {
      window.baseline[action.name](...(action.args ?? []));
    }
    let probeCost = 0;
    let last = t0;
    let maxFrameMs = 0;
    let frames = 0;
    for (;;) {
      const { t, work } = await pending;
      frames += 1;
      maxFrameMs = Math.max(maxFrameMs, t - last);
      const p0 = performance.now();
      const value = read();
      const p1 = performance.now();
      const syncMs = (tSync ?? t) - t0;
      if (done(value)) {
        return {
          settleMs: t - t0 - probeCost,
          syncMs,
          busyMs: syncMs + (work - work0),
          maxFrameMs,
          frames,
          before,
          value,
        };
      }
      probeCost += p1 - p0;
      last = t + (p1 - p0);
      if (t - t0 > capMs) return { timeout: true, settleMs: t - t0, syncMs, before, value };
      pending = frame();
    }
  };

  /** Starts recording animation-frame timestamps. */
  B.startFrames = () => {
    const frames = [];
    B.frames = frames;
    const tick = (t) => {
      if (B.frames !== frames) return;
      frames.push(t);
      raf(tick);
    };
    raf(tick);
  };
  /** Stops recording; returns the gaps between frames (ms). */
  B.stopFrames = () => {
    const frames = B.frames ?? [];
    B.frames = null;
    return frames.slice(1).map((t, i) => t - frames[i]);
  };

  B.probe = (name) => probes[name]();

  /**
   * Resolves with the named condition's value once it holds (polled every 100 ms), null after
   * `timeoutMs`. Named, not evaluated from strings: the app's Content Security Policy forbids
   * eval, which Playwright's waitForFunction relies on.
   */
  B.waitFor = (name, timeoutMs) => {
    const conditions = {
      rendered: () => B.renderedAt,
      live: () => B.liveAt,
      interactive: () => B.interactive(500),
      settled: () => (!window.claimgraph || window.claimgraph.idle()) && B.quiet(300),
    };
    const value = conditions[name];
    const t0 = performance.now();
    return new Promise((resolve) => {
      const tick = () => {
        const v = value();
        if (v !== null && v !== false) resolve(v);
        else if (performance.now() - t0 > timeoutMs) resolve(null);
        else setTimeout(tick, 100);
      };
      tick();
    });
  };

  /** Whether no long task has run for the last `ms` milliseconds. */
  B.quiet = (ms) => {
    const lastEnd = B.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
    return performance.now() - lastEnd >= ms;
  };
})();

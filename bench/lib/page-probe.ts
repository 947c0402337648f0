// Code that runs inside the page (as strings: bench/ is type-checked without the DOM library).
// PROBE is installed before any page script: it records paint entries, long tasks and the moment
// the first data rows of the orders grid are on screen.

/** Init script: window.__wdBench collects what the benchmarks read back. */
export const PROBE = `(() => {
  const m = (window.__wdBench = { longTasks: [], fcp: null, lcp: null, firstRowAt: null, firstRowsPaintedAt: null });
  const observe = (type, fn) => { try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('longtask', (e) => m.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') m.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { m.lcp = e.startTime; });
  const ROW = '[role="row"][data-index]:not([data-testid="orders-row-loading"])';
  const mo = new MutationObserver(() => {
    if (m.firstRowAt !== null || !document.querySelector(ROW)) return;
    m.firstRowAt = performance.now();
    mo.disconnect();
    // The frame after the one that drew the rows: they are on screen by then.
    requestAnimationFrame(() => requestAnimationFrame(() => { m.firstRowsPaintedAt = performance.now(); }));
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Scrolls the grid down `rows` rows in bursts (`burstRows` rows over `burstFrames` frames, then a
 * pause of `pauseMs` in which the rows of that stop load and render, as when a seller scrolls,
 * looks, scrolls on). Returns every frame interval (requestAnimationFrame), the long tasks seen,
 * and how long the last stop took to show data.
 */
export const SCROLL = `async ({ rows, rowHeight, burstRows, burstFrames, pauseMs }) => {
  const m = window.__wdBench;
  const el = document.querySelector('[data-testid="orders-grid"]');
  if (!el) throw new Error('no orders grid');
  const ROW = '[role="row"][data-index]:not([data-testid="orders-row-loading"])';
  const target = rows * rowHeight;
  const step = (burstRows * rowHeight) / burstFrames;
  const frames = [];
  const phases = [];
  const longFrom = m.longTasks.length;
  const started = performance.now();
  let last = null;
  let frame = 0;
  let pauseUntil = 0;
  let stops = 0;
  let inPause = false;
  el.scrollTop = 0;
  await new Promise((resolve) => {
    const tick = (t) => {
      if (last !== null) { frames.push(t - last); phases.push(inPause ? 'stop' : 'scroll'); }
      last = t;
      if (el.scrollTop >= target - 1) return resolve();
      inPause = t < pauseUntil;
      if (inPause) return requestAnimationFrame(tick);
      el.scrollTop = Math.min(target, el.scrollTop + step);
      frame++;
      if (frame % burstFrames === 0) { pauseUntil = t + pauseMs; stops++; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const stopped = performance.now();
  const firstVisible = () => Math.floor(el.scrollTop / rowHeight);
  // Data at the final stop: a row whose index is on screen.
  await new Promise((resolve) => {
    const check = () => {
      const r = el.querySelector(ROW);
      const i = r ? Number(r.getAttribute('data-index')) : -1;
      if (i >= firstVisible() - 10) return resolve();
      requestAnimationFrame(check);
    };
    check();
  });
  return {
    frames,
    phases,
    seconds: (performance.now() - started) / 1000,
    dataAfterStopMs: performance.now() - stopped,
    scrolledRows: Math.round(el.scrollTop / rowHeight),
    stops,
    longTasks: m.longTasks.slice(longFrom),
    domRows: el.querySelectorAll('[role="row"][data-index]').length,
  };
}`;

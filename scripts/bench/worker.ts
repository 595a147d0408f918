/**
 * Bench harness: lays out a generated unit type of N positions in the layout worker, in both
 * shapes the chart page asks for (wide and narrow), as imported data would be, and records the
 * longest main-thread task meanwhile (from the request to the answer: the page's own start and the
 * generation of the test file come before and are not the app's).
 */
import { ElkWorkerClient } from '../../src/layout/client';
import { syntheticUnit } from './synthetic';

const n = Number(new URLSearchParams(location.search).get('n') ?? '1000');
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

// A heartbeat: the main thread must keep answering while the worker lays out.
let beats = 0;
let maxGap = 0;
let last = performance.now();
const beat = () => {
  const now = performance.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
  beats++;
  if (!done) requestAnimationFrame(beat);
};
let done = false;

async function run() {
  const unit = syntheticUnit(n);
  const client = new ElkWorkerClient();
  // The generation's task ends here: what the clock sees from now on is the app's work.
  await new Promise((resolve) => setTimeout(resolve, 50));
  requestAnimationFrame(beat);
  const start = performance.now();
  const [layout] = await Promise.all([client.layout(unit, 'expanded'), client.layout(unit, 'narrow')]);
  const end = performance.now();
  const ms = end - start;
  done = true;
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const during = longTasks.filter((t) => t.start + t.duration > start && t.start < end);
  (window as unknown as { benchResult: unknown }).benchResult = {
    ms,
    nodes: layout.nodes.length,
    longestTask: Math.max(0, ...during.map((t) => t.duration)),
    maxFrameGap: maxGap,
    beats,
  };
  document.getElementById('status')!.textContent = `done ${ms.toFixed(0)} ms`;
}
void run();

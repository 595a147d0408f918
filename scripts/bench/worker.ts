/**
 * Bench harness: lays out a generated unit type of N positions in the layout worker, in both
 * shapes the chart page asks for (wide and narrow), as imported data would be, and records the
 * longest main-thread task meanwhile.
 */
import { ElkWorkerClient } from '../../src/layout/client';
import { syntheticUnit } from './synthetic';

const n = Number(new URLSearchParams(location.search).get('n') ?? '1000');
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: false });

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
  requestAnimationFrame(beat);
  const start = performance.now();
  const [layout] = await Promise.all([client.layout(unit, 'expanded'), client.layout(unit, 'narrow')]);
  const ms = performance.now() - start;
  done = true;
  (window as unknown as { benchResult: unknown }).benchResult = {
    ms,
    nodes: layout.nodes.length,
    longestTask: Math.max(0, ...longTasks),
    maxFrameGap: maxGap,
    beats,
  };
  document.getElementById('status')!.textContent = `done ${ms.toFixed(0)} ms`;
}
void run();

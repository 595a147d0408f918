/**
 * How the build reports its steps: each step's name, then the seconds it took (and, when
 * BAGAN_BUILD_MEMORY asks for it, the memory used after it).
 */

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Prints `name` and starts its clock; the function returned prints the time the step took. */
export function step(name: string): () => void {
  const t = performance.now();
  process.stdout.write(`${name}… `);
  return () => {
    const seconds = `${((performance.now() - t) / 1000).toFixed(1)} s`;
    if (!process.env['BAGAN_BUILD_MEMORY']) return console.log(seconds);
    // Asked for by npm run bench:scale: this thread's heap and the process's memory after the step.
    const m = process.memoryUsage();
    console.log(`${seconds} (heap ${mb(m.heapUsed)} MB, rss ${mb(m.rss)} MB)`);
  };
}

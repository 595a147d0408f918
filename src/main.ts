/**
 * The browser entry: the page's styles, then the app once the prerendered page has been painted
 * (src/app/start.ts). The reader sees the page as soon as its HTML and CSS are in; the app's code
 * is fetched and run after that first frame, so it never holds the first paint back (issue 14).
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app.css';

/** After the next frame has been painted (a task queued from its animation frame runs after it). */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

// An old link (#/semarang/kecamatan) shows no page of its own: the app starts at once to move on.
const legacy = location.hash.startsWith('#/');
void (legacy ? Promise.resolve() : painted())
  .then(() => import('./app/start'))
  .then(({ default: start }) => start());

import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app.css';
import App from './ui/App.svelte';
import { i18n } from './i18n/i18n.svelte';
import { parseHash } from './state/router.svelte';
import { prefetchRegion } from './data/load';
import { fetchOnce } from './data/fetchOnce';
import { imported } from './state/imported.svelte';

document.documentElement.lang = i18n.lang;

// A deep link's data, layout and view chunk are fetched at once, not one after the other.
const start = parseHash(location.hash);
if ('region' in start && start.region) prefetchRegion(start.region);
if (start.name === 'unit' && start.view === 'bagan') {
  void fetchOnce(`./data/layouts/${start.region}.json`);
  void import('./ui/chart/ChartView.svelte');
}
if (start.name === 'flow') void import('./ui/flow/FlowPlayerView.svelte');
void fetchOnce('./data/index.json');
void imported.load();
const target = document.getElementById('app');
if (target) mount(App, { target });

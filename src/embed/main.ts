import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '../app.css';
import EmbedApp from './EmbedApp.svelte';
import { parseEmbedParams } from './params';
import { i18n } from '../i18n/i18n.svelte';

const params = parseEmbedParams(location.search);
if (params.lang) i18n.setLang(params.lang);
document.documentElement.lang = i18n.lang;
document.documentElement.classList.toggle('tema-kontras', params.theme === 'kontras');
const target = document.getElementById('app');
if (target) mount(EmbedApp, { target, props: { params } });

import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app.css';
import App from './ui/App.svelte';
import { i18n } from './i18n/i18n.svelte';

document.documentElement.lang = i18n.lang;
const target = document.getElementById('app');
if (target) mount(App, { target });

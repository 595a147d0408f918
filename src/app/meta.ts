/** Each page's own title and description (the `<title>`, the search-engine snippet, the tab). */
import type { Page } from './load';
import { catalogue } from '../i18n/messages';
import { regulationTitle } from '../model/regulation';

export interface PageMeta {
  title: string;
  description: string;
}

const APP = catalogue.id['app.title'];
const cut = (text: string, n = 180) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

export function pageMeta(page: Page): PageMeta {
  const fallback = { title: APP, description: catalogue.id['app.tagline'] };
  if (page.status !== 'ok') return { ...fallback, title: `${catalogue.id['error.title']} · ${APP}` };
  const d = page.data;
  const reg = (r: { regulation: Parameters<typeof regulationTitle>[0] }) => regulationTitle(r.regulation);
  switch (d.view) {
    case 'home':
      return fallback;
    case 'province':
      return {
        title: `${d.province.name ?? catalogue.id['province.none']} · ${APP}`,
        description: cut(
          `${d.province.name ?? catalogue.id['province.none']}: ${d.province.regions.map((r) => r.name).join(', ')}.`,
        ),
      };
    case 'region':
      return { title: `${d.region.name} · ${APP}`, description: cut(`${d.region.name}: ${reg(d.region)}.`) };
    case 'unit':
      return {
        title: `${d.unit.name} · ${d.region.name} · ${APP}`,
        description: cut(
          `${d.unitView === 'daftar' ? 'Daftar' : 'Bagan'} ${d.unit.name}, ${d.region.name}: ${d.unit.positions.length} jabatan, menurut ${reg(d.region)}.`,
        ),
      };
    case 'flow':
      return {
        title: `${d.flow.name} · ${d.region.name} · ${APP}`,
        description: cut(
          `${d.flow.name} (${d.flow.steps.length} langkah), ${d.region.name}, menurut ${reg(d.region)}.`,
        ),
      };
    case 'letter':
      return {
        title: `${d.form.title} · ${d.region.name} · ${APP}`,
        description: cut(`${d.form.title}, ${reg(d.region)}.`),
      };
    case 'passage':
      return {
        title: `${catalogue.id['passage.title']} · ${d.region.name} · ${APP}`,
        description: cut(reg(d.region)),
      };
    case 'myPosition':
      return { title: `${catalogue.id['me.title']} · ${APP}`, description: cut(catalogue.id['me.intro']) };
    case 'search':
      return { title: `${catalogue.id['search.title']} · ${APP}`, description: fallback.description };
    case 'compare':
      return { title: `${catalogue.id['nav.compare']} · ${APP}`, description: fallback.description };
    case 'glossary':
      return {
        title: `${catalogue.id['glossary.title']} · ${APP}`,
        description: cut(catalogue.id['glossary.intro']),
      };
    case 'import':
      return { title: `${catalogue.id['nav.import']} · ${APP}`, description: fallback.description };
    case 'presentation':
      return { title: `${catalogue.id['nav.present']} · ${APP}`, description: fallback.description };
    case 'embed':
      return {
        title: `${d.flow?.name ?? d.unit?.name ?? APP} · ${d.region?.name ?? ''}`,
        description: fallback.description,
      };
    case 'notFound':
      return { title: `${catalogue.id['notFound.title']} · ${APP}`, description: fallback.description };
    case 'susun':
      return { title: `Susun · ${APP}`, description: fallback.description };
  }
}

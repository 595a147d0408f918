import { catalogue, terms, type Lang, type MessageKey } from './messages';

const STORAGE_KEY = 'bagan.lang';

/** The reader's saved choice, if any (storage can be blocked, e.g. in a sandboxed iframe). */
function savedLang(): Lang | undefined {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    // Indonesian is the default
  }
  return undefined;
}

class I18n {
  /**
   * Pages are prerendered in Indonesian; a saved English choice is applied after the page has
   * been hydrated (`restore`), so the first render matches the prerendered HTML.
   */
  lang = $state<Lang>('id');

  restore(): void {
    const saved = savedLang();
    if (saved && saved !== this.lang) {
      this.lang = saved;
      document.documentElement.lang = saved;
    }
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // ignore: the choice then lasts for this visit only
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    format(catalogue[this.lang][key], params);

  /** A unit type's structural levels ("2 / 3 levels"; "1 level", never "1 levels"). */
  levels = (levels: readonly number[]): string =>
    this.t(levels.length === 1 && levels[0] === 1 ? 'region.level' : 'region.levels', {
      levels: levels.join(' / '),
    });

  get terms() {
    return terms[this.lang];
  }
}

export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`,
  );
}

export const i18n = new I18n();

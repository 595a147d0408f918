import { catalogue, terms, type Lang, type MessageKey } from './messages';

const STORAGE_KEY = 'bagan.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    // storage can be blocked (sandboxed iframe): Indonesian is the default
  }
  return 'id';
}

class I18n {
  lang = $state<Lang>(initialLang());

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

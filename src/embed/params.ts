/** What an embed shows, from its URL: `?wilayah=<region>&unit=<unit>` or `&alur=<flow>`, plus language and theme. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type EmbedTheme = 'terang' | 'kontras';

export interface EmbedParams {
  region?: string;
  unit?: string;
  flow?: string;
  position?: string;
  lang?: 'id' | 'en';
  theme: EmbedTheme;
  /** Chart height in CSS px (the page around it sizes itself and reports its height). */
  height: number;
}

export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const seg = (key: string) => {
    const v = q.get(key);
    return v && SEGMENT.test(v) ? v : undefined;
  };
  const lang = q.get('bahasa');
  const theme = q.get('tema');
  const height = Number(q.get('tinggi'));
  const out: EmbedParams = {
    theme: theme === 'kontras' ? 'kontras' : 'terang',
    height: Number.isFinite(height) && height >= 240 && height <= 2000 ? height : 520,
  };
  const region = seg('wilayah');
  const unit = seg('unit');
  const flow = seg('alur');
  const position = seg('jabatan');
  if (region) out.region = region;
  if (unit) out.unit = unit;
  if (flow) out.flow = flow;
  if (position) out.position = position;
  if (lang === 'id' || lang === 'en') out.lang = lang;
  return out;
}

/** A fresh id for one snippet: two snippets on one page (even of the same chart) never share one. */
export function snippetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `bagan-sistem-kerja-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/**
 * The host-page snippet for an embed URL: the iframe, and a script that takes away its border and
 * follows the height the embed reports (larger or smaller), checking event.source. The frame has
 * no style attribute, which a host's strict CSP would refuse: its width and first height are
 * attributes, and where the inline script may not run, embed-host.js (which finds the frame by
 * data-bagan-sistem-kerja) replaces it.
 */
export function embedSnippet(embedUrl: string, title: string, id = snippetId()): string {
  const safeTitle = title.replace(/[<>&"]/g, '');
  return [
    `<iframe id="${id}" data-bagan-sistem-kerja src="${embedUrl}" title="${safeTitle}" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy" width="100%" height="640"></iframe>`,
    `<script>`,
    `  (function () {`,
    `    var frame = document.getElementById('${id}');`,
    `    frame.style.border = '0';`,
    `    frame.style.display = 'block';`,
    `    window.addEventListener('message', function (event) {`,
    `      if (event.source !== frame.contentWindow) return;`,
    `      var m = event.data;`,
    `      if (m && m.source === 'bagan-sistem-kerja' && m.version === 1 && m.type === 'resize') frame.style.height = m.height + 'px';`,
    `    });`,
    `  })();`,
    `</script>`,
  ].join('\n');
}

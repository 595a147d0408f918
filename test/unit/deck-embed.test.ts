import { describe, expect, it } from 'vitest';
import { itemText, parseDeck, parseItem } from '../../src/state/deck.svelte';
import { embedSnippet, parseEmbedParams } from '../../src/embed/params';
import { isEmbedMessage, message } from '../../src/embed/protocol';
import { LOAD_FAILURE } from '../../src/embed/loadFailure';
import { catalogue } from '../../src/i18n/messages';

describe('deck links', () => {
  it('round-trips charts and flows (with the unit a flow is shown on)', () => {
    const text = 'kaltim/pd-tipe-2,semarang/alur/penunjukan-lintas-perangkat-daerah@kecamatan';
    const items = parseDeck(text);
    expect(items).toEqual([
      { kind: 'chart', region: 'kaltim', unit: 'pd-tipe-2' },
      { kind: 'flow', region: 'semarang', flow: 'penunjukan-lintas-perangkat-daerah', unit: 'kecamatan' },
    ]);
    expect(items.map(itemText).join(',')).toBe(text);
  });
  it('drops malformed items', () => {
    expect(parseItem('<script>')).toBeUndefined();
    expect(parseItem('a/b/c')).toBeUndefined();
    expect(parseDeck('x/y,,bad item,a/alur/b')).toHaveLength(2);
  });
});

describe('embed parameters and protocol', () => {
  it('reads region, unit or flow, language, theme and a bounded height', () => {
    expect(parseEmbedParams('?wilayah=kaltim&unit=pd-tipe-3&bahasa=en&tema=kontras&tinggi=400')).toEqual({
      region: 'kaltim',
      unit: 'pd-tipe-3',
      lang: 'en',
      theme: 'kontras',
      height: 400,
    });
    expect(parseEmbedParams('?wilayah=<b>&tinggi=99999&tema=x')).toEqual({ theme: 'terang', height: 520 });
  });
  it('messages carry source and version; the snippet checks event.source', () => {
    const m = message({ type: 'resize', height: 300 });
    expect(isEmbedMessage(m)).toBe(true);
    expect(isEmbedMessage({ ...m, version: 2 })).toBe(false);
    const snippet = embedSnippet(
      'https://contoh.go.id/bagan/embed.html?wilayah=kaltim&unit=pd-tipe-3',
      'Tipe "3"',
    );
    // F23: its link out opens a tab of its own, outside the sandbox; the frame stays cross-origin.
    expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(snippet).not.toContain('allow-same-origin');
    expect(snippet).not.toContain('allow-top-navigation');
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain('title="Tipe 3"');
  });
  it('revision 2 adds the context and keeps version 1', () => {
    const m = message(
      { type: 'step' },
      { lang: 'en', region: 'semarang', flow: 'alur-x', step: { id: 'a', number: 1, done: false } },
    );
    expect(m).toEqual({
      source: 'bagan-sistem-kerja',
      version: 1,
      revision: 2,
      type: 'step',
      lang: 'en',
      region: 'semarang',
      flow: 'alur-x',
      step: { id: 'a', number: 1, done: false },
    });
    expect(isEmbedMessage(m)).toBe(true);
  });
  it('each snippet has its own id and no style attribute a strict CSP would refuse', () => {
    const url = 'https://contoh.go.id/bagan/sematkan/kaltim/pd-tipe-3/';
    const ids = [embedSnippet(url, 'A'), embedSnippet(url, 'A')].map(
      (s) => /<iframe id="([^"]+)"/.exec(s)?.[1],
    );
    expect(ids[0]).toMatch(/^bagan-sistem-kerja-[a-z0-9]{10}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const snippet = embedSnippet(url, 'A');
    expect(snippet).not.toMatch(/style=/);
    expect(snippet).toContain('data-bagan-sistem-kerja');
    expect(snippet).toContain('width="100%" height="640"');
  });
});

describe('the embed whose code did not load', () => {
  it("says it in the catalogue's words (its notice imports nothing, so it carries a copy)", () => {
    for (const lang of ['id', 'en'] as const) {
      const words = catalogue[lang];
      expect(LOAD_FAILURE[lang]).toEqual({
        title: words['error.chunkTitle'],
        body: words['error.chunkBody'],
        retry: words['error.retry'],
        open: words['embed.openFull'],
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../../src/state/router.svelte';

describe('hash routes', () => {
  it('parses every route and formats it back', () => {
    for (const hash of [
      '#/',
      '#/kaltim',
      '#/kaltim/pd-tipe-2',
      '#/kaltim/pd-tipe-2/daftar',
      '#/kaltim/pd-tipe-2?jabatan=sekretaris',
      '#/semarang/alur/penunjukan-lintas-pd',
      '#/semarang/alur/penunjukan-lintas-pd?unit=kecamatan&varian=tim&jalur=lanjut,keputusan.tolak',
      '#/semarang?ketentuan=pasal-17',
      '#/cari?q=dinas%20perhubungan',
      '#/posisi?wilayah=kaltim&unit=pd-tipe-2&jabatan=jf-ahli-muda',
      '#/banding?a=kaltim/pd-tipe-1&b=semarang/kecamatan',
      '#/glosarium?istilah=pengendali',
    ]) {
      expect(href(parseHash(hash))).toBe(hash);
    }
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/kaltim/pd-tipe-2')).toEqual({
      name: 'unit',
      region: 'kaltim',
      unit: 'pd-tipe-2',
      view: 'bagan',
    });
    expect(parseHash('#/kaltim/pd-tipe-2/daftar')).toMatchObject({ view: 'daftar' });
    expect(parseHash('#/s/alur/f?jalur=lanjut,hasil.tidakSesuai,<x>&varian=semua')).toEqual({
      name: 'flow',
      region: 's',
      flow: 'f',
      path: ['lanjut', 'hasil.tidakSesuai'],
    });
  });

  it('drops a malformed selection and sends unknown shapes to the fallback', () => {
    expect(parseHash('#/kaltim/pd-tipe-2?jabatan=<b>')).toEqual({
      name: 'unit',
      region: 'kaltim',
      unit: 'pd-tipe-2',
      view: 'bagan',
    });
    expect(parseHash('#/kaltim/alur')).toMatchObject({ name: 'unknown', region: 'kaltim' });
    expect(parseHash('#/kaltim/pd/lain')).toMatchObject({ name: 'unknown', region: 'kaltim' });
    expect(parseHash('#/a/b/c/d')).toMatchObject({ name: 'unknown' });
    expect(parseHash('#/<script>')).toMatchObject({ name: 'unknown' });
    expect(parseHash('#/%E0%A4%A')).toMatchObject({ name: 'unknown' });
  });
});

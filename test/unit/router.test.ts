import { describe, expect, it } from 'vitest';
import {
  href,
  pageOf,
  parseLegacyHash,
  parseLocation,
  parsePath,
  RESERVED_REGION_IDS,
  LIMITS,
  type Route,
} from '../../src/routes';
import { crossCheck } from '../../src/data/crossCheck';
import { fixture } from './fixture';

/** A link as the browser would follow it: split into the path below the root and the query. */
function follow(link: string): Route {
  const [path = '', query = ''] = link.split('?');
  return parsePath(path, query);
}

describe('the route table', () => {
  // The expected links are written out by hand: they are the site's public addresses.
  const pages: [Route, string][] = [
    [{ name: 'home' }, './'],
    [{ name: 'region', region: 'kaltim' }, 'kaltim/'],
    [{ name: 'region', region: 'semarang', focus: 'pasal-17' }, 'semarang/?ketentuan=pasal-17'],
    [{ name: 'unit', region: 'kaltim', unit: 'pd-tipe-2', view: 'bagan' }, 'kaltim/pd-tipe-2/'],
    [{ name: 'unit', region: 'kaltim', unit: 'pd-tipe-2', view: 'daftar' }, 'kaltim/pd-tipe-2/daftar/'],
    [
      { name: 'unit', region: 'kaltim', unit: 'pd-tipe-2', view: 'bagan', selected: 'sekretaris' },
      'kaltim/pd-tipe-2/?jabatan=sekretaris',
    ],
    [
      { name: 'flow', region: 'semarang', flow: 'penunjukan-lintas-pd' },
      'semarang/alur/penunjukan-lintas-pd/',
    ],
    [
      {
        name: 'flow',
        region: 'semarang',
        flow: 'penunjukan-lintas-pd',
        unit: 'kecamatan',
        variant: 'tim',
        path: ['lanjut', 'keputusan.tolak'],
      },
      'semarang/alur/penunjukan-lintas-pd/?unit=kecamatan&varian=tim&jalur=lanjut,keputusan.tolak',
    ],
    [{ name: 'letter', region: 'kaltim', form: 'surat-tugas' }, 'kaltim/surat/surat-tugas/'],
    [{ name: 'myPosition' }, 'posisi/'],
    [{ name: 'myPosition', province: 'jawa-tengah' }, 'posisi/provinsi/jawa-tengah/'],
    [{ name: 'province', province: 'nusa-tenggara-barat' }, 'provinsi/nusa-tenggara-barat/'],
    [
      { name: 'myPosition', region: 'kaltim', unit: 'pd-tipe-2', position: 'jf-ahli-muda' },
      'posisi/kaltim/pd-tipe-2/jf-ahli-muda/',
    ],
    [{ name: 'search', query: 'dinas perhubungan' }, 'cari/?q=dinas%20perhubungan'],
    [
      { name: 'compare', a: 'kaltim/pd-tipe-1', b: 'semarang/kecamatan' },
      'banding/?a=kaltim/pd-tipe-1&b=semarang/kecamatan',
    ],
    [{ name: 'glossary', term: 'pengendali' }, 'glosarium/?istilah=pengendali'],
    [{ name: 'import' }, 'impor/'],
    [{ name: 'susun' }, 'susun/'],
    [
      {
        name: 'presentation',
        deck: 'kaltim/pd-tipe-2,semarang/alur/x',
        item: 1,
        path: ['lanjut'],
        tour: true,
      },
      'presentasi/?dek=kaltim/pd-tipe-2,semarang/alur/x&butir=1&jalur=lanjut&tur=1',
    ],
    [{ name: 'embed', region: 'kaltim', unit: 'pd-tipe-3' }, 'sematkan/kaltim/pd-tipe-3/'],
    [
      { name: 'embed', region: 'kaltim', flow: 'penunjukan-dalam-unit', lang: 'en', theme: 'kontras' },
      'sematkan/kaltim/alur/penunjukan-dalam-unit/?bahasa=en&tema=kontras',
    ],
    [{ name: 'province', province: 'jawa-tengah' }, 'provinsi/jawa-tengah/'],
  ];

  it.each(pages)('%j is at %s, and reads back', (route, link) => {
    expect(href(route)).toBe(link);
    expect(follow(link)).toEqual(route);
  });

  it('pages of an imported region are served by the one shell page', () => {
    const route: Route = { name: 'unit', region: 'impor-contoh', unit: 'dua-level', view: 'daftar' };
    expect(href(route)).toBe('impor/lihat/#/impor-contoh/dua-level/daftar/');
    expect(parseLocation('impor/lihat/', '', '#/impor-contoh/dua-level/daftar/')).toEqual(route);
  });

  it('old hash links land on the same pages', () => {
    expect(parseLegacyHash('#/kaltim/pd-tipe-2?jabatan=sekretaris')).toEqual({
      name: 'unit',
      region: 'kaltim',
      unit: 'pd-tipe-2',
      view: 'bagan',
      selected: 'sekretaris',
    });
    expect(parseLegacyHash('#/posisi?wilayah=kaltim&unit=pd-tipe-2&jabatan=jf-ahli-muda')).toEqual({
      name: 'myPosition',
      region: 'kaltim',
      unit: 'pd-tipe-2',
      position: 'jf-ahli-muda',
    });
    expect(parseLocation('', '', '#/semarang/alur/f?jalur=lanjut')).toEqual({
      name: 'flow',
      region: 'semarang',
      flow: 'f',
      path: ['lanjut'],
    });
    expect(parseLegacyHash('#main')).toBeUndefined();
  });

  it('drops malformed parameters and sends unknown shapes to the fallback', () => {
    expect(follow('kaltim/pd-tipe-2/?jabatan=<b>')).toEqual({
      name: 'unit',
      region: 'kaltim',
      unit: 'pd-tipe-2',
      view: 'bagan',
    });
    expect(follow('s/alur/f/?jalur=lanjut,hasil.tidakSesuai,<x>&varian=semua')).toEqual({
      name: 'flow',
      region: 's',
      flow: 'f',
      path: ['lanjut', 'hasil.tidakSesuai'],
    });
    expect(follow('kaltim/alur/')).toMatchObject({ name: 'unknown', region: 'kaltim' });
    expect(follow('kaltim/pd/lain/')).toMatchObject({ name: 'unknown', region: 'kaltim' });
    expect(follow('a/b/c/d/')).toMatchObject({ name: 'unknown' });
    expect(follow('<script>/')).toMatchObject({ name: 'unknown' });
    expect(follow('%E0%A4%A/')).toMatchObject({ name: 'unknown' });
  });

  it('bounds what a link can ask for (audit F15, F16)', () => {
    const events = Array.from({ length: 12_004 }, () => 'lanjut').join(',');
    const flow = follow(`lombok-barat/alur/f/?jalur=${events}`);
    expect(flow.name === 'flow' && flow.path?.length).toBe(LIMITS.pathEvents);
    expect(follow('presentasi/?dek=a/b&butir=1e308')).toMatchObject({ item: LIMITS.deckItem });
    expect(follow('presentasi/?dek=a/b&butir=-2')).toMatchObject({ item: 0 });
    expect(follow('presentasi/?dek=a/b&butir=5000')).toMatchObject({ item: LIMITS.deckItem });
  });

  it('what is prerendered leaves out what only the browser knows', () => {
    expect(pageOf(follow('kaltim/pd-tipe-2/?jabatan=sekretaris'))).toEqual(follow('kaltim/pd-tipe-2/'));
    expect(pageOf(follow('s/alur/f/?jalur=lanjut&varian=tim'))).toEqual(follow('s/alur/f/'));
  });

  it('no region may take the first segment of one of the app pages', () => {
    for (const segment of [
      'cari',
      'posisi',
      'banding',
      'glosarium',
      'impor',
      'presentasi',
      'susun',
      'sematkan',
      'data',
      'assets',
    ])
      expect(RESERVED_REGION_IDS.has(segment)).toBe(true);
    const region = fixture();
    region.id = 'sematkan';
    expect(crossCheck(region, 'import:x').map((i) => i.path)).toContain('$.id');
  });
});

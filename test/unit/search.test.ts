/**
 * Search over the shipped regions (issue 13 "Search that finds", issue 19 "The whole text
 * searchable"): every perangkat daerah is found by its name; region and unit names filter;
 * abbreviations and typos are understood; flow steps, rules and the regulation's text itself are
 * found, each with a route. Expected values come from the data files and the regulation texts
 * (line numbers read by hand from data/sources).
 */
import { describe, expect, it } from 'vitest';
import { SearchClient, type SearchOutcome } from '../../src/search/client';
import { href } from '../../src/state/router.svelte';
import { countingFetcher, publishedSearchFiles, shippedSources } from '../../scripts/bench/searchScale';

const shipped = shippedSources();
const files = publishedSearchFiles(shipped);
const client = new SearchClient(countingFetcher(files).fetchJson);
const run = (q: string, scope?: string): Promise<SearchOutcome> => client.run(q, scope ? { scope } : {});
const hitsIn = (o: SearchOutcome, region: string) => o.groups.find((g) => g.region.id === region)?.hits ?? [];

describe('search finds', () => {
  it('every perangkat daerah the texts list, by its full name, with a link to its unit type', async () => {
    let names = 0;
    for (const { region } of shipped) {
      for (const u of region.unitTypes) {
        for (const name of u.perangkatDaerah?.names ?? []) {
          names++;
          const hits = hitsIn(await run(name, region.id), region.id);
          expect(
            hits.some(
              (h) =>
                h.doc.kind === 'perangkatDaerah' &&
                h.doc.label === name &&
                href(h.doc.route) === `${region.id}/${u.id}/`,
            ),
            `${region.id}: ${name}`,
          ).toBe(true);
        }
      }
    }
    expect(names).toBeGreaterThan(10);
  });

  it('tolerates typos and understands abbreviations', async () => {
    const pd = async (q: string, region: string) =>
      hitsIn(await run(q, region), region)
        .filter((h) => h.doc.kind === 'perangkatDaerah')
        .map((h) => h.doc.label);
    expect(await pd('dinas perhubngan', 'semarang')).toContain('Dinas Perhubungan');
    expect(await pd('dinsa perhubungan', 'semarang')).toContain('Dinas Perhubungan');
    // Semarang Lampiran II huruf a angka 2 huruf c) (line 454): "Dinas Perhubungan".
    expect(await pd('Dishub', 'semarang')).toContain('Dinas Perhubungan');
    // Semarang line 441: "Badan Kesatuan Bangsa dan Politik".
    expect(await pd('Kesbangpol', 'semarang')).toContain('Badan Kesatuan Bangsa dan Politik');
    expect(await pd('kesbnagpol', 'semarang')).toContain('Badan Kesatuan Bangsa dan Politik');
    // Kaltim Lampiran I (line 564): "Rumah Sakit Khusus Daerah Kelas A".
    const rskd = hitsIn(await run('RSKD', 'kaltim'), 'kaltim');
    expect(rskd.some((h) => h.doc.kind === 'unitType' && /Rumah Sakit Khusus Daerah/.test(h.doc.label))).toBe(
      true,
    );
    expect(
      hitsIn(await run('rsud', 'semarang'), 'semarang').some((h) =>
        /Rumah Sakit Umum Daerah/i.test(h.doc.label),
      ),
    ).toBe(true);
    expect(
      hitsIn(await run('setwan', 'semarang'), 'semarang').some((h) =>
        /Sekretariat Dewan Perwakilan Rakyat Daerah/i.test(h.doc.label),
      ),
    ).toBe(true);
  });

  it('positions by role, in either language', async () => {
    const appraisers = hitsIn(await run('penilai kinerja', 'semarang'), 'semarang').filter(
      (h) => h.doc.kind === 'position',
    );
    expect(appraisers.length).toBeGreaterThan(0);
    expect(appraisers[0]!.doc.detail).toMatch(/Penilai Kinerja/);
    const leads = hitsIn(await run('team lead', 'semarang'), 'semarang').filter(
      (h) => h.doc.kind === 'position',
    );
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((h) => /Ketua Tim/.test(h.doc.detail ?? ''))).toBe(true);
  });

  it('region names filter: "Camat Surakarta" finds the Camat of Surakarta, and only Surakarta', async () => {
    const o = await run('Camat Surakarta');
    expect(o.named.map((r) => r.id)).toEqual(['surakarta']);
    expect(o.groups.map((g) => g.region.id)).toEqual(['surakarta']);
    const top = o.groups[0]!.hits[0]!;
    expect(top.doc.kind).toBe('position');
    expect(top.doc.label).toBe('Camat');
    expect(href(top.doc.route)).toBe('surakarta/kecamatan/?jabatan=camat');
  });

  it('region and unit names filter together: "UPTD Semarang evaluasi" finds the evaluation steps of the UPTD flow', async () => {
    const o = await run('UPTD Semarang evaluasi');
    expect(o.groups.map((g) => g.region.id)).toEqual(['semarang']);
    const steps = o.groups[0]!.hits.filter((h) => h.doc.kind === 'step');
    // Lampiran V huruf f (line 756): "Mekanisme Kerja pada Unit Pelaksana Teknis Daerah", tahap evaluasi.
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0]!.doc.context).toBe('Mekanisme Kerja pada Unit Pelaksana Teknis Daerah');
    const route = steps[0]!.doc.route;
    expect(route.name === 'flow' && route.flow).toBe('mekanisme-kerja-uptd');
  });

  it('words inside flow steps, with a link that replays the flow to that step', async () => {
    // Semarang Lampiran V huruf d angka 4 huruf a) butir 2) (line 714): "Camat atas rekomendasi
    // Sekretaris menugaskan Pejabat Fungsional ...".
    const hits = hitsIn(await run('atas rekomendasi sekretaris menugaskan', 'semarang'), 'semarang');
    const step = hits.find((h) => h.doc.kind === 'step');
    expect(step?.doc.context).toBe('Mekanisme Kerja pada Kecamatan');
    expect(step?.doc.lines).toEqual([714, 714]);
    expect(href(step!.doc.route)).toMatch(
      /^semarang\/alur\/mekanisme-kerja-kecamatan\/\?(varian=[a-z]+&)?jalur=langkah\.lanjut$/,
    );
  });

  it('a typed "constructor" or "__proto__" is only a word', async () => {
    await expect(run('constructor')).resolves.toBeDefined();
    await expect(run('__proto__ toString')).resolves.toBeDefined();
  });

  it('nothing for nonsense or for one letter', async () => {
    const o = await run('qzxwv');
    expect(o.groups.every((g) => g.total === 0)).toBe(true);
    expect((await run('d')).groups).toEqual([]);
  });
});

/** One sentence of each kind per region, with the line it stands on (read from data/sources). */
const SENTENCES: { region: string; part: string; line: number; q: string }[] = [
  {
    region: 'semarang',
    part: 'Menimbang huruf a',
    line: 24,
    q: 'penyederhanaan birokrasi terkait dengan penyetaraan jabatan dan penataan struktur organisasi merupakan upaya',
  },
  {
    region: 'semarang',
    part: 'Pasal 30 (penutup)',
    line: 350,
    q: 'memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Semarang',
  },
  {
    region: 'semarang',
    part: 'Lampiran II huruf a angka 1 huruf q)',
    line: 441,
    q: 'Badan Kesatuan Bangsa dan Politik',
  },
  {
    region: 'kaltim',
    part: 'Menimbang huruf b',
    line: 18,
    q: 'setiap instansi pemerintah melakukan pengaturan penyesuaian sistem kerja berdasarkan peraturan menteri ini paling lambat',
  },
  {
    region: 'kaltim',
    part: 'Pasal 23 (penutup)',
    line: 291,
    q: 'memerintahkan pengundangan Peraturan Gubernur ini dengan penempatannya dalam Berita Daerah Provinsi Kalimantan Timur',
  },
  { region: 'kaltim', part: 'Lampiran II, Surat Tugas', line: 1050, q: 'Nama Lengkap (beserta gelar)' },
  {
    region: 'sambas',
    part: 'Menimbang huruf b',
    line: 17,
    q: 'diperlukan mekanisme kerja antar Jabatan Pimpinan Tinggi',
  },
  {
    region: 'sambas',
    part: 'penutup',
    line: 270,
    q: 'memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Sambas',
  },
  {
    region: 'sambas',
    part: 'Lampiran II, tabel tim kerja',
    line: 1202,
    q: 'Pengelolaan Ketatalaksanaan Pemerintah Tim Penyusunan Kebijakan Bidang Tatalaksana',
  },
  {
    region: 'lombok-barat',
    part: 'Menimbang huruf b',
    line: 21,
    q: 'penyederhanaan birokrasi dilakukan melalui penyederhanaan struktur organisasi, penyetaraan jabatan, dan penyesuaian sistem kerja',
  },
  {
    region: 'lombok-barat',
    part: 'penutup',
    line: 262,
    q: 'memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Lombok Barat',
  },
  {
    region: 'lombok-barat',
    part: 'Lampiran, tahap evaluasi',
    line: 1000,
    q: 'Asisten meninjau hasil pelaksanaan kegiatan disampaikan kepada Sekretaris Daerah untuk ditinjau',
  },
  {
    region: 'surakarta',
    part: 'Menimbang huruf b',
    line: 20,
    q: 'lincah, dan profesional, serta sejalan dengan Peraturan Menteri',
  },
  {
    region: 'surakarta',
    part: 'penutup',
    line: 483,
    q: 'memerintahkan pengundangan Peraturan Wali Kota ini dengan penempatannya dalam Berita Daerah Kota Surakarta',
  },
  {
    region: 'surakarta',
    part: 'Lampiran III, Tabel 7.2 (Sekretariat Daerah)',
    line: 619,
    q: 'Asisten Sekretaris Daerah Kepala Bagian, JF Ahli Madya',
  },
];

describe('the whole text is searchable', () => {
  it.each(SENTENCES)('$region, $part (line $line)', async ({ region, line, q }) => {
    const hits = hitsIn(await run(q, region), region).filter((h) => h.doc.kind === 'passage');
    const found = hits.find(
      (h) => h.doc.route.name === 'passage' && h.doc.route.from <= line && h.doc.route.to >= line,
    );
    expect(found, q).toBeDefined();
    expect(href(found!.doc.route)).toMatch(new RegExp(`^${region}/teks/\\?baris=\\d+-\\d+$`));
  });

  it('passages carry the locator a reader cites', async () => {
    // Semarang Pasal 13 ayat (3) huruf b (line 182): "Pejabat Fungsional ahli muda berkedudukan di bawah ...".
    const hits = hitsIn(
      await run(
        'Pejabat Fungsional ahli muda berkedudukan di bawah dan bertanggung jawab secara langsung',
        'semarang',
      ),
      'semarang',
    ).filter((h) => h.doc.kind === 'passage');
    expect(hits[0]?.doc.label).toBe('Pasal 13 ayat (3) huruf b');
  });
});

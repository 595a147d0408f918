/**
 * Kota Surakarta (Perwali 32/2023): answers checked against the text. Each test first asserts
 * the cited words stand in the regulation, then that the model answers accordingly.
 * Line numbers are those of data/sources/004_ee191ec6cd5e7717.txt.
 */
import { describe, expect, it } from 'vitest';

import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  placedUnder,
  reportsTo,
  unitLeadersOf,
} from '../../../src/model/queries';
import { currentStep, NEXT_EVENT } from '../../../src/machines/generate';
import type { Variant } from '../../../src/machines/generate';
import { answerFor, positionChoiceLabel } from '../../../src/model/myPosition';
import { flow, names, region, textSays, unit, walkFlow } from './helpers';

const r = region('surakarta');

const rule = (id: string) => {
  const found = r.rules.find((x) => x.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

const walk = (flowId: string, events: string[], variant?: Variant) => walkFlow(r, flowId, events, variant);

describe('Surakarta: who appraises, leads, assigns', () => {
  it('Inspektorat: the Inspektur appraises the JF Madya and is its Pimpinan Unit Organisasi (Lampiran III angka 2.1 huruf b, Tabel 7.2)', () => {
    expect(textSays(r, 637, 637, 'Pemilik Kinerja/ Pimpinan Unit Organisasi')).toBe(true);
    expect(textSays(r, 638, 638, 'Inspektur Inspektur Sekretaris, Inspektur Pembantu, JF Madya')).toBe(true);
    const u = unit(r, 'inspektorat');
    expect(names(appraisersOf(u, 'jf-madya'))).toEqual(['Inspektur']);
    expect(names(unitLeadersOf(u, 'jf-madya'))).toEqual(['Inspektur']);
  });

  it('Inspektorat: the Inspektur Pembantu appraises the JF Keahlian (Pertama dan Muda), who sit under it (Tabel 7.2; Pasal 12 ayat (2))', () => {
    expect(textSays(r, 640, 640, 'Inspektur Pembantu JF Keahlian (Pertama dan Muda)')).toBe(true);
    expect(
      textSays(
        r,
        186,
        186,
        'Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'inspektorat');
    expect(names(appraisersOf(u, 'jf-keahlian-inspektur-pembantu'))).toEqual(['Inspektur Pembantu']);
    expect(names(placedUnder(u, 'jf-keahlian-inspektur-pembantu'))).toEqual(['Inspektur Pembantu']);
    expect(names(unitLeadersOf(u, 'jf-keahlian-inspektur-pembantu'))).toEqual(['Inspektur']);
  });

  it('Badan/Dinas: the Kepala Bidang appraises its JF and Pelaksana, the Kepala Badan/ Kepala Dinas appraises the Kepala UPTD (Lampiran III angka 2.1 huruf c, Tabel 7.1)', () => {
    expect(
      textSays(
        r,
        655,
        655,
        'Kepala Badan/ Kepala Dinas Sekretaris, Kepala Bidang, Kepala UPTD, JF Ahli Madya dan Utama',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        657,
        657,
        'Kepala Bidang JF Keterampilan dan JF Keahlian (Pertama dan Muda) serta Pelaksana',
      ),
    ).toBe(true);
    const u = unit(r, 'badan-dinas');
    expect(names(appraisersOf(u, 'jf-keahlian-kepala-bidang'))).toEqual(['Kepala Bidang']);
    expect(names(appraisersOf(u, 'pelaksana-kepala-bidang'))).toEqual(['Kepala Bidang']);
    expect(names(unitLeadersOf(u, 'jf-keahlian-kepala-bidang'))).toEqual(['Kepala Badan/ Kepala Dinas']);
    expect(names(appraisersOf(u, 'kepala-uptd'))).toEqual(['Kepala Badan/ Kepala Dinas']);
    expect(names(appraisersOf(u, 'jf-ahli-madya-dan-utama'))).toEqual(['Kepala Badan/ Kepala Dinas']);
  });

  it('Badan/Dinas: the text names no appraiser of the Kepala Sub Bidang, and the data says so (Tabel 7.1)', () => {
    expect(textSays(r, 658, 658, 'Kepala Sub Bagian/ Kepala Sub Bidang Pelaksana')).toBe(true);
    const u = unit(r, 'badan-dinas');
    expect(appraisersOf(u, 'kepala-sub-bidang')).toEqual([]);
    expect(names(appraisersOf(u, 'pelaksana-kepala-sub-bidang'))).toEqual(['Kepala Sub Bidang']);
    expect(
      r.notes.some((n) => n.kind === 'silent' && n.about?.includes('badan-dinas/kepala-sub-bidang')),
    ).toBe(true);
  });

  it('Dinas/Badan satu level: the Kepala Dinas/Badan appraises JF up to Madya and is their Pimpinan Unit Organisasi (Tabel 7.2 kedua; Lampiran IV angka 3.3 huruf b)', () => {
    expect(
      textSays(
        r,
        672,
        672,
        'Kepala Dinas/ Badan Sekretaris, JF Keterampilan dan JF Keahlian (Pertama, Muda, Madya) serta Pelaksana',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        1033,
        1033,
        'Pejabat Pimpinan Tinggi Pratama juga berperan sebagai Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'dinas-badan-satu-level');
    expect(names(appraisersOf(u, 'jf-keahlian-kepala-dinas-badan'))).toEqual(['Kepala Dinas/Badan']);
    expect(names(unitLeadersOf(u, 'jf-keahlian-kepala-dinas-badan'))).toEqual(['Kepala Dinas/Badan']);
    expect(names(placedUnder(u, 'pelaksana-kepala-dinas-badan'))).toEqual(['Kepala Dinas/Badan']);
    expect(names(appraisersOf(u, 'jf-keahlian-sekretaris'))).toEqual(['Sekretaris']);
  });

  it('Dinas/Badan satu level: the JPT appoints the Pengendali, who coordinates the Ketua Tim Kerja and reports to the Pimpinan Unit Organisasi (Pasal 24 ayat (1); Lampiran VI angka 3)', () => {
    expect(textSays(r, 392, 392, 'Pejabat Pimpinan Tinggi menunjuk pengendali')).toBe(true);
    expect(
      textSays(
        r,
        1148,
        1148,
        'Pengendali dalam tim kerja melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'dinas-badan-satu-level');
    expect(names(assignersOf(u, 'pengendali'))).toEqual(['Kepala Dinas/Badan']);
    expect(coordinatorsOf(u, 'ketua-tim-kerja').map((a) => [a.position.name, a.relation.as])).toEqual([
      ['Pengendali', 'pengendali'],
    ]);
    expect(names(reportsTo(u, 'pengendali'))).toEqual(['Kepala Dinas/Badan']);
  });

  it('Dinas/Badan satu level: the Ketua Tim Kerja and the Pengendali are appraised by the Pejabat Penilai Kinerja (Pasal 27 ayat (1))', () => {
    expect(
      textSays(
        r,
        423,
        423,
        'Pelaksanaan evaluasi dan penilaian Ketua Tim Kerja dan Pengendali dilakukan oleh Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'dinas-badan-satu-level');
    expect(names(appraisersOf(u, 'ketua-tim-kerja'))).toEqual(['Kepala Dinas/Badan']);
    expect(names(appraisersOf(u, 'pengendali'))).toEqual(['Kepala Dinas/Badan']);
  });

  it('Sekretariat DPRD: the Sekretaris DPRD appraises the JF Ahli Madya, the Kepala Bagian the JF Pertama/Muda and Pelaksana (Lampiran III angka 2.1 huruf e, Tabel 7.4)', () => {
    expect(textSays(r, 690, 690, 'Sekretaris DPRD Sekretaris DPRD Kepala Bagian dan JF Ahli Madya')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        691,
        691,
        'Kepala Bagian Kepala Sub Bagian, JF Keterampilan dan JF Keahlian (Pertama, Muda) serta Pelaksana',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-dprd');
    expect(names(appraisersOf(u, 'jf-ahli-madya'))).toEqual(['Sekretaris DPRD']);
    expect(names(appraisersOf(u, 'jf-keahlian-kepala-bagian'))).toEqual(['Kepala Bagian']);
    expect(names(appraisersOf(u, 'kepala-sub-bagian'))).toEqual(['Kepala Bagian']);
    expect(names(unitLeadersOf(u, 'pelaksana-kepala-bagian'))).toEqual(['Sekretaris DPRD']);
  });

  it('Sekretariat Daerah: the Asisten appraises the JF Ahli Madya, who sits under the Asisten and reports through the Kepala Bagian (Gambar 7.1; Lampiran VI angka 1 huruf b)', () => {
    expect(textSays(r, 619, 619, 'Asisten Sekretaris Daerah Kepala Bagian, JF Ahli Madya')).toBe(true);
    expect(textSays(r, 605, 605, 'kecuali JF Ahli Madya di bawah Asisten')).toBe(true);
    expect(
      textSays(
        r,
        1143,
        1143,
        'melalui Pejabat Penilai Kinerja dan Kepala Bagian sesuai dengan bidang tugasnya',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-daerah');
    expect(names(appraisersOf(u, 'jf-ahli-madya'))).toEqual(['Asisten Sekretaris Daerah']);
    expect(names(placedUnder(u, 'jf-ahli-madya'))).toEqual(['Asisten Sekretaris Daerah']);
    expect(names(unitLeadersOf(u, 'jf-ahli-madya'))).toEqual(['Sekretaris Daerah']);
    expect(new Set(names(reportsTo(u, 'jf-ahli-madya')))).toEqual(
      new Set(['Sekretaris Daerah', 'Asisten Sekretaris Daerah', 'Kepala Bagian']),
    );
  });

  it('Unit 3 level: the Kepala Bidang appraises the Kepala Sub Bidang/ Kepala Seksi, who appraises the Pelaksana (Lampiran III angka 2.1 huruf f, Tabel 7.5)', () => {
    expect(
      textSays(
        r,
        712,
        712,
        'Kepala Bidang Kepala Sub Bidang/ Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda)',
      ),
    ).toBe(true);
    expect(textSays(r, 713, 713, 'Kepala Sub Bidang/ Kepala Seksi Pelaksana')).toBe(true);
    const u = unit(r, 'unit-organisasi-tiga-level');
    expect(names(appraisersOf(u, 'kepala-sub-bidang-kepala-seksi'))).toEqual(['Kepala Bidang']);
    expect(names(appraisersOf(u, 'pelaksana-kepala-sub-bidang-kepala-seksi'))).toEqual([
      'Kepala Sub Bidang/ Kepala Seksi',
    ]);
    expect(u.perangkatDaerah?.names).toEqual(['Satpol PP', 'Dishub', 'Damkar', 'Disdik', 'BPKAD', 'Bapenda']);
  });

  it('BPBD: the Kepala Pelaksana appraises the Sekretaris Pelaksana, the Kepala Seksi and the JF Keterampilan (Lampiran III angka 2.1 huruf g, Tabel 7.6)', () => {
    expect(
      textSays(
        r,
        729,
        729,
        'Kepala Pelaksana Kepala Pelaksana Sekretaris Pelaksana, Kepala Seksi, dan JF Keterampilan',
      ),
    ).toBe(true);
    const u = unit(r, 'bpbd');
    for (const id of ['sekretaris-pelaksana', 'kepala-seksi', 'jf-keterampilan'])
      expect(names(appraisersOf(u, id)), id).toEqual(['Kepala Pelaksana']);
    expect(names(unitLeadersOf(u, 'jf-keterampilan'))).toEqual(['Kepala Pelaksana']);
    expect(u.positions.find((p) => p.id === u.head)?.category).toBe('administrator');
  });

  it('Kecamatan: the Camat appraises the Lurah, the Lurah the Sekretaris Kelurahan, who appraises the Pelaksana (Lampiran III angka 2.1 huruf h, Tabel 7.7)', () => {
    expect(textSays(r, 748, 748, 'Camat Camat Sekretaris, Kepala Seksi Kecamatan dan Lurah')).toBe(true);
    expect(textSays(r, 752, 752, 'Lurah Sekretaris Kelurahan, Kepala Seksi Kelurahan')).toBe(true);
    expect(textSays(r, 754, 754, 'Sekretaris Kelurahan Pelaksana')).toBe(true);
    const u = unit(r, 'kecamatan');
    expect(names(appraisersOf(u, 'lurah'))).toEqual(['Camat']);
    expect(names(appraisersOf(u, 'sekretaris-kelurahan'))).toEqual(['Lurah']);
    expect(names(appraisersOf(u, 'pelaksana-sekretaris-kelurahan'))).toEqual(['Sekretaris Kelurahan']);
    expect(names(appraisersOf(u, 'jf-ahli-pertama-sekretaris-kecamatan'))).toEqual(['Sekretaris Kecamatan']);
  });

  it('Rumah Sakit Daerah: the Direktur appraises the JF Keahlian (Madya dan Utama), the Kepala Bidang the JF Pertama/Muda (Lampiran III angka 2.1 huruf i, Tabel 7.8)', () => {
    expect(
      textSays(r, 771, 771, 'Direktur Direktur Kepala Bagian, Kepala Bidang, JF Keahlian (Madya dan Utama)'),
    ).toBe(true);
    expect(
      textSays(
        r,
        772,
        772,
        'Kepala Bagian, Kepala Bidang Kepala Sub Bagian, Kepala Seksi, JF Keterampilan dan JF Keahlian (Pertama dan Muda)',
      ),
    ).toBe(true);
    const u = unit(r, 'rumah-sakit-daerah');
    expect(names(appraisersOf(u, 'jf-keahlian-madya-dan-utama'))).toEqual(['Direktur']);
    expect(names(appraisersOf(u, 'jf-keahlian-kepala-bidang'))).toEqual(['Kepala Bidang']);
    expect(names(appraisersOf(u, 'kepala-bidang'))).toEqual(['Direktur']);
    expect(names(unitLeadersOf(u, 'jf-keahlian-madya-dan-utama'))).toEqual(['Direktur']);
  });

  it('Puskesmas and UPTD: the head appraises the Kepala Sub Bagian TU and the JF; the "Bagaian" slip is flagged (huruf j; huruf k, Tabel 7.9)', () => {
    expect(
      textSays(
        r,
        787,
        787,
        'Kepala Puskesmas Kepala Puskesmas Kepala Sub Bagian TU, JF Keahlian dan JF Keterampilan',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        806,
        806,
        'Kepala UPTD Kepala UPTD Kepala Sub Bagian TU, JF Keahlian (Pertama dan Muda) dan JF Keterampilan',
      ),
    ).toBe(true);
    expect(textSays(r, 807, 807, 'Kepala Sub Bagaian TU')).toBe(true);
    const pkm = unit(r, 'puskesmas');
    expect(names(appraisersOf(pkm, 'jf-keahlian'))).toEqual(['Kepala Puskesmas']);
    expect(names(appraisersOf(pkm, 'kepala-sub-bagian-tu'))).toEqual(['Kepala Puskesmas']);
    const uptd = unit(r, 'uptd');
    expect(names(appraisersOf(uptd, 'pelaksana-kepala-sub-bagian-tu'))).toEqual(['Kepala Sub Bagian TU']);
    expect(r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 807 && n.cite.lines[1] >= 807)).toBe(
      true,
    );
  });
});

describe('Surakarta: ketua tim and pengendali rules', () => {
  it("candidate Ketua Tim Kerja: proposed by the Pimpinan Unit Organisasi on the appraiser's advice, at most 3 (Pasal 15 ayat (3))", () => {
    expect(
      textSays(
        r,
        244,
        244,
        'diusulkan oleh Pimpinan Unit Organisasi berdasarkan pertimbangan Pejabat Penilai Kinerja maksimal 3 (tiga) orang',
      ),
    ).toBe(true);
    const x = rule('usulan-calon-ketua-tim-kerja');
    expect(x.subject).toBe('ketuaTim');
    expect(x.cite.lines).toEqual([244, 244]);
    expect(x.text).toContain('Pimpinan Unit Organisasi');
    expect(x.text).toContain('maksimal 3 (tiga) orang');
  });

  it('candidate Pengendali: proposed by the Pimpinan Unit Organisasi, at most 3 (Pasal 24 ayat (4))', () => {
    expect(
      textSays(
        r,
        399,
        399,
        'Calon Pengendali sebagaimana dimaksud pada ayat (2) diusulkan oleh Pimpinan Unit Organisasi maksimal 3 (tiga) orang',
      ),
    ).toBe(true);
    const x = rule('usulan-calon-pengendali');
    expect(x.subject).toBe('pengendali');
    expect(x.cite.lines).toEqual([399, 399]);
    expect(x.text).toContain('maksimal 3 (tiga) orang');
  });

  it("both are set by the Sekretaris Daerah selaku Ketua Tim Penilai Kinerja (Pasal 15 ayat (4); Pasal 24 ayat (5)), and the flows end with that step's decision", () => {
    expect(
      textSays(
        r,
        245,
        245,
        'Ketua Tim Kerja ditetapkan oleh Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(r, 400, 400, 'Pengendali ditetapkan oleh Sekretaris Daerah selaku Ketua Tim Penilai Kinerja'),
    ).toBe(true);
    expect(rule('penetapan-ketua-tim-kerja-oleh-sekda').text).toContain(
      'Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
    );
    expect(rule('penetapan-pengendali-oleh-sekda').text).toContain(
      'Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
    );
    for (const id of ['penetapan-ketua-tim-kerja', 'penetapan-pengendali']) {
      const f = flow(r, id);
      const decider = f.steps.find((s) => s.decision)!;
      expect(f.participants.find((p) => p.id === decider.actor)?.name, id).toBe(
        'Sekretaris Daerah selaku Ketua Tim Penilai Kinerja',
      );
    }
  });

  it('a vacancy is filled at the latest in Januari, April, Juli or Oktober (Pasal 27 ayat (2))', () => {
    expect(textSays(r, 424, 428, 'paling lambat di bulan Januari, April, Juli, Oktober')).toBe(true);
    const x = rule('kekosongan-ketua-tim-pengendali');
    expect(x.kind).toBe('batasWaktu');
    expect(x.cite.lines).toEqual([424, 428]);
    expect(x.text).toContain('Januari, April, Juli, Oktober');
  });

  it('the Pengendali must come from the Unit Organisasi Pemilik Kinerja, else at least a JF Ahli Muda from outside by mutasi (Pasal 24 ayat (6)-(7))', () => {
    expect(textSays(r, 401, 401, 'Pengendali wajib berasal dari Unit Organisasi Pemilik Kinerja')).toBe(true);
    expect(
      textSays(
        r,
        402,
        402,
        'minimal Pejabat Fungsional Keahlian jenjang muda dari luar unit organisasi atau luar instansi dengan mekanisme mutasi pegawai',
      ),
    ).toBe(true);
    expect(rule('pengendali-dari-unit-pemilik-kinerja')).toMatchObject({
      kind: 'persyaratan',
      subject: 'pengendali',
    });
    expect(rule('pengendali-dari-unit-pemilik-kinerja').text).toContain(
      'wajib berasal dari Unit Organisasi Pemilik Kinerja',
    );
    expect(rule('pengendali-dari-luar-unit').text).toContain('luar unit organisasi atau luar instansi');
    expect(rule('syarat-pengendali').text).toContain('minimal Pejabat Fungsional Keahlian jenjang muda');
  });

  it('the Ketua Tim Kerja: at most 1 year, must come from the Unit Organisasi Pemilik Kinerja; the "diutamakan" wording elsewhere is flagged (Pasal 1 angka 26; Pasal 15 ayat (5); Pasal 19 ayat (3))', () => {
    expect(textSays(r, 70, 70, 'dalam jangka waktu maksimal 1 (satu) tahun')).toBe(true);
    expect(textSays(r, 246, 246, 'Ketua Tim Kerja wajib berasal dari Unit Organisasi Pemilik Kinerja')).toBe(
      true,
    );
    expect(textSays(r, 305, 305, 'diutamakan berasal dari unit organisasi pemilik kinerja')).toBe(true);
    expect(rule('masa-tugas-ketua-tim-kerja')).toMatchObject({ kind: 'masaTugas', subject: 'ketuaTim' });
    expect(rule('masa-tugas-ketua-tim-kerja').text).toContain('maksimal 1 (satu) tahun');
    expect(rule('ketua-tim-dari-unit-pemilik-kinerja').text).toContain(
      'wajib berasal dari Unit Organisasi Pemilik Kinerja',
    );
    expect(r.notes.find((n) => n.id === 'konflik-asal-ketua-tim')?.kind).toBe('conflict');
  });

  it("the Sekretaris Daerah's setting and the unit leader's own appointment of a ketua tim disagree, and both are kept (Pasal 15 ayat (4); Lampiran IV angka 3.1.2 angka 2)", () => {
    expect(
      textSays(
        r,
        946,
        946,
        'dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja',
      ),
    ).toBe(true);
    expect(r.notes.find((n) => n.id === 'konflik-penetapan-ketua-tim')?.kind).toBe('conflict');
    expect(rule('penunjukan-ketua-tim-oleh-puo').subject).toBe('ketuaTim');
  });
});

describe('Surakarta: flows', () => {
  it('penunjukan lintas unit, main path: pemilik kinerja -> mitra kerja (cc Penilai) -> rekomendasi -> persetujuan -> surat penugasan -> JF (Lampiran IV angka 3.1 huruf b); 3.1.2 angka 2 huruf a-d; Pasal 17 ayat (4))', () => {
    expect(
      textSays(
        r,
        865,
        865,
        'mengirimkan surat permohonan tentang pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pimpinan Unit Organisasi mitra kerja dengan tembusan Pejabat Penilai Kinerja bersangkutan',
      ),
    ).toBe(true);
    expect(textSays(r, 958, 958, 'setelah mendapat rekomendasi dari Pejabat Penilai Kinerja')).toBe(true);
    expect(textSays(r, 866, 866, 'memberikan surat balasan berisi persetujuan dan rekomendasi')).toBe(true);
    expect(
      textSays(
        r,
        959,
        959,
        'Pejabat Fungsional atau pelaksana menyusun surat penugasan untuk disetujui oleh Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(textSays(r, 275, 275, 'memberikan surat penugasan kepada Pejabat Fungsional atau Pelaksana')).toBe(
      true,
    );
    expect(textSays(r, 960, 960, 'Pejabat Fungsional atau pelaksana menerima surat penugasan')).toBe(true);
    const { f, actor, seen } = walk('penunjukan-lintas-unit', [
      NEXT_EVENT,
      NEXT_EVENT,
      'keputusan.setujui',
      NEXT_EVENT,
      NEXT_EVENT,
      NEXT_EVENT,
      NEXT_EVENT,
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual([
      'puo-pemilik>puo-mitra',
      'penilai>puo-mitra',
      'puo-mitra>',
      'puo-mitra>puo-pemilik',
      'jf>puo-mitra',
      'puo-mitra>jf',
      'jf>',
    ]);
    expect(f.steps[0]!.cc).toEqual(['penilai']);
  });

  it('penunjukan lintas unit, refusal: a reply with reasons goes back to the Pimpinan Unit Organisasi Pemilik Kinerja (Lampiran IV angka 3.1 huruf b) angka 2); 3.1.2 angka 2 huruf e)', () => {
    expect(
      textSays(
        r,
        866,
        866,
        'atau penolakan yang disertai alasan kepada Pimpinan Unit Organisasi Pemilik Kinerja',
      ),
    ).toBe(true);
    expect(textSays(r, 961, 961, 'menjawab surat permohonan pelibatan tersebut disertai alasan')).toBe(true);
    const { f, actor } = walk('penunjukan-lintas-unit', [NEXT_EVENT, NEXT_EVENT, 'keputusan.tolak']);
    const step = f.steps.find((s) => s.id === currentStep(actor.getSnapshot()))!;
    expect(step.actor).toBe('puo-mitra');
    expect(step.recipients).toEqual(['puo-pemilik']);
    actor.send({ type: NEXT_EVENT });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('penunjukan lintas instansi: pemilik kinerja -> Wali Kota u.p. Sekretaris Daerah -> instansi dituju -> surat balasan to the Wali Kota (Lampiran IV angka 3.1 huruf c))', () => {
    expect(
      textSays(
        r,
        874,
        874,
        'kepada Wali Kota u.p. Sekretaris Daerah dengan tembusan Pejabat Penilai Kinerja bersangkutan di instansinya',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        875,
        875,
        'Sekretaris Daerah atas nama Wali Kota menyampaikan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Pejabat yang berwenang',
      ),
    ).toBe(true);
    expect(textSays(r, 876, 876, 'Wali Kota menerima surat balasan dari Instansi Pemerintah lain')).toBe(
      true,
    );
    const { f, actor, seen } = walk('penunjukan-lintas-instansi', [
      NEXT_EVENT,
      NEXT_EVENT,
      'keputusan.setujui',
      NEXT_EVENT,
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual([
      'puo-pemilik>wali-kota,sekda',
      'sekda>pejabat-berwenang',
      'pejabat-berwenang>wali-kota',
      'wali-kota>',
    ]);
    expect(f.steps[0]!.cc).toEqual(['penilai']);
  });

  it('penetapan Ketua Tim Kerja: Penilai advises, Pimpinan Unit Organisasi proposes, BKD runs it, Sekretaris Daerah sets, the Ketua makes a PK (Pasal 15 ayat (3)-(4); Pasal 30; Pasal 21 ayat (1))', () => {
    expect(textSays(r, 244, 244, 'berdasarkan pertimbangan Pejabat Penilai Kinerja')).toBe(true);
    expect(textSays(r, 463, 463, 'dilaksanakan oleh Perangkat Daerah yang membidangi kepegawaian')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        336,
        336,
        'Pejabat yang ditunjuk sebagai Ketua Tim Kerja diwajibkan membuat Perjanjian Kinerja (PK)',
      ),
    ).toBe(true);
    const { actor, seen } = walk('penetapan-ketua-tim-kerja', [
      NEXT_EVENT,
      NEXT_EVENT,
      NEXT_EVENT,
      'keputusan.setujui',
      NEXT_EVENT,
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual(['penilai>puo', 'puo>pd-kepegawaian', 'pd-kepegawaian>sekda', 'sekda>', 'ketua>']);
  });

  it('pertanggungjawaban tim kerja: anggota -> Ketua -> (melalui Pengendali) -> Pimpinan Unit Organisasi (Lampiran VI angka 2-3)', () => {
    expect(textSays(r, 1146, 1146, 'anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        1147,
        1147,
        'kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali',
      ),
    ).toBe(true);
    const { actor, seen } = walk('pertanggungjawaban-tim-kerja', [
      NEXT_EVENT,
      'jalur.pengendali',
      NEXT_EVENT,
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual(['anggota>ketua', 'ketua>', 'pengendali>puo']);
  });

  it('penunjukan individu, evaluasi: "tidak sesuai" sends the Kepala Unit to perbaikan and back to the Penilai\'s evaluation; "sesuai" ends it (Lampiran IV angka 3.1.1 angka 3 huruf a-c)', () => {
    expect(
      textSays(
        r,
        918,
        918,
        'Pejabat Penilai Kinerja melakukan evaluasi terhadap hasil pelaksanaan kegiatan individu untuk kemudian disampaikan kepada Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        919,
        919,
        'dinyatakan selesai setelah Pimpinan Unit Organisasi menerima hasil pelaksanaan kegiatan',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        920,
        920,
        'tidak sesuai dengan target yang diharapkan maka Kepala Unit melakukan perbaikan',
      ),
    ).toBe(true);
    const f = flow(r, 'mekanisme-kerja-penunjukan-individu');
    const toEvaluation = f.steps.findIndex((s) => s.id === 'evaluasi-hasil');
    const { actor, seen } = walk('mekanisme-kerja-penunjukan-individu', [
      ...Array<string>(toEvaluation + 1).fill(NEXT_EVENT),
      'hasil.tidakSesuai',
      NEXT_EVENT,
      NEXT_EVENT,
      'hasil.sesuai',
    ]);
    expect(seen.slice(toEvaluation)).toEqual(['penilai>puo', 'puo>', 'kepala-unit>', 'penilai>puo', 'puo>']);
    expect(actor.getSnapshot().status).toBe('done');
    expect(f.participants.find((p) => p.id === 'kepala-unit')?.name).toBe('Kepala Unit');
  });
});

describe('Surakarta: Posisi saya', () => {
  it('JF Madya at the Inspektorat: appraised and led by the Inspektur, placed under it; team-lead rules and assignment scopes shown (Tabel 7.2; Pasal 15, 24, 27; Pasal 17 ayat (1))', () => {
    expect(
      textSays(
        r,
        596,
        596,
        'Jabatan Fungsional Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama',
      ),
    ).toBe(true);
    expect(textSays(r, 270, 272, 'lintas Instansi Pemerintah')).toBe(true);
    const a = answerFor(r, unit(r, 'inspektorat'), 'jf-madya')!;
    expect(names(a.appraisers)).toEqual(['Inspektur']);
    expect(names(a.unitLeaders)).toEqual(['Inspektur']);
    expect(names(a.placedUnder)).toEqual(['Inspektur']);
    const ruleIds = a.teamLead.rules.map((x) => x.id);
    for (const id of [
      'usulan-calon-ketua-tim-kerja',
      'penetapan-ketua-tim-kerja-oleh-sekda',
      'usulan-calon-pengendali',
      'pengendali-dari-unit-pemilik-kinerja',
      'kekosongan-ketua-tim-pengendali',
    ])
      expect(ruleIds, id).toContain(id);
    expect(a.assignmentFlows.map((g) => g.scope)).toEqual(['dalamUnit', 'lintasUnit', 'lintasInstansi']);
  });

  it('Ketua Tim Kerja at a Dinas/Badan satu level: coordinated by the Pengendali, reports to it or the Kepala Dinas/Badan, named as ketua tim (Pasal 24 ayat (1); Pasal 26 ayat (3) huruf b)', () => {
    expect(
      textSays(
        r,
        419,
        419,
        'Ketua Tim Kerja selanjutnya melaporkan pelaksanaan tugas Tim Kerja kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'dinas-badan-satu-level'), 'ketua-tim-kerja')!;
    expect(names(a.coordinators)).toEqual(['Pengendali']);
    expect(new Set(names(a.reportsTo))).toEqual(new Set(['Pengendali', 'Kepala Dinas/Badan']));
    expect(names(a.appraisers)).toEqual(['Kepala Dinas/Badan']);
    expect(names(a.unitLeaders)).toEqual(['Kepala Dinas/Badan']);
    expect(a.teamLead.namedAs.map((x) => x.relation.as)).toEqual(['ketuaTim']);
    expect(a.reportingFlows.map((f) => f.id)).toContain('pertanggungjawaban-tim-kerja');
  });

  it('Pelaksana under a Sekretaris Kelurahan at a Kecamatan: appraised by and placed under the Sekretaris Kelurahan, Camat as Pimpinan Unit Organisasi (Tabel 7.7)', () => {
    expect(textSays(r, 747, 747, 'Pemilik Kinerja/ Pimpinan Unit Organisasi')).toBe(true);
    expect(textSays(r, 748, 748, 'Camat Camat')).toBe(true);
    expect(textSays(r, 754, 754, 'Sekretaris Kelurahan Pelaksana')).toBe(true);
    const a = answerFor(r, unit(r, 'kecamatan'), 'pelaksana-sekretaris-kelurahan')!;
    expect(names(a.appraisers)).toEqual(['Sekretaris Kelurahan']);
    expect(names(a.placedUnder)).toEqual(['Sekretaris Kelurahan']);
    expect(names(a.unitLeaders)).toEqual(['Camat']);
    expect(a.nearestRules.map((x) => x.id)).toContain('alur-kecamatan');
  });

  it('JF Ahli Madya at the Sekretariat Daerah: appraised by the Asisten, its special reporting flow applies (Gambar 7.1; Pasal 28 ayat (3); Lampiran VI angka 1 huruf b)', () => {
    expect(
      textSays(
        r,
        441,
        441,
        'Penilaian kinerja JF Madya pada Sekretariat Daerah dilaksanakan oleh Pejabat Penilai Kinerja dengan pertimbangan Kepala Bagian',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'sekretariat-daerah'), 'jf-ahli-madya')!;
    expect(names(a.appraisers)).toEqual(['Asisten Sekretaris Daerah']);
    expect(a.reportingFlows.map((f) => f.id)).toContain('pertanggungjawaban-jf-madya-sekretariat-daerah');
    const other = answerFor(r, unit(r, 'inspektorat'), 'jf-madya')!;
    expect(other.reportingFlows.map((f) => f.id)).not.toContain(
      'pertanggungjawaban-jf-madya-sekretariat-daerah',
    );
  });
});

describe('Surakarta: telling same-named positions apart', () => {
  it('the four Pelaksana of the Kecamatan table are labelled by the position they sit under (Tabel 7.7)', () => {
    const u = unit(r, 'kecamatan');
    const labels = u.positions
      .filter((p) => p.name === 'Pelaksana')
      .map((p) => positionChoiceLabel(u, p).under);
    expect(labels.every((l) => l !== undefined)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

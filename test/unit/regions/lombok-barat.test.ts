/**
 * Kabupaten Lombok Barat (Perbup 57/2023): answers checked against the text. Each test first asserts
 * the cited words stand in the regulation, then that the model answers accordingly. Line numbers are
 * those of data/sources/003_e79b516f2ee6470c.txt.
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
import { NEXT_EVENT, type Variant } from '../../../src/machines/generate';
import { answerFor, matchUnits } from '../../../src/model/myPosition';
import { flow, names, region, textSays, unit, next, walkFlow } from './helpers';

const r = region('lombok-barat');

const walk = (flowId: string, events: string[], variant?: Variant) => walkFlow(r, flowId, events, variant);

describe('Lombok Barat: who appraises, leads, assigns', () => {
  it('JPT-led, 2 levels: the JPT Pratama appraises the JF, the Administrator is Pimpinan Unit Organisasi (Lampiran BAB II huruf D angka 1)', () => {
    expect(
      textSays(
        r,
        806,
        806,
        'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        806,
        806,
        'Pejabat Administrator yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'jpt-pratama-ppk');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Pimpinan Tinggi Pratama']);
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Pejabat Administrator']);
  });

  it("JPT-led, 2 levels: the JPT Pratama assigns on the Administrator's recommendation, and the JF receives assignments from the Administrator (D angka 1 huruf a; struktur penugasan huruf a)", () => {
    expect(
      textSays(
        r,
        810,
        810,
        'Pejabat Pimpinan Tinggi Pratama atas rekomendasi Pejabat Administrator menugaskan Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        547,
        547,
        'Pejabat Fungsional dan pelaksana menerima penugasan dari Pejabat level II selaku pimpinan unit organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        551,
        551,
        'JPT Pratama sebagai Pejabat Penilai Kinerja dan Pejabat Administrator sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'jpt-pratama-ppk');
    expect(names(assignersOf(u, 'pejabat-fungsional'))).toEqual([
      'Pejabat Pimpinan Tinggi Pratama',
      'Pejabat Administrator',
    ]);
    // Results go up to the Administrator; the JF answers directly to the JPT Pratama (lines 806, 820).
    expect(
      textSays(r, 820, 820, 'disampaikan kepada Pejabat Administrator oleh individu atau ketua tim'),
    ).toBe(true);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual([
      'Pejabat Pimpinan Tinggi Pratama',
      'Pejabat Administrator',
    ]);
  });

  it('JPT-led unit where the Administrator appraises: the Administrator is both Pejabat Penilai Kinerja and Pimpinan Unit Organisasi (D angka 2)', () => {
    expect(
      textSays(
        r,
        832,
        832,
        'Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja sekaligus pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'administrator-ppk-unit-jpt-pratama');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Administrator']);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Administrator']);
    expect(names(placedUnder(u, 'pelaksana'))).toEqual(['Pejabat Administrator']);
  });

  it('Kecamatan (Administrator-led, Camat as appraiser): the Administrator appraises and assigns, the Pengawas is Pimpinan Unit Organisasi (huruf b angka 1); D angka 4)', () => {
    expect(
      textSays(r, 453, 453, 'organisasi pada Kecamatan dengan Pejabat Penilai Kinerja adalah Camat'),
    ).toBe(true);
    expect(
      textSays(
        r,
        453,
        453,
        'berada di bawah Pejabat Administrator sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        888,
        888,
        'Pejabat pengawas yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const match = matchUnits(r, 'Kecamatan')[0]!;
    expect(match.unit.id).toBe('administrator-ppk');
    expect(match.via).toBe('Kecamatan');
    const u = match.unit;
    expect(u.perangkatDaerah?.names).toEqual(['Kecamatan']);
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Administrator']);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Pengawas']);
    expect(
      textSays(
        r,
        892,
        892,
        'Pejabat Administrator atas rekomendasi Pejabat Pengawas menugaskan Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    expect(names(assignersOf(u, 'pelaksana'))).toContain('Pejabat Administrator');
  });

  it('Administrator-led unit where the Pengawas appraises: the text names no Pimpinan Unit Organisasi; JF answer to the Pengawas (huruf b angka 2); line 382)', () => {
    expect(
      textSays(
        r,
        458,
        460,
        'Pejabat Pengawas sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        382,
        382,
        'Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggungjawab kepada Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'pengawas-ppk-unit-administrator');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Pejabat Pengawas']);
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toEqual(['Pejabat Pengawas']);
    expect(unitLeadersOf(u, 'pejabat-fungsional')).toEqual([]);
    expect(
      r.notes.some((n) => n.kind === 'silent' && n.about?.includes('pengawas-ppk-unit-administrator')),
    ).toBe(true);
  });

  it('Pengawas-led unit (UPT, Kelurahan): the Pengawas appraises, leads and receives the reports (huruf c; D angka 6)', () => {
    expect(
      textSays(r, 479, 479, 'Organisasi pada Kelurahan dengan dengan Pejabat Penilai Kinerja adalah Lurah'),
    ).toBe(true);
    expect(
      textSays(
        r,
        936,
        936,
        'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pengawas',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        936,
        936,
        'Pejabat Pengawas dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(matchUnits(r, 'Kelurahan').map((m) => m.unit.id)).toContain('pengawas-ppk');
    const u = unit(r, 'pengawas-ppk');
    expect(u.perangkatDaerah?.names).toEqual(['Unit kerja mandiri (Unit pelaksana teknis)', 'Kelurahan']);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Pejabat Pengawas']);
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Pejabat Pengawas']);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual(['Pejabat Pengawas']);
  });

  it('JF-led unit kerja mandiri: the head is a Pejabat Fungsional who appraises and leads (huruf d; D angka 7; Pasal 8 ayat (2))', () => {
    expect(
      textSays(r, 138, 138, 'Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana'),
    ).toBe(true);
    expect(
      textSays(
        r,
        958,
        958,
        'Pejabat Fungsional yang memimpin unit organisasi dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'jf-pimpinan-unit-kerja-mandiri');
    expect(u.positions.find((p) => p.id === u.head)?.category).toBe('jf');
    const head = 'Pejabat Fungsional yang memimpin unit organisasi';
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual([head]);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual([head]);
    expect(names(placedUnder(u, 'pejabat-fungsional'))).toEqual([head]);
  });

  it('More than two levels: level 3 and level 4 coordinate the JF as pelaksana koordinasi; appraisal by level 1 or level 2 where placed (huruf e)', () => {
    expect(
      textSays(
        r,
        491,
        491,
        'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1 atau pejabat level 2 maka pejabat level 3 dan/atau pejabat level 4 menjadi pelaksana koordinasi pelaksanaan tugas Pejabat Fungsional dan pelaksana seperti ketua tim',
      ),
    ).toBe(true);
    const u = unit(r, 'lebih-dari-dua-level');
    expect(coordinatorsOf(u, 'pejabat-fungsional').map((a) => [a.position.name, a.relation.as])).toEqual([
      ['Pejabat Level 3', 'pelaksanaKoordinasi'],
      ['Pejabat Level 4', 'pelaksanaKoordinasi'],
    ]);
    const appraisers = appraisersOf(u, 'pelaksana');
    expect(names(appraisers)).toEqual(['Pejabat Level 1', 'Pejabat Level 2']);
    expect(appraisers.every((a) => a.relation.condition !== undefined)).toBe(true);
    expect(names(placedUnder(u, 'pejabat-level-3'))).toEqual(['Pejabat Level 2']);
  });

  it('Sekretariat Daerah, Sekretaris Daerah as appraiser: the Asisten leads and assigns (huruf f angka 1); D angka 8; struktur penugasan huruf d)', () => {
    expect(
      textSays(
        r,
        980,
        980,
        'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Sekretaris Daerah',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        980,
        980,
        'Asisten yang merupakan Pejabat Level 2 berperan sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        593,
        593,
        'Pejabat Fungsional dan pelaksana menerima penugasan dari Asisten selaku pimpinan unit organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'setda-sekretaris-daerah-ppk');
    expect(u.perangkatDaerah?.names).toEqual(['Sekretariat Daerah']);
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Sekretaris Daerah']);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual(['Asisten']);
    expect(names(assignersOf(u, 'pejabat-fungsional'))).toEqual(['Sekretaris Daerah', 'Asisten']);
  });

  it('Sekretariat Daerah, Asisten as appraiser: three levels, the Kepala Bagian (level 3) leads (huruf f angka 2); D angka 9)', () => {
    expect(
      textSays(
        r,
        1006,
        1006,
        'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Asisten',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        1006,
        1006,
        'Kepala Bagian yang merupakan Pejabat Level 3 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'setda-asisten-ppk');
    expect(u.levels).toEqual([3]);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Asisten']);
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Kepala Bagian']);
    expect(names(placedUnder(u, 'kepala-bagian'))).toEqual(['Asisten']);
    expect(names(placedUnder(u, 'asisten'))).toEqual(['Sekretaris Daerah']);
  });

  it('Sekretariat Daerah, Kepala Bagian as appraiser: the Kepala Bagian is appraiser and Pimpinan Unit Organisasi (huruf f angka 3); D angka 10)', () => {
    expect(
      textSays(
        r,
        1032,
        1032,
        'Kepala Bagian yang merupakan Pejabat Level 3 juga berperan sebagai Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(r, 1032, 1032, 'bertanggung jawab langsung kepada Pejabat Level 3 yaitu Kepala Bagian'),
    ).toBe(true);
    const u = unit(r, 'setda-kepala-bagian-ppk');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian']);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian']);
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian']);
  });
});

describe('Lombok Barat: flows', () => {
  it('JPT-led 2-level mechanism, individual main path: actors and recipients follow D angka 1 (lines 810-824)', () => {
    expect(
      textSays(
        r,
        810,
        810,
        'Tahapan Perencanaan dimulai dari Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja menyusun dan menetapkan perjanjian kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        812,
        812,
        'Pejabat Administrator merumuskan strategi pelaksanaan pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        814,
        814,
        'Pejabat Fungsional dan pelaksana baik yang bekerja secara individu maupun tim kerja bersama Pejabat Administrator menyusun rencana pelaksanaan kegiatan',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        824,
        824,
        'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau',
      ),
    ).toBe(true);
    const { seen, status } = walk('mekanisme-kerja-jpt-pratama-ppk-administrator-puo', [
      ...next(10),
      'hasil.sesuai',
      NEXT_EVENT,
      'hasil.sesuai',
    ]);
    expect(status).toBe('done');
    expect(seen).toEqual([
      'jpt-pratama>', // 810 menyusun dan menetapkan perjanjian kinerja
      'jpt-pratama>administrator', // 810 pembagian tanggungjawab target kinerja bagi Pejabat Administrator
      'administrator>jpt-pratama', // 810 atas rekomendasi Pejabat Administrator
      'jpt-pratama>jf-pelaksana', // 810 menugaskan Pejabat Fungsional dan pelaksana
      'administrator>', // 812 merumuskan strategi
      'jf-pelaksana>', // 814 menyusun rencana pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 818 penyusunan rincian pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 818 pelaksanaan kegiatan
      'administrator>jf-pelaksana', // 820 monitoring oleh Pejabat Administrator
      'jf-pelaksana>administrator', // 820 disampaikan kepada Pejabat Administrator oleh individu
      'administrator>', // 824 Pejabat Administrator meninjau
      'administrator>jpt-pratama', // 824 disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau
      'jpt-pratama>', // 824 selesai setelah Pejabat Pimpinan Tinggi Pratama menerima
    ]);
  });

  it('Setda mechanism with the Asisten as appraiser, team path: results go Kepala Bagian -> Asisten -> Sekretaris Daerah (D angka 9, lines 1010-1026)', () => {
    expect(
      textSays(
        r,
        1012,
        1012,
        'Asisten atas rekomendasi Kepala Bagian menugaskan Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    expect(textSays(r, 1022, 1022, 'disampaikan kepada Kepala Bagian oleh individu atau ketua tim')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        1026,
        1026,
        'Hasil pelaksanaan kegiatan yang sesuai dengan target ataupun ekspektasi disampaikan dan ditinjau oleh Sekretaris Daerah',
      ),
    ).toBe(true);
    const { seen, status } = walk(
      'mekanisme-kerja-setda-asisten-ppk',
      [...next(12), 'hasil.sesuai', NEXT_EVENT, 'hasil.sesuai', 'hasil.sesuai'],
      'tim',
    );
    expect(status).toBe('done');
    expect(seen).toEqual([
      'sekretaris-daerah>', // 1010 menyusun dan menetapkan perjanjian kinerja
      'sekretaris-daerah>asisten', // 1010 penentuan Asisten sebagai penanggung jawab
      'asisten>kepala-bagian', // 1012 membagi dan menunjuk Kepala Bagian
      'kepala-bagian>asisten', // 1012 atas rekomendasi Kepala Bagian
      'asisten>jf-pelaksana', // 1012 menugaskan Pejabat Fungsional dan pelaksana
      'kepala-bagian>', // 1014 merumuskan strategi
      'jf-pelaksana>', // 1016 rencana pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 1020 rincian
      'jf-pelaksana>', // 1020 pelaksanaan kegiatan
      'kepala-bagian>jf-pelaksana', // 1022 monitoring oleh Kepala Bagian
      'ketua-tim>jf-pelaksana', // 1022 dan/atau Ketua Tim
      'ketua-tim>kepala-bagian', // 1022 disampaikan kepada Kepala Bagian oleh ... ketua tim
      'kepala-bagian>', // 1026 Kepala Bagian meninjau
      'kepala-bagian>asisten', // 1026 disampaikan kepada Asisten untuk ditinjau
      'asisten>', // 1026 ditinjau Asisten
      'sekretaris-daerah>', // 1026 selesai setelah Sekretaris Daerah menerima
    ]);
  });

  it('penunjukan lintas unit, main path: PUO pemilik kinerja -> PPK dituju (tembusan PPK bersangkutan) -> rekomendasi PUO -> surat penugasan -> JF (lines 630-635)', () => {
    expect(
      textSays(
        r,
        630,
        630,
        'Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan',
      ),
    ).toBe(true);
    expect(textSays(r, 632, 632, 'maka dengan rekomendasi dari Pimpinan Unit Organisasi')).toBe(true);
    expect(textSays(r, 635, 635, 'Pejabat Fungsional dan pelaksana menerima surat penugasan')).toBe(true);
    const {
      seen,
      status,
      flow: f,
    } = walk('penunjukan-lintas-unit', [NEXT_EVENT, 'keputusan.setujui', NEXT_EVENT, NEXT_EVENT, NEXT_EVENT]);
    expect(status).toBe('done');
    expect(seen).toEqual([
      'puo-pemohon>ppk-tujuan',
      'ppk-tujuan>',
      'puo-tujuan>ppk-tujuan',
      'ppk-tujuan>jf',
      'jf>',
    ]);
    expect(f.steps[0]!.cc).toEqual(['ppk-pemohon']);
  });

  it('penunjukan lintas unit, refusal: the PPK dituju answers the request with its reasons (line 634)', () => {
    expect(
      textSays(
        r,
        634,
        634,
        'menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan',
      ),
    ).toBe(true);
    const { seen, steps, status } = walk('penunjukan-lintas-unit', [
      NEXT_EVENT,
      'keputusan.tolak',
      NEXT_EVENT,
    ]);
    expect(steps.slice(0, 3)).toEqual(['permohonan-pelibatan', 'proses-permohonan', 'jawaban-penolakan']);
    expect(seen[2]).toBe('ppk-tujuan>puo-pemohon');
    expect(status).toBe('done');
  });

  it('Administrator-led 1-level mechanism: a result that is "tidak sesuai" is returned for adjustment, then accepted (D angka 5 huruf c, line 930)', () => {
    expect(
      textSays(
        r,
        930,
        930,
        'Hasil pelaksanaan kegiatan yang tidak sesuai dengan target ataupun ekspektasi dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        930,
        930,
        'Pelaksanaan kegiatan dinyatakan selesai setelah Pejabat Administrator menerima hasil pelaksanaan kegiatan',
      ),
    ).toBe(true);
    const { seen, steps, status } = walk('mekanisme-kerja-administrator-satu-level', [
      ...next(7),
      'hasil.tidakSesuai',
      ...next(3),
      'hasil.sesuai',
    ]);
    expect(steps.slice(0, 8)).toEqual([
      'perjanjian-kinerja', // 918 Pejabat Administrator menyusun dan menetapkan perjanjian kinerja
      'arahan-dan-strategi', // 918 memberikan arahan dan merumuskan strategi
      'rencana-kegiatan', // 920
      'rincian-kegiatan', // 924
      'pelaksanaan-kegiatan', // 924
      'monitoring', // 926
      'penyampaian-hasil-individu', // 926 disampaikan kepada Pejabat Administrator oleh individu
      'peninjauan-hasil', // 930 Pejabat Administrator meninjau
    ]);
    expect(seen.slice(6, 8)).toEqual(['jf-pelaksana>administrator', 'administrator>']);
    // tidak sesuai: back to the individu, who adjusts the activity and submits it again
    expect(steps[8]).toBe('pelaksanaan-kegiatan');
    expect(seen[8]).toBe('jf-pelaksana>');
    expect(steps.slice(9)).toEqual(['monitoring', 'penyampaian-hasil-individu', 'peninjauan-hasil']);
    expect(status).toBe('done');
  });
});

describe('Lombok Barat: Posisi saya', () => {
  it('pelaksana at a Kecamatan: appraiser the Administrator, leader the Pengawas, reports to both; all assignment scopes (huruf b angka 1); D angka 4)', () => {
    expect(
      textSays(r, 888, 888, 'bertanggung jawab langsung kepada Pejabat Level 1 yaitu Pejabat Administrator'),
    ).toBe(true);
    expect(textSays(r, 904, 904, 'disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        683,
        683,
        'pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja',
      ),
    ).toBe(true);
    const u = matchUnits(r, 'kecamatan')[0]!.unit;
    const a = answerFor(r, u, 'pelaksana')!;
    expect(names(a.appraisers)).toEqual(['Pejabat Administrator']);
    expect(names(a.unitLeaders)).toEqual(['Pejabat Pengawas']);
    expect(names(a.reportsTo)).toEqual(['Pejabat Administrator', 'Pejabat Pengawas']);
    expect(a.assignmentFlows.map((g) => g.scope)).toEqual([
      'dalamUnit',
      'lintasUnit',
      'lintasPerangkatDaerah',
      undefined,
    ]);
    expect(a.mechanismFlows.map((f) => f.id)).toEqual(['mekanisme-kerja-administrator-ppk-pengawas-puo']);
    expect(a.teamLead.rules.map((x) => x.id)).toContain('puo-menunjuk-ketua-tim');
  });

  it('Pejabat Fungsional in a unit kerja mandiri led by a JF: everything goes to the JF who leads the unit (D angka 7)', () => {
    expect(
      textSays(
        r,
        958,
        958,
        'berada di bawah dan bertanggung jawab langsung kepada Pejabat Level 1 yaitu Pejabat Fungsional yang memimpin unit organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        488,
        488,
        'Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Fungsional',
      ),
    ).toBe(true);
    const u = unit(r, 'jf-pimpinan-unit-kerja-mandiri');
    const a = answerFor(r, u, 'pejabat-fungsional')!;
    const head = ['Pejabat Fungsional yang memimpin unit organisasi'];
    expect(names(a.appraisers)).toEqual(head);
    expect(names(a.unitLeaders)).toEqual(head);
    expect(names(a.assigners)).toEqual(head);
    expect(names(a.reportsTo)).toEqual(head);
    expect(a.mechanismFlows.map((f) => f.id)).toEqual(['mekanisme-kerja-jf-satu-level']);
    expect(a.reportingFlows.map((f) => f.id)).toEqual([
      'pertanggungjawaban-individu',
      'pertanggungjawaban-tim',
    ]);
  });

  it('Kepala Bagian in the Setda (Asisten as appraiser): placed under the Asisten; the text names no appraiser for the Kepala Bagian (D angka 9)', () => {
    expect(textSays(r, 1006, 1006, 'Pejabat Level 2 yaitu Asisten')).toBe(true);
    expect(textSays(r, 1006, 1006, 'Kepala Bagian yang merupakan Pejabat Level 3')).toBe(true);
    const u = matchUnits(r, 'Sekretariat Daerah')
      .map((m) => m.unit)
      .find((x) => x.id === 'setda-asisten-ppk')!;
    const a = answerFor(r, u, 'kepala-bagian')!;
    expect(names(a.placedUnder)).toEqual(['Asisten']);
    expect(a.appraisers).toEqual([]);
    expect(a.unitLeaders).toEqual([]);
    expect(a.mechanismFlows.map((f) => f.id)).toEqual(['mekanisme-kerja-setda-asisten-ppk']);
    expect(a.nearestRules.length).toBeGreaterThan(0);
  });

  it('Pejabat Level 3 in a unit with more than two levels: placed under level 2 and coordinates the JF, not a Ketua Tim by name (huruf e)', () => {
    expect(
      textSays(r, 491, 491, 'pejabat level 3 dan/atau pejabat level 4 menjadi pelaksana koordinasi'),
    ).toBe(true);
    const u = unit(r, 'lebih-dari-dua-level');
    const a = answerFor(r, u, 'pejabat-level-3')!;
    expect(names(a.placedUnder)).toEqual(['Pejabat Level 2']);
    expect(a.teamLead.namedAs).toEqual([]);
    expect(a.nearestRules.map((x) => x.id)).toContain('pengecualian-lebih-dua-level');
  });
});

describe('Lombok Barat: notes', () => {
  it('flags the body/annex conflict on who sets kedudukan: pejabat pembina kepegawaian (Pasal 9) vs Kepala Perangkat Daerah (Lampiran, line 406)', () => {
    expect(
      textSays(
        r,
        143,
        143,
        'Kedudukan sebagaimana dimaksud dalam Pasal 8 ditetapkan oleh pejabat pembina kepegawaian',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        406,
        406,
        'penetapan kedudukan Pejabat Fungsional dan pelaksana dalam suatu unit organisasi pada Perangkat Daerah ditetapkan oleh Kepala Perangkat Daerah',
      ),
    ).toBe(true);
    const ruleIds = r.rules.map((x) => x.id);
    expect(ruleIds).toContain('kedudukan-ditetapkan-pejabat-pembina-kepegawaian');
    expect(ruleIds).toContain('kedudukan-ditetapkan-kepala-perangkat-daerah');
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'conflict' &&
          (n.about ?? []).includes('kedudukan-ditetapkan-pejabat-pembina-kepegawaian') &&
          (n.about ?? []).includes('kedudukan-ditetapkan-kepala-perangkat-daerah'),
      ),
    ).toBe(true);
  });

  it('flags the "Pejabat Pimpinan Tinggi Madya" in the 1-level JPT mechanism as a slip and keeps it as written (D angka 3, line 882)', () => {
    expect(
      textSays(r, 882, 882, 'dinyatakan selesai setelah Pejabat Pimpinan Tinggi Madya menerima hasil'),
    ).toBe(true);
    const f = flow(r, 'mekanisme-kerja-jpt-pratama-satu-level');
    const last = f.steps.at(-1)!;
    expect(f.participants.find((p) => p.id === last.actor)?.name).toBe('Pejabat Pimpinan Tinggi Madya');
    expect(r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 882 && n.cite.lines[1] >= 882)).toBe(
      true,
    );
  });
});

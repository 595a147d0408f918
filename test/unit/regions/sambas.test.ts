/**
 * Kabupaten Sambas (Perbup 18/2024): answers checked against the text. Each test first asserts the
 * cited words stand in the regulation, then that the model answers accordingly. Line numbers are
 * those of data/sources/002_af01d94e9933b5a2.txt.
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
import { answerFor } from '../../../src/model/myPosition';
import { names, region, textSays, unit, next, walkFlow } from './helpers';

const r = region('sambas');

const walk = (flowId: string, events: string[], variant?: Variant) => walkFlow(r, flowId, events, variant);

describe('Sambas: who appraises, leads, assigns', () => {
  it('UOBK (RSUD Sambas, Pemangkat, Teluk Keramat): a JF Ahli Madya or Ahli Muda is appraised by the Kepala Bagian/Kepala Bidang, not by the Pejabat Pengawas (Lampiran I BAB II huruf B angka 2 struktur d angka 7) dan 8))', () => {
    expect(
      textSays(
        r,
        759,
        759,
        'Rumah Sakit Umum Daerah Sambas, Rumah Sakit Umum Daerah Pemangkat dan Rumah Sakit Umum Daerah Teluk Keramat',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        773,
        773,
        'Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dan Madya dilaksanakan oleh Kepala Bidang/ Kepala Bagian',
      ),
    ).toBe(true);
    expect(
      textSays(r, 769, 769, 'maka Pejabat Pengawas tidak berperan sebagai Pejabat Penilai Kinerja'),
    ).toBe(true);
    const u = unit(r, 'uobk-rsud');
    expect(u.perangkatDaerah?.names).toContain('Rumah Sakit Umum Daerah Sambas');
    expect(names(appraisersOf(u, 'jf-ahli-madya'))).toEqual(['Kepala Bagian / Kepala Bidang']);
    expect(names(appraisersOf(u, 'jf-ahli-muda'))).toEqual(['Kepala Bagian / Kepala Bidang']);
    expect(appraisersOf(u, 'jf-ahli-madya')[0]!.cite.lines).toEqual([773, 773]);
  });

  it('UOBK: the Pejabat Pengawas stays Pimpinan Unit Organisasi of the JF Ahli Madya and assigns them after they consult their appraiser (angka 7) dan 11))', () => {
    expect(
      textSays(
        r,
        769,
        771,
        'hanya berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan dan melaksanakan pengelolaan kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        776,
        776,
        'menerima penugasan dari Pejabat Pengawas dengan terlebih dahulu berkonsultasi dengan Pejabat Penilai Kinerja Jabatan Fungsionalnya',
      ),
    ).toBe(true);
    const u = unit(r, 'uobk-rsud');
    expect(names(unitLeadersOf(u, 'jf-ahli-madya'))).toEqual(['Pejabat Pengawas']);
    const assigners = assignersOf(u, 'jf-ahli-madya');
    expect(names(assigners)).toEqual(['Pejabat Pengawas']);
    expect(assigners[0]!.relation.condition).toMatch(/berkonsultasi dengan Pejabat Penilai Kinerja/);
  });

  it('UOBK: other JF (e.g. Ahli Pertama) and pelaksana are appraised by the Pejabat Pengawas; an Ahli Utama by the Direktur (angka 5), 7) dan 9))', () => {
    expect(
      textSays(
        r,
        767,
        767,
        'Pejabat Pengawas akan menilai kinerja sekaligus memberikan penugasan kepada Pejabat Fungsional dan Pelaksana',
      ),
    ).toBe(true);
    expect(
      textSays(r, 769, 769, 'Apabila terdapat Pejabat Fungsional dengan Jenjang Ahli Muda, Madya dan Utama'),
    ).toBe(true);
    expect(
      textSays(
        r,
        774,
        774,
        'Penilaian kinerja bagi Pejabat Fungsional Ahli Utama dilaksanakan oleh Direktur',
      ),
    ).toBe(true);
    const u = unit(r, 'uobk-rsud');
    // The text names no Ahli Pertama: the JF it leaves to the Pejabat Pengawas are "Pejabat Fungsional"
    // other than Ahli Muda, Madya and Utama.
    const other = appraisersOf(u, 'pejabat-fungsional');
    expect(names(other)).toEqual(['Pejabat Pengawas']);
    expect(other[0]!.relation.condition).toMatch(
      /selain Pejabat Fungsional dengan Jenjang Ahli Muda, Madya dan Utama/,
    );
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Pejabat Pengawas']);
    expect(names(appraisersOf(u, 'jf-ahli-utama'))).toEqual(['Direktur']);
  });

  it('Setda: a JF/pelaksana placed under a Kepala Subbagian is still appraised and assigned by the Kepala Bagian (Lampiran I huruf B angka 1 rincian 1-3; angka 2 struktur a angka 3) dan 4))', () => {
    expect(
      textSays(
        r,
        489,
        489,
        'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Kepala Subbagian atau di bawah Kepala Bagian',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        614,
        614,
        'Penilaian kinerja Jabatan Fungsional dan pelaksana dilakukan oleh Kepala Bagian selaku Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        615,
        615,
        'Pejabat Fungsional dan pelaksana menerima penugasan dari Kepala Bagian selaku pimpinan unit organisasi',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-daerah');
    expect(names(placedUnder(u, 'pelaksana-subbagian'))).toEqual(['Kepala Subbagian']);
    expect(names(appraisersOf(u, 'pelaksana-subbagian'))).toEqual(['Kepala Bagian']);
    expect(names(assignersOf(u, 'pelaksana-subbagian'))).toEqual(['Kepala Bagian']);
    expect(names(unitLeadersOf(u, 'pejabat-fungsional-bagian'))).toEqual(['Kepala Bagian']);
  });

  it('Setda: the Asisten appraises the Kepala Bagian, who reports results to the Asisten (struktur a angka 2); Tahap Evaluasi)', () => {
    expect(textSays(r, 613, 613, 'Penilaian kinerja Kepala Bagian dilakukan oleh Asisten')).toBe(true);
    expect(
      textSays(
        r,
        642,
        642,
        'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-daerah');
    expect(names(appraisersOf(u, 'kepala-bagian'))).toEqual(['Asisten Sekretaris Daerah']);
    expect(names(reportsTo(u, 'kepala-bagian'))).toEqual(['Asisten Sekretaris Daerah']);
  });

  it('Sekretariat DPRD: JF and pelaksana are placed under, and appraised by, the Kepala Bagian (rincian angka 10; huruf B angka 1)', () => {
    expect(
      textSays(r, 561, 561, 'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan dibawah Kepala Bagian'),
    ).toBe(true);
    expect(
      textSays(
        r,
        418,
        418,
        'Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggungjawab kepada Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-dprd');
    expect(names(placedUnder(u, 'pelaksana'))).toEqual(['Kepala Bagian']);
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian']);
  });

  it('Inspektorat: JF outside the sekretariat sit under their Inspektur Pembantu, those in it under the Sekretaris (rincian angka 4 huruf a dan b)', () => {
    expect(
      textSays(
        r,
        496,
        496,
        'Kelompok Jabatan Fungsional dan Pelaksana yang berada di sekretariat maka berkedudukan di bawah Sekretaris',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        497,
        497,
        'selain yang berada di sekretariat berkedudukan di bawah Inspektur Pembantu masing-masing',
      ),
    ).toBe(true);
    const u = unit(r, 'inspektorat');
    expect(names(placedUnder(u, 'pejabat-fungsional-inspektur-pembantu'))).toEqual(['Inspektur Pembantu']);
    expect(names(appraisersOf(u, 'pejabat-fungsional-inspektur-pembantu'))).toEqual(['Inspektur Pembantu']);
    expect(names(placedUnder(u, 'pelaksana-sekretariat'))).toEqual(['Sekretaris']);
  });

  it('Dinas/Badan (e.g. Dinas Kesehatan): JF under the Kepala Bidang; a Kepala Subbagian may lead the team as Ketua Tim (rincian angka 5; huruf A Tahapan Perencanaan huruf d)', () => {
    expect(
      textSays(
        r,
        516,
        516,
        'Kelompok Jabatan Fungsional dan Pelaksana selain yang berada di sekretariat berkedudukan di bawah Kepala Bidang masing-masing',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        389,
        389,
        'Pejabat Pengawas, Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah/ Sekretariat Dewan/Dinas/Badan, dapat ditunjuk menjadi ketua tim kerja',
      ),
    ).toBe(true);
    const u = unit(r, 'dinas-badan-dengan-subbagian');
    expect(u.perangkatDaerah?.names).toContain('Dinas Kesehatan');
    expect(names(placedUnder(u, 'pejabat-fungsional-bidang'))).toEqual(['Kepala Bidang']);
    expect(coordinatorsOf(u, 'pelaksana-subbagian').map((a) => [a.position.name, a.relation.as])).toEqual([
      ['Kepala Subbagian', 'ketuaTim'],
    ]);
  });

  it('DPMPTSP (one level): the Kepala Dinas appraises and assigns the JF and pelaksana outside the Sekretariat (rincian angka 9; struktur b angka 1))', () => {
    expect(
      textSays(
        r,
        554,
        554,
        'Kelompok Jabatan Fungsional dan pelaksana diluar Sekretariat berkedudukan dibawah Kepala Dinas',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        662,
        662,
        'Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    const u = unit(r, 'dinas-penanaman-modal-ptsp');
    expect(names(placedUnder(u, 'pelaksana'))).toEqual(['Kepala Dinas']);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Kepala Dinas']);
    expect(names(assignersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Dinas']);
  });

  it('Kantor Camat: the Pejabat Administrator appraises, the Pejabat Pengawas leads and assigns (struktur c angka 2) dan 3); Tahapan Perencanaan)', () => {
    expect(
      textSays(r, 711, 711, 'Organisasi yang dapat menerapkan penggambaran seperti ini adalah Kantor Camat'),
    ).toBe(true);
    expect(
      textSays(
        r,
        716,
        716,
        'Penilaian kinerja JF dan pelaksana dilakukan oleh Pejabat Administrator selaku Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        717,
        717,
        'Pejabat Fungsional dan pelaksana menerima penugasan dari Pejabat Pengawas selaku pimpinan unit organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        723,
        723,
        'Pejabat Administrator atas rekomendasi Pejabat Pengawas menugaskan Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    const u = unit(r, 'pd-dipimpin-administrator');
    expect(u.perangkatDaerah?.names).toContain('Kantor Camat');
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Pejabat Administrator']);
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Pejabat Pengawas']);
    expect(names(assignersOf(u, 'pelaksana'))).toEqual(['Pejabat Pengawas', 'Pejabat Administrator']);
  });

  it('UPTD: the Kepala UPTD, a Pejabat Pengawas at level I, appraises and assigns, and receives the results (struktur b kedua angka 1) dan 2); Tahap Pelaksanaan)', () => {
    expect(
      textSays(
        r,
        801,
        801,
        'Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pengawas sebagai Pejabat Level I',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        807,
        807,
        'Pejabat Pengawas akan memberikan penilaian kinerja sekaligus memberikan penugasan',
      ),
    ).toBe(true);
    expect(textSays(r, 822, 822, 'disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim')).toBe(
      true,
    );
    const u = unit(r, 'uptd');
    const head = u.positions.find((p) => p.id === u.head)!;
    expect([head.category, head.level]).toEqual(['pengawas', 1]);
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala UPTD']);
    expect(names(assignersOf(u, 'pelaksana'))).toEqual(['Kepala UPTD']);
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toEqual(['Kepala UPTD']);
  });

  it('Puskesmas and sekolah: led by a Pejabat Fungsional who appraises and assigns (struktur c kedua; rincian angka 13)', () => {
    expect(
      textSays(
        r,
        848,
        848,
        'Organisasi yang dapat menerapkan penggambaran seperti ini adalah Puskesmas dan Satuan Pendidikan',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        852,
        852,
        'Pejabat Fungsional yang memimpin unit organisasi akan memberikan penilaian kinerja sekaligus memberikan penugasan',
      ),
    ).toBe(true);
    expect(
      textSays(r, 582, 582, 'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Kepala sekolah'),
    ).toBe(true);
    const pkm = unit(r, 'unit-dipimpin-pejabat-fungsional');
    expect(pkm.perangkatDaerah?.names).toContain('Puskesmas');
    expect(pkm.positions.find((p) => p.id === pkm.head)?.category).toBe('jf');
    expect(names(appraisersOf(pkm, 'pelaksana'))).toEqual([
      'Pejabat Fungsional yang memimpin unit organisasi',
    ]);
    const sekolah = unit(r, 'satuan-pendidikan');
    expect(names(placedUnder(sekolah, 'pejabat-fungsional'))).toEqual(['Kepala sekolah']);
    expect(names(assignersOf(sekolah, 'pejabat-fungsional'))).toEqual(['Kepala sekolah']);
  });

  it('Dinas Pendidikan dan Kebudayaan: the Pejabat Pengawas Sekolah sits under the kepala bidang (rincian angka 8)', () => {
    expect(
      textSays(
        r,
        547,
        547,
        'Pejabat Pengawas Sekolah pada Dinas Pendidikan dan Kebudayaan berkedudukan di bawah kepala bidang masing-masing',
      ),
    ).toBe(true);
    expect(
      names(placedUnder(unit(r, 'dinas-badan-penyederhanaan-sebagian-bidang'), 'pengawas-sekolah')),
    ).toEqual(['Kepala Bidang']);
  });
});

describe('Sambas: flows', () => {
  it('UPTD mechanism, individu main path: actors and recipients follow struktur b kedua, Tahap Perencanaan to Evaluasi (lines 814-827)', () => {
    expect(
      textSays(
        r,
        814,
        814,
        'Pejabat Pengawas selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi menyusun dan menetapkan perjanjian kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        816,
        816,
        'Pejabat Fungsional dan pelaksana baik yang bekerja secara individu maupun tim kerja bersama Pejabat Pengawas menyusun rencana',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        822,
        822,
        'Monitoring perkembangan dan pemberian umpan balik atas pelaksanaan kegiatan dilakukan secara berkala atau sewaktu-waktu oleh Pejabat Pengawas dan/atau Ketua Tim',
      ),
    ).toBe(true);
    expect(
      textSays(r, 827, 827, 'Pada tahap evaluasi, Pejabat Pengawas meninjau hasil pelaksanaan kegiatan'),
    ).toBe(true);
    const w = walk('mekanisme-kerja-pengawas', [...next(9), 'hasil.sesuai'], 'individu');
    expect(w.status).toBe('done');
    expect(w.seen).toEqual([
      'pimpinan>', // 814: menyusun dan menetapkan perjanjian kinerja
      'pimpinan>jf-pelaksana', // 814: memberikan arahan dan merumuskan strategi
      'pimpinan>', // 814: permohonan pelibatan lintas unit organisasi
      'jf-pelaksana>pimpinan', // 816: bersama Pejabat Pengawas menyusun rencana
      'jf-pelaksana>', // 820: rincian pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 820: pelaksanaan kegiatan sesuai perannya
      'jf-pelaksana>', // 822: berkolaborasi
      'pimpinan>jf-pelaksana,ketua-tim', // 822: monitoring oleh Pejabat Pengawas dan/atau Ketua Tim
      'jf-pelaksana>pimpinan', // 822: disampaikan kepada Pejabat Pengawas oleh individu
      'pimpinan>', // 827: Pejabat Pengawas meninjau
    ]);
    expect(new Set(w.steps.map((id) => w.flow.steps.find((s) => s.id === id)!.stage))).toEqual(
      new Set(['perencanaan', 'pelaksanaan', 'evaluasi']),
    );
  });

  it('UPTD mechanism: a result that does not match is returned to the individual or team to be adjusted, then reviewed again (line 827)', () => {
    expect(
      textSays(
        r,
        827,
        827,
        'Hasil pelaksanaan kegiatan yang tidak sesuai dengan target ataupun ekspektasi dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali',
      ),
    ).toBe(true);
    const w = walk(
      'mekanisme-kerja-pengawas',
      [...next(9), 'hasil.tidakSesuai', ...next(4), 'hasil.sesuai'],
      'tim',
    );
    // After the review (the tenth step in a team), the flow goes back to the JF and pelaksana carrying
    // out the activity.
    expect(w.steps[9]).toBe('peninjauan-hasil');
    expect(w.steps[10]).toBe('pelaksanaan-kegiatan');
    expect(
      w.flow.participants.find((p) => p.id === w.flow.steps.find((s) => s.id === w.steps[10])!.actor)?.name,
    ).toBe('Pejabat Fungsional dan pelaksana');
    // In a team the result goes to the Pejabat Pengawas through the ketua tim (line 822), reviewed again.
    expect(w.seen.slice(11)).toEqual([
      'jf-pelaksana>',
      'pimpinan>jf-pelaksana,ketua-tim',
      'ketua-tim>pimpinan',
      'pimpinan>',
    ]);
    expect(w.status).toBe('done');
  });

  it('UOBK mechanism, team main path: Kepala Dinas Kesehatan -> Direktur -> Kepala Bagian/Bidang -> Pejabat Pengawas -> JF, and results back up to the Direktur (lines 782-795)', () => {
    expect(
      textSays(
        r,
        782,
        782,
        'Tahapan perencanaan dimulai dari Kepala Perangkat Daerah yang membidangi urusan kesehatan menyusun dan menetapkan perjanjian kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        764,
        764,
        'Direktur sebagai Pejabat Level I menggunakan Perjanjian Kinerja tersebut sebagai acuan menyusun Perjanjian Kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        784,
        784,
        'Selanjutnya Pejabat Administrator menentukan perlu atau tidaknya penunjukan ketua tim kerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        795,
        795,
        'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Kepala Bagian/Kepala Bidang untuk ditinjau',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        795,
        795,
        'Pelaksanaan kegiatan dinyatakan selesai setelah Direktur menerima hasil pelaksanaan kegiatan',
      ),
    ).toBe(true);
    const w = walk(
      'mekanisme-kerja-uobk',
      [...next(15), 'hasil.sesuai', 'hasil.sesuai', 'hasil.sesuai'],
      'tim',
    );
    expect(w.status).toBe('done');
    expect(w.seen).toEqual([
      'kepala-dinas-kesehatan>direktur', // 782: perjanjian kinerja, dasar target Direktur
      'direktur>', // 764: Direktur menyusun Perjanjian Kinerja
      'direktur>kepala-bagian-kepala-bidang', // 782: membagi dan menunjuk Kepala Bagian/Kepala Bidang
      'kepala-bagian-kepala-bidang>pejabat-pengawas', // 782: membagi dan menunjuk Pejabat Pengawas
      'kepala-bagian-kepala-bidang>pejabat-pengawas', // 784: arahan dan koordinasi
      'pejabat-pengawas>', // 784: merumuskan strategi
      'pejabat-pengawas>jf-pelaksana', // 784: arahan dan ekspektasi kepada JF dan pelaksana
      'pejabat-pengawas>', // 784: permohonan pelibatan lintas unit
      'pejabat-administrator>', // 784: Pejabat Administrator menentukan perlu tidaknya ketua tim
      'jf-pelaksana>pejabat-pengawas', // 784: menyusun rencana bersama Pejabat Pengawas
      'jf-pelaksana>', // 789: rincian
      'jf-pelaksana>', // 789: pelaksanaan
      'jf-pelaksana>', // 791: kolaborasi
      'pejabat-pengawas>jf-pelaksana,ketua-tim', // 791: monitoring oleh Pejabat Pengawas dan/atau Ketua Tim
      'ketua-tim>pejabat-pengawas', // 791: disampaikan kepada Pejabat Pengawas oleh ketua tim
      'pejabat-pengawas>', // 795: Pejabat Pengawas meninjau
      'kepala-bagian-kepala-bidang>', // 795: ditinjau Kepala Bagian/Kepala Bidang
      'direktur>', // 795: ditinjau dan diterima Direktur
    ]);
  });

  it('pengajuan sukarela lintas PD, refusal: the Pejabat Penilai Kinerja sends the surat penolakan to the applicant (Lampiran II angka 1 dan 4)', () => {
    expect(textSays(r, 917, 917, 'Yth. Kepala Dinas/Badan')).toBe(true);
    expect(textSays(r, 938, 941, 'Mengetahui, Atasan Langsung, Pemohon,')).toBe(true);
    expect(textSays(r, 1037, 1037, 'Contoh surat penolakan permohonan menjadi anggota Tim Kerja')).toBe(true);
    expect(
      textSays(
        r,
        1064,
        1065,
        'verifikasi oleh Ketua Tim Kerja, maka dengan ini kami sampaikan bahwa usulan saudara tidak dapat dipertimbangkan',
      ),
    ).toBe(true);
    expect(textSays(r, 1056, 1056, 'Yth. Sdr. (pemohon)')).toBe(true);
    expect(textSays(r, 1075, 1075, 'Pejabat Penilai Kinerja,')).toBe(true);
    const w = walk('pengajuan-sukarela-lintas-perangkat-daerah', [...next(3), 'keputusan.tolak', NEXT_EVENT]);
    expect(w.status).toBe('done');
    expect(w.seen).toEqual([
      'pemohon>atasan-langsung',
      'atasan-langsung>kepala-dinas-badan',
      'ketua-tim>penilai-kinerja',
      'penilai-kinerja>',
      'penilai-kinerja>pemohon',
    ]);
    const last = w.flow.steps.find((s) => s.id === w.steps.at(-1))!;
    expect(last.form).toBe('surat-penolakan');
  });

  it('pengajuan sukarela lintas PD, approval: surat persetujuan, Surat keputusan, then the applicant reports to the Ketua Tim (Lampiran II angka 3)', () => {
    expect(
      textSays(
        r,
        1026,
        1026,
        'Atas rekomendasi dari Ketua Tim Kerja tersebut, kami menyetujui permohonan Saudara',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        1027,
        1027,
        'Setelah Saudara menerima Surat keputusan dari Kamu, agar Saudara segera melapor kepada Ketua Tim Kerja',
      ),
    ).toBe(true);
    const w = walk('pengajuan-sukarela-lintas-perangkat-daerah', [
      ...next(3),
      'keputusan.setujui',
      ...next(3),
    ]);
    expect(w.status).toBe('done');
    expect(w.seen.slice(3)).toEqual([
      'penilai-kinerja>',
      'penilai-kinerja>pemohon',
      'penilai-kinerja>pemohon',
      'pemohon>ketua-tim',
    ]);
    expect(w.flow.steps.find((s) => s.id === w.steps[4])!.form).toBe('surat-persetujuan');
  });

  it('pertanggungjawaban, individu: the report reaches the pimpinan unit organisasi through the pejabat pemilik kinerja (Pasal 15 ayat (3))', () => {
    expect(
      textSays(
        r,
        189,
        189,
        'ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada pimpinan unit organisasi melalui pejabat pemilik kinerja',
      ),
    ).toBe(true);
    const w = walk('pertanggungjawaban-pelaksanaan-tugas', next(2), 'individu');
    expect(w.status).toBe('done');
    expect(w.seen).toEqual(['individu>pemilik-kinerja', 'pemilik-kinerja>pimpinan-unit']);
  });
});

describe('Sambas: Posisi saya', () => {
  it('pelaksana at a UOBK hospital: the Pejabat Pengawas appraises, leads and assigns; the Pasal 10 ayat (3) requirements to lead a team apply, the Setda/Setwan/Dinas/Badan provision does not', () => {
    expect(
      textSays(
        r,
        142,
        145,
        'Pelaksana dapat ditugaskan menjadi ketua tim kerja dengan persyaratan sebagai berikut',
      ),
    ).toBe(true);
    expect(textSays(r, 144, 144, 'memiliki golongan minimal III/b')).toBe(true);
    const a = answerFor(r, unit(r, 'uobk-rsud'), 'pelaksana')!;
    expect(names(a.appraisers)).toEqual(['Pejabat Pengawas']);
    expect(names(a.unitLeaders)).toEqual(['Pejabat Pengawas']);
    expect(names(a.assigners)).toEqual(['Pejabat Pengawas']);
    const ids = a.teamLead.rules.map((x) => x.id);
    expect(ids).toContain('persyaratan-pelaksana-ketua-tim');
    expect(a.teamLead.rules.find((x) => x.id === 'persyaratan-pelaksana-ketua-tim')?.subject).toBe(
      'ketuaTim',
    );
    expect(a.teamLead.rules.find((x) => x.id === 'persyaratan-pelaksana-ketua-tim')?.text).toMatch(
      /pendidikan minimal sarjana.*golongan minimal III\/b.*pengalaman di bidang kerja/,
    );
    expect(ids).not.toContain('penunjukan-ketua-tim-pengawas-jf-pelaksana');
    expect(a.teamLead.namedAs).toEqual([]);
    expect(a.mechanismFlows.map((f) => f.id)).toContain('mekanisme-kerja-uobk');
  });

  it('pelaksana under a Kepala Subbagian at a Dinas: placed under the Kepala Subbagian, may be appointed ketua tim (Pasal 10 ayat (3); huruf A Tahapan Perencanaan huruf d), and can volunteer across PD (Lampiran II angka 1)', () => {
    expect(textSays(r, 515, 515, 'berkedudukan di bawah Sekretaris dan Kepala Subbagian masing-masing')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        389,
        389,
        'Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah/ Sekretariat Dewan/Dinas/Badan',
      ),
    ).toBe(true);
    expect(textSays(r, 931, 932, 'mengajukan permohonan untuk menjadi anggota Tim Kerja')).toBe(true);
    const a = answerFor(r, unit(r, 'dinas-badan-dengan-subbagian'), 'pelaksana-subbagian')!;
    expect(names(a.placedUnder)).toEqual(['Kepala Subbagian']);
    expect(a.teamLead.rules.map((x) => x.id)).toEqual(
      expect.arrayContaining([
        'persyaratan-pelaksana-ketua-tim',
        'penunjukan-ketua-tim-pengawas-jf-pelaksana',
      ]),
    );
    const across = a.assignmentFlows.find((g) => g.scope === 'lintasPerangkatDaerah')!;
    expect(across.flows.map((f) => f.id)).toContain('pengajuan-sukarela-lintas-perangkat-daerah');
  });

  it('Kepala Subbagian at the Setda: named as possible Ketua Tim; the text names no appraiser for it, so the kedudukan rules are offered (huruf A Tahapan Perencanaan huruf d; huruf B angka 1)', () => {
    expect(
      textSays(r, 389, 389, 'Pejabat Pengawas, Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah'),
    ).toBe(true);
    expect(
      textSays(
        r,
        418,
        418,
        'Pejabat Penilai Kinerja merupakan atasan langsung dari Pejabat Fungsional dan Pelaksana',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'sekretariat-daerah'), 'kepala-subbagian')!;
    expect(a.teamLead.namedAs.map((x) => [x.relation.as, x.relation.to])).toEqual([
      ['ketuaTim', 'kelompok-jf-pelaksana-subbagian'],
    ]);
    expect(a.appraisers).toEqual([]);
    expect(a.nearestRules.map((x) => x.id)).toContain('kedudukan-di-bawah-pejabat-penilai-kinerja');
  });

  it('JF Ahli Madya at a UOBK hospital: appraised by the Kepala Bagian/Kepala Bidang, led by the Pejabat Pengawas, with the UOBK assignment flow (angka 7), 8) dan 11))', () => {
    expect(
      textSays(
        r,
        775,
        775,
        'Kepala Bagian/ Kepala Bidang selaku Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Muda dan Madya',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'uobk-rsud'), 'jf-ahli-madya')!;
    expect(names(a.appraisers)).toEqual(['Kepala Bagian / Kepala Bidang']);
    expect(names(a.unitLeaders)).toEqual(['Pejabat Pengawas']);
    expect(names(a.placedUnder)).toEqual(['Pejabat Pengawas']);
    const within = a.assignmentFlows.find((g) => g.scope === 'dalamUnit')!;
    expect(within.flows.map((f) => f.id)).toContain('penugasan-jf-ahli-uobk');
  });
});

describe('Sambas: forms and notes', () => {
  it('surat penolakan: the annex blanks are fill-in fields, and the duplicated reason (lines 1067-1068) is kept as written and flagged as a slip (Lampiran II angka 4)', () => {
    expect(textSays(r, 1062, 1062, 'Menindaklanjuti surat Saudara tanggal,.....,, hal')).toBe(true);
    const reason =
      'Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki tidak sesuai dengan kebutuhan dalam tim Kerja.....pada Perangkat Daerah/Unit Kerja..... Kabupaten Sambas.';
    expect(textSays(r, 1067, 1067, `1. ${reason}`)).toBe(true);
    expect(textSays(r, 1068, 1068, `2. ${reason}`)).toBe(true);
    const form = r.forms.find((f) => f.id === 'surat-penolakan')!;
    const text = form.template.join('\n');
    for (const field of form.fields) expect(text, field.id).toContain(`{{${field.id}}}`);
    expect(form.fields.map((f) => f.id)).toEqual(
      expect.arrayContaining(['tanggal-surat-permohonan', 'nama-tim-kerja', 'perangkat-daerah-unit-kerja']),
    );
    expect(text).toContain('Menindaklanjuti surat Saudara tanggal,{{tanggal-surat-permohonan}},, hal');
    const reasons = form.template.filter((l) => /^[12]\. Jabatan Fungsional\/Pelaksana/.test(l));
    expect(reasons).toHaveLength(2);
    expect(reasons[0]!.slice(3)).toBe(reasons[1]!.slice(3));
    expect(reasons[0]).toContain(
      'tim Kerja{{nama-tim-kerja}}pada Perangkat Daerah/Unit Kerja{{perangkat-daerah-unit-kerja}} Kabupaten Sambas.',
    );
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'slip' &&
          (n.about ?? []).includes('surat-penolakan') &&
          n.cite.lines[0] <= 1067 &&
          n.cite.lines[1] >= 1068,
      ),
    ).toBe(true);
  });

  it('every form field is used in its template and every placeholder is a declared field', () => {
    for (const form of r.forms) {
      const used = new Set([...form.template.join('\n').matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]));
      expect(used, form.id).toEqual(new Set(form.fields.map((f) => f.id)));
    }
  });

  it('the regulation: Peraturan Bupati Sambas Nomor 18 Tahun 2024, set on 1 April 2024 (lines 9-10, 272-273)', () => {
    expect(textSays(r, 9, 10, 'PERATURAN BUPATI SAMBAS NOMOR 18 TAHUN 2024')).toBe(true);
    expect(textSays(r, 272, 273, 'Ditetapkan di Sambas pada tanggal 1 April 2024')).toBe(true);
    expect([r.regulation.type, r.regulation.number, r.regulation.year, r.regulation.date]).toEqual([
      'Peraturan Bupati',
      '18',
      2024,
      '2024-04-01',
    ]);
  });
});

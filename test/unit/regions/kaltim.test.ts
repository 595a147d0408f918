/**
 * Provinsi Kalimantan Timur (Pergub 50/2023): answers checked against the text. Each test first
 * asserts the cited words stand in the regulation, then that the model answers accordingly.
 *
 * The Kedudukan charts of Lampiran I (gambar 1-14) did not survive in the text; who sits under whom
 * is read from the Alur Mekanisme Kerja of each unit (see the notes tafsir-bagan-dari-uraian and
 * tafsir-pejabat-penilai-kinerja), so the citations below are the lines of those alur.
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
import { answerFor } from '../../../src/model/myPosition';
import { flow, names, region, textSays, unit, walkFlow } from './helpers';

const r = region('kaltim');

/** Lampiran I BAB II angka 2, penjelasan terperinci huruf a (line 395). */
const PPK_IS_ATASAN =
  'Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab kepada Pejabat Penilai Kinerja';

const KABAG_T2 = 'Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris';
const KASUBBAG_T2 = 'Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang';

const walk = (flowId: string, events: string[], variant?: Variant) => walkFlow(r, flowId, events, variant);

describe('Kaltim: who appraises, leads, assigns', () => {
  it('Perangkat Daerah Tipe 2: the JF Ahli Muda of a bagian/bidang is appraised by the Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris (Lampiran I BAB II angka 2 huruf a; huruf a angka 3) huruf b) angka (5), lines 395, 482, 500)', () => {
    expect(textSays(r, 395, 395, PPK_IS_ATASAN)).toBe(true);
    expect(
      textSays(
        r,
        482,
        482,
        'satu Jabatan Pengawas disetarakan menjadi Jabatan Fungsional Ahli Muda di masing-masing bagian/bidang',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        500,
        500,
        `${KABAG_T2} menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya`,
      ),
    ).toBe(true);
    const u = unit(r, 'pd-tipe-2');
    expect(names(appraisersOf(u, 'jf-ahli-muda'))).toEqual([KABAG_T2]);
    expect(names(placedUnder(u, 'jf-ahli-muda'))).toEqual([KABAG_T2]);
    // The text does not name the Pejabat Penilai Kinerja per unit type: the reading is flagged.
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'interpretation' &&
          (n.about ?? []).includes(
            'pd-tipe-2/penilaianKinerja:kabag-irban-kabid-sekretaris->kelompok-jf-pelaksana',
          ),
      ),
    ).toBe(true);
  });

  it('Perangkat Daerah Tipe 2: the Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang coordinates the JF and receives individual results, then reports to the Kepala Bagian/... (huruf a angka 3) huruf b) angka (6), huruf c) angka (3), huruf d) angka (1), lines 503, 507, 510)', () => {
    expect(textSays(r, 503, 503, `dengan dikoordinasikan ${KASUBBAG_T2}`)).toBe(true);
    expect(
      textSays(
        r,
        507,
        507,
        `Pejabat Fungsional dan/atau Pelaksana sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada ${KASUBBAG_T2}`,
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        510,
        510,
        `${KASUBBAG_T2} meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada ${KABAG_T2}`,
      ),
    ).toBe(true);
    const u = unit(r, 'pd-tipe-2');
    expect(coordinatorsOf(u, 'pejabat-fungsional').map((a) => [a.position.name, a.relation.as])).toEqual([
      [KASUBBAG_T2, 'pelaksanaKoordinasi'],
    ]);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual([KASUBBAG_T2]);
    expect(names(reportsTo(u, 'kasubbag-kasi-kasubbid'))).toEqual([KABAG_T2]);
  });

  it('Perangkat Daerah Tipe 1: the JF and pelaksana are assigned by the Kepala Bagian/... and, by Pasal 12 ayat (4), by the Kepala Perangkat Daerah (lines 158, 460)', () => {
    expect(
      textSays(
        r,
        158,
        158,
        'Penugasan Pejabat Fungsional dan/atau Pejabat Pelaksana diberikan oleh Pejabat Penilai Kinerja atau Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        460,
        460,
        `${KABAG_T2} menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana`,
      ),
    ).toBe(true);
    const u = unit(r, 'pd-tipe-1');
    expect(names(assignersOf(u, 'pelaksana'))).toEqual([KABAG_T2, 'Kepala Perangkat Daerah']);
    expect(names(appraisersOf(u, 'jf-ahli-muda'))).toEqual([KABAG_T2]);
  });

  it('Perangkat Daerah Tipe 3: the one Jabatan Pengawas sits under the Sekretaris, who leads the JF and pelaksana (huruf a angka 4), lines 526, 541)', () => {
    expect(
      textSays(
        r,
        526,
        526,
        'hanya menyisakan satu Jabatan Administrator, yaitu Sekretaris serta satu Jabatan Pengawas di bawahnya',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        541,
        541,
        'Kepala Perangkat Daerah menunjuk Sekretaris sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'pd-tipe-3');
    expect(names(placedUnder(u, 'jabatan-pengawas'))).toEqual(['Sekretaris']);
    expect(names(placedUnder(u, 'sekretaris'))).toEqual(['Kepala Perangkat Daerah']);
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Sekretaris']);
  });

  it('Sekretariat Daerah: results go up Kepala Bagian -> Kepala Biro -> Asisten -> Sekretaris Daerah; the JF is appraised by the Kepala Bagian (huruf a angka 1) huruf b) angka (9), huruf d), lines 423, 431-433)', () => {
    expect(textSays(r, 395, 395, PPK_IS_ATASAN)).toBe(true);
    expect(
      textSays(
        r,
        423,
        423,
        'Kepala Bagian menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        431,
        431,
        'Kepala Bagian meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala Biro',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        432,
        432,
        'Kepala Biro meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Asisten',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        433,
        433,
        'Asisten meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target dan ekspektasi kepada Sekretaris Daerah',
      ),
    ).toBe(true);
    const u = unit(r, 'sekretariat-daerah');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian']);
    expect(names(reportsTo(u, 'kepala-bagian'))).toEqual(['Kepala Biro']);
    expect(names(reportsTo(u, 'kepala-biro'))).toEqual(['Asisten']);
    expect(names(reportsTo(u, 'asisten'))).toEqual(['Sekretaris Daerah']);
  });

  it('RSUD Kelas A/B dan RSKD Kelas A: the Wakil Direktur sits under the Direktur and assigns the Kepala Bagian/Kepala Bidang, who assigns the JF (huruf a angka 5) huruf b) angka (2), (4), (7), lines 586, 588, 593)', () => {
    expect(
      textSays(
        r,
        586,
        586,
        'Direktur membagi dan menunjuk Wakil Direktur sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        588,
        588,
        'Wakil Direktur membagi dan menunjuk Kepala Bagian/ Bidang sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        593,
        593,
        'Kepala Bagian/Bidang menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana',
      ),
    ).toBe(true);
    const u = unit(r, 'rsud-kelas-a-b');
    expect(names(placedUnder(u, 'wakil-direktur'))).toEqual(['Direktur']);
    expect(names(assignersOf(u, 'kepala-bagian-bidang'))).toEqual(['Wakil Direktur']);
    expect(names(assignersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Bagian/Kepala Bidang']);
  });

  it('RSUD Kelas C/D dan RSKD Kelas C: the Kepala Sub Bagian/Seksi, a pengawas, leads and appraises the JF (huruf a angka 6) huruf b) angka (2), (5), lines 630, 633)', () => {
    expect(textSays(r, 61, 61, 'atasan langsung dengan ketentuan paling rendah pejabat pengawas')).toBe(true);
    expect(
      textSays(
        r,
        630,
        630,
        'Direktur membagi dan menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        633,
        633,
        'Kepala Sub Bagian/Seksi menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya',
      ),
    ).toBe(true);
    const u = unit(r, 'rsud-kelas-c-d');
    expect(names(unitLeadersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Sub Bagian/Seksi']);
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Sub Bagian/Seksi']);
    expect(u.positions.find((p) => p.id === 'kepala-sub-bagian-seksi')?.category).toBe('pengawas');
  });

  it('RSKD Kelas B: the JF works "dengan dikoordinasikan Kepala Sub Bagian" and hands individual results to him (huruf a angka 7) huruf b) angka (6), huruf c) angka (3), lines 675, 681)', () => {
    expect(
      textSays(r, 675, 675, 'bersama Kepala Bagian/Bidang dengan dikoordinasikan Kepala Sub Bagian'),
    ).toBe(true);
    expect(
      textSays(
        r,
        681,
        681,
        'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian',
      ),
    ).toBe(true);
    const u = unit(r, 'rskd-kelas-b');
    expect(coordinatorsOf(u, 'pelaksana').map((a) => [a.position.name, a.relation.as])).toEqual([
      ['Kepala Sub Bagian', 'pelaksanaKoordinasi'],
    ]);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual(['Kepala Sub Bagian']);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Kepala Bagian/Kepala Bidang']);
  });

  it('UPTD Tipe A: the Kepala UPTD appraises the JF; the Kepala Sub Bagian/Kepala Seksi coordinates them and reports to the Kepala UPTD (huruf a angka 8), lines 719, 722, 726, 729)', () => {
    expect(
      textSays(
        r,
        719,
        719,
        'Kepala UPTD menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya',
      ),
    ).toBe(true);
    expect(
      textSays(r, 722, 722, 'bersama Kepala UPTD dengan dikoordinasikan Kepala Sub Bagian/Kepala Seksi'),
    ).toBe(true);
    expect(
      textSays(
        r,
        726,
        726,
        'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Kepala Seksi',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        729,
        729,
        'Kepala Sub Bagian/Kepala Seksi meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala UPTD',
      ),
    ).toBe(true);
    const u = unit(r, 'uptd-tipe-a');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala UPTD']);
    expect(coordinatorsOf(u, 'pejabat-fungsional').map((a) => [a.position.name, a.relation.as])).toEqual([
      ['Kepala Sub Bagian/Kepala Seksi', 'pelaksanaKoordinasi'],
    ]);
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toEqual(['Kepala Sub Bagian/Kepala Seksi']);
    expect(names(reportsTo(u, 'kepala-sub-bagian-kepala-seksi'))).toEqual(['Kepala UPTD']);
  });

  it('UPTD Tipe B: the Kepala UPTD alone leads, appraises and receives the results of the pelaksana (huruf a angka 9), lines 762, 765, 771)', () => {
    expect(
      textSays(
        r,
        762,
        762,
        'Kepala Perangkat Daerah membagi dan menunjuk Kepala UPTD sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(r, 771, 771, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala UPTD'),
    ).toBe(true);
    const u = unit(r, 'uptd-tipe-b');
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Kepala UPTD']);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Kepala UPTD']);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual(['Kepala UPTD']);
  });

  it('Badan Penghubung: the Kepala Sub Bagian/Seksi is the appointed penanggung jawab, while the JF are "di bawah koordinasi" of the Kepala Badan (huruf a angka 10), lines 799, 802, 809)', () => {
    expect(
      textSays(
        r,
        799,
        799,
        'Kepala Badan membagi dan menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab pencapaian target kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        802,
        802,
        'Kepala Badan menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        809,
        809,
        'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Seksi',
      ),
    ).toBe(true);
    const u = unit(r, 'badan-penghubung');
    expect(names(unitLeadersOf(u, 'pelaksana'))).toEqual(['Kepala Sub Bagian/Seksi']);
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Kepala Badan Penghubung']);
    expect(names(reportsTo(u, 'pelaksana'))).toEqual(['Kepala Sub Bagian/Seksi']);
  });

  it('Sekolah: led by the Kepala Sekolah, a Pejabat Fungsional, who appraises and receives the results of the JF (Pasal 9 ayat (2); huruf a angka 11), lines 136, 841, 846)', () => {
    expect(
      textSays(
        r,
        136,
        136,
        'Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan Pejabat Pelaksana',
      ),
    ).toBe(true);
    expect(
      textSays(r, 846, 846, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sekolah'),
    ).toBe(true);
    const u = unit(r, 'sekolah');
    expect(u.positions.find((p) => p.id === u.head)?.category).toBe('jf');
    expect(names(appraisersOf(u, 'pejabat-fungsional'))).toEqual(['Kepala Sekolah']);
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toEqual(['Kepala Sekolah']);
  });
});

describe('Kaltim: flows', () => {
  it('Sekretariat Daerah mechanism, main path (individu): actors and recipients follow huruf a angka 1) huruf b)-d), lines 414-434', () => {
    expect(
      textSays(
        r,
        414,
        416,
        'Sekretaris Daerah memberikan arahan dan koordinasi untuk pelaksanaan kegiatan dan pencapaian target kinerja kepada Asisten',
      ),
    ).toBe(true);
    expect(
      textSays(r, 428, 428, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Bagian'),
    ).toBe(true);
    expect(
      textSays(
        r,
        434,
        434,
        'Sekretaris Daerah meninjau atau menerima hasil pelaksanaan kegiatan yang dinyatakan telah sesuai dengan target yang diharapkan',
      ),
    ).toBe(true);
    const { seen, stages, status } = walk('mekanisme-kerja-sekretariat-daerah', [
      ...Array<string>(16).fill(NEXT_EVENT),
      'hasil.sesuai',
    ]);
    expect(status).toBe('done');
    expect(seen).toEqual([
      'sekretaris-daerah>', // 414 (1) menyusun dan menetapkan perjanjian kinerja
      'sekretaris-daerah>asisten', // 415 (2) membagi dan menunjuk Asisten
      'sekretaris-daerah>asisten', // 416 (3) arahan dan koordinasi ... kepada Asisten
      'asisten>kepala-biro', // 417 (4) membagi dan menunjuk Kepala Biro
      'asisten>kepala-biro', // 419 (5) arahan dan koordinasi ... kepada Kepala Biro
      'kepala-biro>kepala-bagian', // 420 (6) membagi dan menunjuk Kepala Bagian
      'kepala-biro>kepala-bagian', // 421 (7) arahan dan koordinasi ... kepada Kepala Bagian
      'kepala-bagian>', // 422 (8) merumuskan strategi
      'kepala-bagian>kelompok-jf-pelaksana', // 423 (9) arahan dan ekspektasi ... kepada JF dan/atau Pelaksana
      'kelompok-jf-pelaksana>', // 424 (10) bersama Kepala Bagian menyusun rencana
      'kelompok-jf-pelaksana>', // 426 c) (1) menyusun rincian
      'kepala-bagian>kelompok-jf-pelaksana', // 427 (2) memonitoring dan memberikan umpan balik (atas pelaksanaan kegiatan, 373)
      'kelompok-jf-pelaksana>kepala-bagian', // 428 (3) sebagai individu ... kepada Kepala Bagian
      'kepala-bagian>kepala-biro', // 431 d) (1)
      'kepala-biro>asisten', // 432 (2)
      'asisten>sekretaris-daerah', // 433 (3)
      'sekretaris-daerah>', // 434 (4) meninjau atau menerima
    ]);
    expect(stages.slice(0, 10).every((s) => s === 'perencanaan')).toBe(true);
    expect(stages.slice(10, 13).every((s) => s === 'pelaksanaan')).toBe(true);
    expect(stages.slice(13).every((s) => s === 'evaluasi')).toBe(true);
  });

  it('Sekretariat Daerah mechanism, "tidak sesuai": the text gives no return path, so the branch ends without a loop (line 378; note diam-hasil-tidak-sesuai)', () => {
    expect(
      textSays(
        r,
        378,
        378,
        'Pelaksanaan kegiatan dinyatakan selesai setelah Pejabat Level 1 menerima hasil pelaksanaan kegiatan dan dinyatakan telah sesuai dengan target yang diharapkan',
      ),
    ).toBe(true);
    const { f, status, seen } = walk('mekanisme-kerja-sekretariat-daerah', [
      ...Array<string>(16).fill(NEXT_EVENT),
      'hasil.tidakSesuai',
    ]);
    expect(seen.at(-1)).toBe('sekretaris-daerah>');
    expect(status).toBe('done');
    const last = f.steps.at(-1)!;
    expect(last.decision?.branches.map((b) => [b.event, b.next])).toEqual([
      ['hasil.sesuai', 'selesai'],
      ['hasil.tidakSesuai', 'selesai'],
    ]);
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'silent' && (n.about ?? []).includes('mekanisme-kerja-sekretariat-daerah/evaluasi-4'),
      ),
    ).toBe(true);
  });

  it('Perangkat Daerah Tipe 2 mechanism, evaluasi: Kepala Sub Bagian/... -> Kepala Bagian/... -> Kepala Perangkat Daerah (huruf a angka 3) huruf c)-d), lines 505-512)', () => {
    expect(
      textSays(
        r,
        511,
        511,
        `${KABAG_T2} meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala Perangkat Daerah`,
      ),
    ).toBe(true);
    const { seen, status } = walk('mekanisme-kerja-pd-tipe-2', [
      ...Array<string>(11).fill(NEXT_EVENT),
      'hasil.sesuai',
    ]);
    expect(status).toBe('done');
    // Steps (1)-(6) of huruf b) (lines 496-503), then huruf c) (505-507) and huruf d) (510-512).
    expect(seen).toEqual([
      'kepala-perangkat-daerah>', // 496 (1)
      'kepala-perangkat-daerah>kabag-irban-kabid-sekretaris', // 497 (2) membagi dan menunjuk
      'kepala-perangkat-daerah>kabag-irban-kabid-sekretaris', // 498 (3) recipient not named: note tafsir-penerima-arahan-dan-koordinasi
      'kabag-irban-kabid-sekretaris>', // 499 (4)
      'kabag-irban-kabid-sekretaris>kelompok-jf-pelaksana', // 500 (5)
      'kelompok-jf-pelaksana>', // 503 (6)
      'kelompok-jf-pelaksana>', // 505 c) (1)
      'kasubbag-kasi-kasubbid>kelompok-jf-pelaksana', // 506 (2)
      'kelompok-jf-pelaksana>kasubbag-kasi-kasubbid', // 507 (3)
      'kasubbag-kasi-kasubbid>kabag-irban-kabid-sekretaris', // 510 d) (1)
      'kabag-irban-kabid-sekretaris>kepala-perangkat-daerah', // 511 (2)
      'kepala-perangkat-daerah>', // 512 (3)
    ]);
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'interpretation' && (n.about ?? []).includes('mekanisme-kerja-pd-tipe-2/perencanaan-3'),
      ),
    ).toBe(true);
  });

  it('penunjukan lintas unit organisasi, main path: pemilik kinerja -> dituju -> (setuju) surat penugasan -> SK Tim Kerja -> JF (Lampiran I huruf b angka 1) huruf b), lines 871-875)', () => {
    expect(
      textSays(
        r,
        871,
        871,
        'pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        873,
        873,
        'menyusun surat penugasan untuk menugaskan Pejabat Fungsional dan/atau Pelaksana',
      ),
    ).toBe(true);
    expect(textSays(r, 873, 873, 'pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja')).toBe(true);
    expect(textSays(r, 875, 875, 'Pejabat Fungsional dan/atau Pelaksana menerima surat penugasan')).toBe(
      true,
    );
    const { seen, status } = walk('penunjukan-lintas-unit', [
      NEXT_EVENT,
      'keputusan.setujui',
      NEXT_EVENT,
      NEXT_EVENT,
      NEXT_EVENT,
    ]);
    expect(status).toBe('done');
    expect(seen).toEqual([
      'pimpinan-pemilik-kinerja>pimpinan-dituju', // (1) 871
      'pimpinan-dituju>', // (2) 872 memproses dan menjawab
      'pimpinan-dituju>pejabat-fungsional-pelaksana', // (3) 873 menyusun surat penugasan
      'pimpinan-pemilik-kinerja>', // (3) 873 menetapkan dengan Surat Keputusan Tim Kerja
      'pejabat-fungsional-pelaksana>', // (5) 875 menerima surat penugasan
    ]);
  });

  it('penunjukan lintas unit organisasi, refusal: a written answer with reasons goes back to the requester and the flow ends (huruf b) angka (4), line 874)', () => {
    expect(
      textSays(
        r,
        874,
        874,
        'menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan',
      ),
    ).toBe(true);
    const { f, actor, seen } = walk('penunjukan-lintas-unit', [NEXT_EVENT, 'keputusan.tolak']);
    expect(seen).toEqual([
      'pimpinan-pemilik-kinerja>pimpinan-dituju',
      'pimpinan-dituju>',
      'pimpinan-dituju>pimpinan-pemilik-kinerja',
    ]);
    const step = f.steps.find((s) => s.id === currentStep(actor.getSnapshot()))!;
    expect(step.id).toBe('jawab-dengan-alasan');
    actor.send({ type: NEXT_EVENT });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('flags the Tipe 2 section that opens its alur with "perangkat daerah Tipe 1" (line 491)', () => {
    expect(textSays(r, 478, 478, 'Unit Organisasi pada Perangkat Daerah Tipe 2')).toBe(true);
    expect(
      textSays(r, 491, 491, 'Mekanisme kerja unit organisasi pada perangkat daerah Tipe 1, terdiri atas'),
    ).toBe(true);
    // Encoded as written, on the Tipe 2 flow ...
    const f = flow(r, 'mekanisme-kerja-pd-tipe-2');
    expect(f.unitTypes).toEqual(['pd-tipe-2']);
    expect(f.cite.lines).toEqual([491, 491]);
    expect(f.cite.quote).toContain('Tipe 1');
    // ... and flagged.
    expect(
      r.notes.some(
        (n) =>
          n.kind === 'slip' &&
          n.cite.lines[0] <= 491 &&
          n.cite.lines[1] >= 491 &&
          (n.about ?? []).includes('pd-tipe-2'),
      ),
    ).toBe(true);
  });
});

describe('Kaltim: Posisi saya', () => {
  it('JF Ahli Muda at a Perangkat Daerah Tipe 2: appraised and led by the Kepala Bagian/..., coordinated by and reporting to the Kepala Sub Bagian/... (lines 395, 497, 503, 507)', () => {
    expect(
      textSays(
        r,
        497,
        497,
        `Kepala Perangkat Daerah membagi dan menunjuk ${KABAG_T2} sebagai penanggung jawab pencapaian target kinerja`,
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'pd-tipe-2'), 'jf-ahli-muda')!;
    expect(names(a.appraisers)).toEqual([KABAG_T2]);
    expect(names(a.unitLeaders)).toEqual([KABAG_T2]);
    expect(names(a.coordinators)).toEqual([KASUBBAG_T2]);
    expect(names(a.reportsTo)).toEqual([KASUBBAG_T2]);
    expect(a.mechanismFlows.map((f) => f.id)).toContain('mekanisme-kerja-pd-tipe-2');
  });

  it('pelaksana at a Perangkat Daerah Tipe 1: assignment flows by scope as Pasal 14 and 15 give them; lintas Instansi only by penunjukan (lines 178-188, 907)', () => {
    expect(
      textSays(
        r,
        178,
        181,
        'a. unit organisasi; b. lintas unit organisasi; atau c. lintas Instansi Pemerintah',
      ),
    ).toBe(true);
    expect(textSays(r, 186, 188, 'a. di dalam unit organisasi; atau b. lintas unit organisasi')).toBe(true);
    expect(
      textSays(
        r,
        907,
        907,
        'Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi Pejabat Fungsional bersangkutan dan lintas unit organisasi',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'pd-tipe-1'), 'pelaksana')!;
    expect(a.assignmentFlows.map((g) => [g.scope, g.flows.map((f) => f.id)])).toEqual([
      ['dalamUnit', ['penunjukan-dalam-unit', 'pengajuan-sukarela-dalam-unit']],
      ['lintasUnit', ['penunjukan-lintas-unit', 'pengajuan-sukarela-lintas-unit']],
      ['lintasInstansi', ['penunjukan-lintas-instansi']],
    ]);
    expect(names(a.assigners)).toEqual([KABAG_T2, 'Kepala Perangkat Daerah']);
  });

  it('pelaksana at a UPTD Tipe B: the team-lead rules of Pasal 12 ayat (11) and Pasal 17 ayat (4), but not named as Ketua Tim by any relation; both reporting flows apply (lines 165, 220, 237, 241, 989, 994)', () => {
    expect(
      textSays(
        r,
        165,
        165,
        'yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        241,
        241,
        'yang berperan sebagai ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja secara berkala',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        994,
        994,
        'yang berperan sebagai ketua tim kemudian melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'uptd-tipe-b'), 'pelaksana')!;
    expect(names(a.appraisers)).toEqual(['Kepala UPTD']);
    expect(names(a.reportsTo)).toEqual(['Kepala UPTD']);
    expect(a.teamLead.rules.map((x) => x.id)).toEqual(
      expect.arrayContaining(['ketua-tim-dari-unit-pemilik-kinerja', 'tanggung-jawab-ketua-tim']),
    );
    expect(a.teamLead.namedAs).toEqual([]);
    expect(a.position.roles?.map((x) => x.role)).toEqual(['ketuaTim', 'anggotaTim']);
    // Pasal 18 and Lampiran I huruf d disagree on the ketua tim's addressee: both are offered.
    expect(a.reportingFlows.map((f) => f.id)).toEqual([
      'pertanggungjawaban-pasal-18',
      'pertanggungjawaban-lampiran',
    ]);
  });

  it('Kepala Sub Bagian/Kepala Seksi at a UPTD Tipe A: placed under and reporting to the Kepala UPTD; the text names no Pejabat Penilai Kinerja for him, so the kedudukan rules are offered (lines 61, 729)', () => {
    expect(
      textSays(
        r,
        729,
        729,
        'menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala UPTD',
      ),
    ).toBe(true);
    expect(textSays(r, 61, 61, 'Pejabat Penilai Kinerja adalah atasan langsung')).toBe(true);
    const a = answerFor(r, unit(r, 'uptd-tipe-a'), 'kepala-sub-bagian-kepala-seksi')!;
    expect(names(a.placedUnder)).toEqual(['Kepala UPTD']);
    expect(names(a.reportsTo)).toEqual(['Kepala UPTD']);
    expect(a.appraisers).toEqual([]);
    expect(a.nearestRules.map((x) => x.id)).toContain('definisi-pejabat-penilai-kinerja');
  });
});

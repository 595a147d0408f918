/**
 * From the office name an official types to their unit type. Each row: a name as officials write
 * it (full name, short form, misspelling, role word) and the unit type(s) the regulation puts that
 * office in, read from the text (its lists of perangkat daerah, its unit and position names) and
 * from the common abbreviations. One id: the query must land on that unit type. Several ids: the
 * text leaves a choice, so the query must land on one of them or on one question among them.
 */
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import { findOffice, splitRegions, unitGroups, type OfficeAnswer } from '../../src/model/offices';
import { ABBREVIATIONS, ROLE_WORDS, matchScore } from '../../src/model/text';
import { fixture } from './fixture';
import { matchUnits } from '../../src/model/myPosition';
import { region, textSays } from './regions/helpers';

type Row = readonly [query: string, expected: string | readonly string[]];

/** Where a query lands: the unit type ids it leaves the official with (none = the whole list). */
function landing(answer: OfficeAnswer): string[] {
  if (answer.kind === 'unit') return [answer.unit.id];
  if (answer.kind === 'question') return answer.candidates.map((c) => c.unit.id);
  return [];
}

function lands(answer: OfficeAnswer, expected: Row[1]): boolean {
  const ids = landing(answer);
  const allowed = typeof expected === 'string' ? [expected] : expected;
  if (typeof expected === 'string') return answer.kind === 'unit' && ids[0] === expected;
  return ids.length > 0 && ids.every((id) => allowed.includes(id));
}

/** Rows the texts' own lists, unit and position names and the abbreviation table decide. */
const DECIDED: Record<string, readonly Row[]> = {
  kaltim: [
    // Lampiran: "Unit organisasi Sekretariat Daerah" with Asisten, Kepala Biro, Kepala Bagian.
    ['sekretariat daerah', 'sekretariat-daerah'],
    ['Sekretariat Daerah Provinsi Kalimantan Timur', 'sekretariat-daerah'],
    ['setda', 'sekretariat-daerah'],
    ['SETDA Kaltim', 'sekretariat-daerah'],
    ['sekertariat daerah', 'sekretariat-daerah'],
    ['sekretaris daerah', 'sekretariat-daerah'],
    ['sekda', 'sekretariat-daerah'],
    ['biro', 'sekretariat-daerah'],
    ['kepala biro', 'sekretariat-daerah'],
    ['asisten', 'sekretariat-daerah'],
    // Perangkat Daerah Tipe 1/2/3 (lines 440, 482, 526).
    ['perangkat daerah tipe 1', 'pd-tipe-1'],
    ['pd tipe 2', 'pd-tipe-2'],
    ['tipe 3', 'pd-tipe-3'],
    ['perangkat daerah', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['kepala perangkat daerah', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    // The Inspektur Pembantu stands in the Tipe 1 and Tipe 2 charts: the Inspektorat is a PD.
    ['inspektorat', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['inspektur pembantu', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['irban', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['kabid', ['pd-tipe-1', 'pd-tipe-2', 'rsud-kelas-a-b', 'rskd-kelas-b']],
    ['kepala seksi', ['pd-tipe-2', 'rsud-kelas-c-d', 'uptd-tipe-a', 'badan-penghubung']],
    ['kasubbag', ['pd-tipe-2', 'rsud-kelas-c-d', 'rskd-kelas-b', 'uptd-tipe-a', 'badan-penghubung']],
    // Rumah sakit: "RSUD Kelas A/B, dan RSKD Kelas A", "RSUD Kelas C/D, dan RSKD Kelas C", "RSKD Kelas B".
    ['rsud', ['rsud-kelas-a-b', 'rsud-kelas-c-d']],
    ['rumah sakit umum daerah', ['rsud-kelas-a-b', 'rsud-kelas-c-d']],
    ['rsud kelas a', 'rsud-kelas-a-b'],
    ['RSUD kelas B', 'rsud-kelas-a-b'],
    ['rsud kelas c', 'rsud-kelas-c-d'],
    ['rsud kelas d', 'rsud-kelas-c-d'],
    ['rskd kelas a', 'rsud-kelas-a-b'],
    ['rskd kelas b', 'rskd-kelas-b'],
    ['rumah sakit khusus daerah kelas b', 'rskd-kelas-b'],
    ['rskd kelas c', 'rsud-kelas-c-d'],
    ['rskd', ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b']],
    ['rumah sakti', ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b']],
    ['direktur', ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b']],
    ['direktur rsud', ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b']],
    ['wakil direktur', 'rsud-kelas-a-b'],
    // UPTD Tipe A and Tipe B.
    ['uptd', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['UPT', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['unit pelaksana teknis daerah', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['kepala uptd', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['uptd tipe a', 'uptd-tipe-a'],
    ['uptd tipe b', 'uptd-tipe-b'],
    ['badan penghubung', 'badan-penghubung'],
    ['kepala badan penghubung', 'badan-penghubung'],
    ['badan penghubng', 'badan-penghubung'],
    ['sekolah', 'satuan-pendidikan'],
    ['kepala sekolah', 'satuan-pendidikan'],
    ['kepsek', 'satuan-pendidikan'],
    ['guru', 'satuan-pendidikan'],
    // The office list (common names): the text does not say which Tipe a Dinas or Badan is, so
    // each lands on one question among the three Perangkat Daerah types and their criteria.
    ['dinas kesehatan', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dinkes', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dishub', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dinas perhubungan', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['bappeda', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['satpol pp', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['bpkad', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['bpbd', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['kesbangpol', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dlh', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['diskominfo', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['disdikbud', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['bapenda', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['bkd', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dpmptsp', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['setwan', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    // SMA, SMK and SLB: the list cites the "Sekolah" heading (line 822).
    ['sma', 'satuan-pendidikan'],
    ['smk', 'satuan-pendidikan'],
    ['slb', 'satuan-pendidikan'],
  ],
  'lombok-barat': [
    // "organisasi pada Kecamatan dengan Pejabat Penilai Kinerja adalah Camat" (line 453).
    ['kecamatan', 'administrator-ppk'],
    ['kec', 'administrator-ppk'],
    ['kecamtan', 'administrator-ppk'],
    ['camat', 'administrator-ppk'],
    ['Camat Lombok Barat', 'administrator-ppk'],
    // "Organisasi pada Kelurahan dengan dengan Pejabat Penilai Kinerja adalah Lurah" (line 479).
    ['kelurahan', 'pengawas-ppk'],
    ['kelurhan', 'pengawas-ppk'],
    ['lurah', 'pengawas-ppk'],
    ['kel', 'pengawas-ppk'],
    // "Unit kerja mandiri (Unit pelaksana teknis)" led by a Pengawas (line 478) or a JF (line 488).
    ['unit kerja mandiri', ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
    ['unit pelaksana teknis', ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
    ['upt', ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
    ['uptd', ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
    ['UPTD Lombok Barat', ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
    // "Organisasi Perangkat Daerah yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama" (line 434).
    ['organisasi perangkat daerah', 'jpt-pratama-ppk'],
    ['opd', 'jpt-pratama-ppk'],
    // Sekretariat Daerah: three structures (Lampiran BAB II huruf D angka 8, 9, 10).
    ...([
      'sekretariat daerah',
      'setda',
      'sekda',
      'sekretaris daerah',
      'asisten',
      'kepala bagian',
      'kabag',
    ].map(
      (q) =>
        [
          q,
          [
            'sekretariat-daerah-sekretaris-daerah-ppk',
            'sekretariat-daerah-asisten-ppk',
            'sekretariat-daerah-kepala-bagian-ppk',
            'sekretariat-daerah-struktur-penugasan-sekretaris-daerah-ppk',
            'sekretariat-daerah-struktur-penugasan-asisten-ppk',
            'sekretariat-daerah-struktur-penugasan-kepala-bagian-ppk',
          ],
        ] as const,
    ) satisfies Row[]),
    [
      'sekretariat daerah kabupaten lombok barat',
      [
        'sekretariat-daerah-sekretaris-daerah-ppk',
        'sekretariat-daerah-asisten-ppk',
        'sekretariat-daerah-kepala-bagian-ppk',
      ],
    ],
    [
      'SEKRETARIAT DAERAH',
      [
        'sekretariat-daerah-sekretaris-daerah-ppk',
        'sekretariat-daerah-asisten-ppk',
        'sekretariat-daerah-kepala-bagian-ppk',
      ],
    ],
    [
      'sekretariat daearh',
      [
        'sekretariat-daerah-sekretaris-daerah-ppk',
        'sekretariat-daerah-asisten-ppk',
        'sekretariat-daerah-kepala-bagian-ppk',
      ],
    ],
    // The text's own structures, by their names.
    ['lebih dari dua level', 'lebih-dari-dua-level'],
    ['pejabat level 3', 'lebih-dari-dua-level'],
    ['pejabat level 4', 'lebih-dari-dua-level'],
    ['struktur penugasan satu level', 'struktur-penugasan-satu-level'],
    ['tidak memiliki pejabat pengawas', 'administrator-ppk-tanpa-pengawas'],
    ['tidak memiliki pejabat administrator', 'jpt-pratama-ppk-tanpa-administrator'],
    ['pejabat fungsional yang memimpin unit organisasi', 'jf-pimpinan-unit-kerja-mandiri'],
    ['pejabat pengawas sebagai pejabat penilai kinerja', ['pengawas-ppk-unit-administrator', 'pengawas-ppk']],
    [
      'jpt pratama',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'struktur-penugasan-dua-level-ppk-level-1',
        'struktur-penugasan-dua-level-ppk-level-2',
        'struktur-penugasan-satu-level',
      ],
    ],
    [
      'pejabat pimpinan tinggi pratama sebagai pejabat penilai kinerja',
      ['jpt-pratama-ppk', 'jpt-pratama-ppk-tanpa-administrator'],
    ],
    [
      'administrator sebagai pejabat penilai kinerja',
      ['administrator-ppk-unit-jpt-pratama', 'administrator-ppk', 'administrator-ppk-tanpa-pengawas'],
    ],
    ['unit organisasi yang dipimpin oleh pejabat pengawas', 'pengawas-ppk'],
    ['unit organisasi yang dipimpin oleh pejabat fungsional', 'jf-pimpinan-unit-kerja-mandiri'],
    [
      'struktur penugasan sekretariat daerah asisten',
      [
        'sekretariat-daerah-struktur-penugasan-sekretaris-daerah-ppk',
        'sekretariat-daerah-struktur-penugasan-asisten-ppk',
        'sekretariat-daerah-struktur-penugasan-kepala-bagian-ppk',
      ],
    ],
    [
      'pejabat level 1',
      [
        'lebih-dari-dua-level',
        'struktur-penugasan-dua-level-ppk-level-1',
        'struktur-penugasan-dua-level-ppk-level-2',
        'struktur-penugasan-satu-level',
      ],
    ],
    [
      'dua level',
      [
        'struktur-penugasan-dua-level-ppk-level-1',
        'struktur-penugasan-dua-level-ppk-level-2',
        'lebih-dari-dua-level',
      ],
    ],
    // The office list (common names): the text lists no Dinas or Badan by name, so each lands
    // among the types led by a JPT Pratama; a Puskesmas among the Unit Kerja Mandiri types.
    [
      'dinas kesehatan',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'dinkes',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'dishub',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'bappeda',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'satpol pp',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'inspektorat',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'setwan',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'lebih-dari-dua-level',
      ],
    ],
    [
      'rsud',
      [
        'jpt-pratama-ppk',
        'administrator-ppk-unit-jpt-pratama',
        'jpt-pratama-ppk-tanpa-administrator',
        'administrator-ppk',
        'pengawas-ppk-unit-administrator',
        'administrator-ppk-tanpa-pengawas',
        'lebih-dari-dua-level',
      ],
    ],
    ['puskesmas', ['jf-pimpinan-unit-kerja-mandiri', 'pengawas-ppk']],
    ['kepala puskesmas', ['jf-pimpinan-unit-kerja-mandiri', 'pengawas-ppk']],
    // The list's common name "Sekolah": a unit led by a JF (line 488).
    ['sekolah', 'jf-pimpinan-unit-kerja-mandiri'],
  ],
  sambas: [
    // "Kantor Camat dan Kantor Kesatuan Bangsa dan Politik" (line 711).
    ['kecamatan', 'pd-dipimpin-administrator'],
    ['camat', 'pd-dipimpin-administrator'],
    ['kantor camat', 'pd-dipimpin-administrator'],
    ['Kecamatan Sambas', 'pd-dipimpin-administrator'],
    ['kesbangpol', ['pd-dipimpin-administrator', 'kantor-kesatuan-bangsa-politik']],
    ['kesatuan bangsa dan politik', ['pd-dipimpin-administrator', 'kantor-kesatuan-bangsa-politik']],
    // The full name stands in rincian angka 7 (line 529), the short one in struktur penugasan huruf
    // c (line 711): one office the text puts in two types (conflict-kesbangpol), so one question.
    [
      'kantor kesatuan bangsa politik dan perlindungan masyarakat',
      ['kantor-kesatuan-bangsa-politik', 'pd-dipimpin-administrator'],
    ],
    // The Dinas/Badan lists.
    ['dinas kesehatan', 'dinas-badan-dengan-subbagian'],
    ['dinkes', 'dinas-badan-dengan-subbagian'],
    ['Dinas Kesehatan Kabupaten Sambas', 'dinas-badan-dengan-subbagian'],
    ['dinas kesehtan', 'dinas-badan-dengan-subbagian'],
    ['dinas pupr', 'dinas-badan-dengan-subbagian'],
    ['dinas pekerjaan umum dan penataan ruang', 'dinas-badan-dengan-subbagian'],
    ['dukcapil', 'dinas-badan-dengan-subbagian'],
    ['dinas tenaga kerja dan transmigrasi', 'dinas-badan-dengan-subbagian'],
    ['disnakertrans', 'dinas-badan-dengan-subbagian'],
    ['diskominfo', 'dinas-badan-dengan-subbagian'],
    ['dinas kominfo', 'dinas-badan-dengan-subbagian'],
    ['dinas pertanian', 'dinas-badan-dengan-subbagian'],
    ['bappeda', 'dinas-badan-dengan-subbagian'],
    ['badan perencanaan pembangunan daerah', 'dinas-badan-dengan-subbagian'],
    ['bkpsdm', 'dinas-badan-dengan-subbagian'],
    ['satpol pp', 'dinas-badan-tiga-level'],
    ['satuan polisi pamong praja', 'dinas-badan-tiga-level'],
    ['bpbd', 'dinas-badan-tiga-level'],
    ['badan keuangan daerah', 'dinas-badan-tiga-level'],
    ['dishub', 'dinas-badan-penyederhanaan-sebagian-bidang'],
    ['dinas perhubungan', 'dinas-badan-penyederhanaan-sebagian-bidang'],
    ['disdikbud', 'dinas-badan-penyederhanaan-sebagian-bidang'],
    ['dinas pendidikan', 'dinas-badan-penyederhanaan-sebagian-bidang'],
    ['dpmptsp', ['dpmptsp', 'pd-jpt-pratama-tanpa-administrator']],
    ['penanaman modal', ['dpmptsp', 'pd-jpt-pratama-tanpa-administrator']],
    ['inspektorat', 'inspektorat'],
    ['inspektur pembantu', 'inspektorat'],
    ['setda', 'sekretariat-daerah'],
    ['sekretariat daerah', 'sekretariat-daerah'],
    ['setwan', 'sekretariat-dprd'],
    ['sekretariat dprd', 'sekretariat-dprd'],
    ['rsud', ['rsud', 'rsud-uobk']],
    ['rsud sambas', 'rsud-uobk'],
    ['rsud pemangkat', 'rsud-uobk'],
    ['RSUD Teluk Keramat', 'rsud-uobk'],
    ['uobk', 'rsud-uobk'],
    ['direktur', ['rsud', 'rsud-uobk']],
    ['uptd', 'uptd'],
    ['puskesmas', 'unit-dipimpin-pejabat-fungsional'],
    ['kepala puskesmas', 'unit-dipimpin-pejabat-fungsional'],
    ['sekolah', ['unit-dipimpin-pejabat-fungsional', 'satuan-pendidikan']],
    ['kepala sekolah', 'satuan-pendidikan'],
    // The office list: "Dinas Sosial, Pemberdayaan Masyarakat dan Desa" (line 505).
    ['dinas sosial', 'dinas-badan-dengan-subbagian'],
  ],
  semarang: [
    // Lampiran II huruf a angka 1: the 2-level list (lines 423-442).
    ['inspektorat', 'unit-organisasi-2-level'],
    ['inspektorat daerah', 'unit-organisasi-2-level'],
    ['dinas kesehatan', 'unit-organisasi-2-level'],
    ['dinkes', 'unit-organisasi-2-level'],
    ['DINKES', 'unit-organisasi-2-level'],
    ['dinas kesehatán', 'unit-organisasi-2-level'],
    ['dinas kesehtan', 'unit-organisasi-2-level'],
    ['dinas sosial', 'unit-organisasi-2-level'],
    ['dinsos', 'unit-organisasi-2-level'],
    ['dlh', 'unit-organisasi-2-level'],
    ['dinas lingkungan hidup', 'unit-organisasi-2-level'],
    ['disdukcapil', 'unit-organisasi-2-level'],
    ['diskominfo', 'unit-organisasi-2-level'],
    ['dinas pertanian perikanan dan pangan', 'unit-organisasi-2-level'],
    ['dpmd', 'unit-organisasi-2-level'],
    ['bappeda', 'unit-organisasi-2-level'],
    ['bkpsdm', 'unit-organisasi-2-level'],
    ['kesbangpol', 'unit-organisasi-2-level'],
    ['bpbd', 'unit-organisasi-2-level'],
    ['badan penanggulangan bencana daerah', 'unit-organisasi-2-level'],
    // Lampiran II huruf a angka 2: the 2- and 3-level list.
    ['dinas perhubungan', 'unit-organisasi-2-dan-3-level'],
    ['dishub', 'unit-organisasi-2-dan-3-level'],
    ['dinas perhubngan', 'unit-organisasi-2-dan-3-level'],
    ['satpol pp', 'unit-organisasi-2-dan-3-level'],
    ['damkar', 'unit-organisasi-2-dan-3-level'],
    ['setwan', 'unit-organisasi-2-dan-3-level'],
    ['sekretariat dprd', 'unit-organisasi-2-dan-3-level'],
    ['badan keuangan daerah', 'unit-organisasi-2-dan-3-level'],
    ['dinas pendidikan', 'unit-organisasi-2-dan-3-level'],
    ['dpmptsp', 'dpmptsp'],
    ['dinas penanaman modal', 'dpmptsp'],
    // Sekretariat Daerah: three Asisten.
    [
      'setda',
      [
        'sekretariat-daerah-asisten-pemerintahan-kesra',
        'sekretariat-daerah-asisten-perekonomian-pembangunan',
        'sekretariat-daerah-asisten-administrasi-umum',
      ],
    ],
    [
      'sekretariat daerah',
      [
        'sekretariat-daerah-asisten-pemerintahan-kesra',
        'sekretariat-daerah-asisten-perekonomian-pembangunan',
        'sekretariat-daerah-asisten-administrasi-umum',
      ],
    ],
    ['asisten perekonomian', 'sekretariat-daerah-asisten-perekonomian-pembangunan'],
    ['bagian pengadaan barang dan jasa', 'sekretariat-daerah-asisten-perekonomian-pembangunan'],
    ['bagian umum', 'sekretariat-daerah-asisten-administrasi-umum'],
    ['asisten administrasi umum', 'sekretariat-daerah-asisten-administrasi-umum'],
    ['kesra', 'sekretariat-daerah-asisten-pemerintahan-kesra'],
    ['kecamatan', 'kecamatan'],
    ['camat', 'kecamatan'],
    ['Camat Semarang', 'kecamatan'],
    ['kecamtan', 'kecamatan'],
    ['sekcam', 'kecamatan'],
    ['kelurahan', 'kelurahan'],
    ['lurah', 'kelurahan'],
    ['rsud', 'rsud'],
    ['RSUD dr. Gondo Suwarno', 'rsud'],
    ['rsud gunawan mangunkusumo', 'rsud'],
    ['uptd', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['UPTD Semarang', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['uptd tipe a', 'uptd-tipe-a'],
    ['unit pelaksana teknis dinas tipe b', 'uptd-tipe-b'],
    ['puskesmas', 'puskesmas'],
    ['kepala puskesmas', 'puskesmas'],
    ['pusat kesehatan masyarakat', 'puskesmas'],
    ['sekolah dasar', 'satuan-pendidikan'],
    ['smp', 'satuan-pendidikan'],
    ['tk', 'satuan-pendidikan'],
    ['sanggar kegiatan belajar', 'satuan-pendidikan'],
    ['skb', 'satuan-pendidikan'],
    ['guru', 'satuan-pendidikan'],
    // The office list: "Badan Keuangan Daerah" (line 456), also written BPKAD or Bakeuda.
    ['bpkad', 'unit-organisasi-2-dan-3-level'],
    ['bakeuda', 'unit-organisasi-2-dan-3-level'],
  ],
  surakarta: [
    // "Satpol PP; Dishub; Damkar; Disdik; BPKAD; Bapenda" share the 3-level type.
    ['dinas perhubungan', 'unit-organisasi-tiga-level'],
    ['dishub', 'unit-organisasi-tiga-level'],
    ['Dishub Surakarta', 'unit-organisasi-tiga-level'],
    ['dinas perhubugan', 'unit-organisasi-tiga-level'],
    ['satpol pp', 'unit-organisasi-tiga-level'],
    ['satuan polisi pamong praja', 'unit-organisasi-tiga-level'],
    ['damkar', 'unit-organisasi-tiga-level'],
    ['pemadam kebakaran', 'unit-organisasi-tiga-level'],
    ['disdik', 'unit-organisasi-tiga-level'],
    ['dinas pendidikan', 'unit-organisasi-tiga-level'],
    ['bpkad', 'unit-organisasi-tiga-level'],
    ['badan pengelolaan keuangan dan aset daerah', 'unit-organisasi-tiga-level'],
    ['bapenda', 'unit-organisasi-tiga-level'],
    ['badan pendapatan daerah', 'unit-organisasi-tiga-level'],
    ['bpbd', 'bpbd'],
    ['badan penanggulangan bencana daerah', 'bpbd'],
    ['kepala pelaksana bpbd', 'bpbd'],
    ['kecamatan', 'kecamatan'],
    ['camat', 'kecamatan'],
    ['Camat Surakarta', 'kecamatan'],
    ['camat kota surakarta', 'kecamatan'],
    ['sekretaris kecamatan', 'kecamatan'],
    ['sekcam', 'kecamatan'],
    // Kelurahan stands inside the Kecamatan type (Lurah, Sekretaris Kelurahan).
    ['lurah', 'kecamatan'],
    ['kelurahan', 'kecamatan'],
    ['seklur', 'kecamatan'],
    ['inspektorat', 'inspektorat'],
    ['inspektur pembantu', 'inspektorat'],
    ['irban', 'inspektorat'],
    ['setda', 'sekretariat-daerah'],
    ['sekretariat daerah', 'sekretariat-daerah'],
    ['setda surakarta', 'sekretariat-daerah'],
    ['setwan', 'sekretariat-dprd'],
    ['sekretariat dprd', 'sekretariat-dprd'],
    ['sekretaris dprd', 'sekretariat-dprd'],
    ['rumah sakit daerah', 'rsud'],
    ['rsud', 'rsud'],
    ['rsd', 'rsud'],
    ['puskesmas', 'puskesmas'],
    ['kepala puskesmas', 'puskesmas'],
    ['kapus', 'puskesmas'],
    ['uptd', 'uptd'],
    ['unit pelaksana teknis daerah', 'uptd'],
    ['UPTD Surakarta', 'uptd'],
    ['kepala uptd', ['uptd', 'badan-dinas']],
    ['sd', 'satuan-pendidikan-sekolah'],
    ['smp', 'satuan-pendidikan-sekolah'],
    ['paud', 'satuan-pendidikan-sekolah'],
    ['kepala sekolah', 'satuan-pendidikan-sekolah'],
    ['spnf', 'satuan-pendidikan-nonformal'],
    ['satuan pendidikan nonformal', 'satuan-pendidikan-nonformal'],
    ['sekolah', ['satuan-pendidikan-sekolah', 'satuan-pendidikan-nonformal']],
    // "Badan dan Dinas Pemerintah Kota Surakarta" (line 650); which of them are one level the text
    // does not say (silent-daftar-pd-satu-level-dan-pengendali), so one question between the two.
    ['badan dan dinas', ['badan-dinas', 'dinas-badan-satu-level']],
    ['pengendali', 'dinas-badan-satu-level'],
    // The office list (common names): the text does not say which Dinas/Badan is one level
    // (silent-daftar-pd-satu-level-dan-pengendali), so each asks between the two types.
    ['dinas kesehatan', ['badan-dinas', 'dinas-badan-satu-level']],
    ['dinkes', ['badan-dinas', 'dinas-badan-satu-level']],
    ['dinas sosial', ['badan-dinas', 'dinas-badan-satu-level']],
    ['kesbangpol', ['badan-dinas', 'dinas-badan-satu-level']],
    ['diskominfo', ['badan-dinas', 'dinas-badan-satu-level']],
    // Bappeda has Bidang: its JF Perencana sit under the Kepala Bidang (line 604).
    ['bappeda', 'badan-dinas'],
    // "Satuan Pendidikan Nonformal" (line 822).
    ['skb', 'satuan-pendidikan-nonformal'],
  ],
};

/**
 * Rows no office list names yet (`offices` in the region file): the text names no such office, or
 * does not say which type it is, and the steward's list does not hold it either. Until it does,
 * each must either leave the official with every unit type (not a dead end) or land among the
 * expected types; once a list names it, it belongs in DECIDED.
 */
export const AWAITING_OFFICE_LISTS: Record<string, readonly Row[]> = {
  kaltim: [
    ['rsud aw sjahranie', ['rsud-kelas-a-b']],
    ['rsjd atma husada mahakam', ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b']],
  ],
  sambas: [
    ['kelurahan', ['pd-dipimpin-administrator', 'uptd']],
    ['lurah', ['pd-dipimpin-administrator', 'uptd']],
  ],
  surakarta: [['rsud bung karno', ['rsud']]],
};

const REGIONS = ['kaltim', 'lombok-barat', 'sambas', 'semarang', 'surakarta'] as const;

describe.each(REGIONS)('office names of %s', (id) => {
  const r = region(id);
  const rows = DECIDED[id]!;

  it('has at least 40 rows decided by the text', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('lands every decided row on its unit type, or on one question among the types the text allows', () => {
    const wrong = rows
      .map(([q, expected]) => ({ q, expected, got: findOffice(r, q) }))
      .filter((x) => !lands(x.got, x.expected))
      .map((x) => `${x.q} -> ${x.got.kind} ${landing(x.got).join(',')} (expected ${String(x.expected)})`);
    expect(wrong).toEqual([]);
  });

  it('leaves no row awaiting an office list anywhere but among its expected types or on the whole list', () => {
    const wrong = (AWAITING_OFFICE_LISTS[id] ?? [])
      .map(([q, expected]) => ({ q, expected, got: findOffice(r, q) }))
      .filter((x) => x.got.kind !== 'browse' && !lands(x.got, x.expected))
      .map((x) => `${x.q} -> ${x.got.kind} ${landing(x.got).join(',')}`);
    expect(wrong).toEqual([]);
  });

  it('never ends with nothing: an unknown name lists every unit type under the text’s own headings', () => {
    for (const q of ['qzxv', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
      const got = findOffice(r, q);
      expect(got.kind, q).toBe('browse');
      if (got.kind !== 'browse') continue;
      expect(got.groups.flatMap((g) => g.units.map((u) => u.id)).sort()).toEqual(
        r.unitTypes.map((u) => u.id).sort(),
      );
      // The groups are the text's headings, in the order the text gives the unit types.
      expect(got.groups.map((g) => g.group)).toEqual([...new Set(r.unitTypes.map((u) => u.group))]);
    }
  });

  it('asks one question whose candidates are all unit types of the region, never fewer than two', () => {
    for (const [q] of [...rows, ...(AWAITING_OFFICE_LISTS[id] ?? [])]) {
      const got = findOffice(r, q);
      if (got.kind !== 'question') continue;
      expect(got.candidates.length, q).toBeGreaterThanOrEqual(2);
      expect(new Set(got.candidates.map((c) => c.unit.id)).size, q).toBe(got.candidates.length);
    }
  });
});

describe('office lists in the data', () => {
  it('finds an office by its name and its alias, with the text’s citation or marked common', () => {
    const r = fixture();
    const byName = findOffice(r, 'dinas kesehatan');
    const byAlias = findOffice(r, 'DINKES');
    const common = findOffice(r, 'bkd');
    for (const got of [byName, byAlias]) {
      expect(got.kind).toBe('unit');
      if (got.kind !== 'unit') continue;
      expect(got.unit.id).toBe('dua-level');
      expect(got.match.source).toBe('office');
      // The office's citation stands in the text (Semarang, Lampiran II huruf a angka 1 huruf b).
      expect(got.match.cite?.lines).toEqual([426, 426]);
      expect(textSays(r, 426, 426, 'Dinas Kesehatan')).toBe(true);
    }
    expect(common.kind === 'unit' && common.match.common).toBe(true);
  });

  it('asks the question that decides between an office’s unit types, quoting each type’s criterion', () => {
    const r = fixture() as RegionData;
    const first = r.unitTypes[0]!;
    // Two types the text tells apart by a criterion (as Kaltim does for Tipe 1 and Tipe 2).
    const tipe1 = { ...first, id: 'tipe-1', name: 'Perangkat Daerah Tipe 1' };
    const tipe2 = { ...first, id: 'tipe-2', name: 'Perangkat Daerah Tipe 2' };
    const crit = (text: string, line: number) => ({
      text,
      cite: { ...first.cite, lines: [line, line] as [number, number], quote: text },
    });
    r.unitTypes = [
      { ...tipe1, criterion: crit('semua Jabatan Pengawas disetarakan', 440) },
      { ...tipe2, criterion: crit('satu Jabatan Pengawas disetarakan', 482) },
    ];
    r.offices = [
      { name: 'Dinas Kominfo', aliases: ['Diskominfo'], unitTypes: ['tipe-1', 'tipe-2'], common: true },
    ];
    for (const q of ['dinas kominfo', 'diskominfo', 'dinas komunikasi dan informatika']) {
      const got = findOffice(r, q);
      expect(got.kind, q).toBe('question');
      if (got.kind !== 'question') continue;
      expect(got.candidates.map((c) => [c.unit.id, c.criterion?.text])).toEqual([
        ['tipe-1', 'semua Jabatan Pengawas disetarakan'],
        ['tipe-2', 'satu Jabatan Pengawas disetarakan'],
      ]);
      expect(got.candidates.map((c) => c.criterion?.cite.lines[0])).toEqual([440, 482]);
    }
  });

  it('prefers an office list over a unit type name that also matches', () => {
    const r = fixture() as RegionData;
    r.unitTypes = [
      r.unitTypes[0]!,
      { ...r.unitTypes[0]!, id: 'kecamatan', name: 'Unit Organisasi pada Kecamatan' },
    ];
    r.offices = [{ name: 'Kecamatan Ungaran Barat', unitTypes: ['kecamatan'], common: true }];
    const got = findOffice(r, 'ungaran barat');
    expect(got.kind === 'unit' && got.unit.id).toBe('kecamatan');
  });

  it('groups unit types by the text’s headings, in the text’s order', () => {
    const r = region('semarang');
    expect(unitGroups(r).map((g) => [g.group, g.units.length])).toEqual([
      ['Unit Organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama', 6],
      ['Unit Organisasi yang dipimpin oleh pejabat administrator', 2],
      ['Unit Organisasi yang dipimpin oleh Pejabat Pengawas', 3],
      ['Unit Organisasi yang dipimpin oleh Pejabat Fungsional', 2],
    ]);
  });
});

describe('shared matching', () => {
  it('reads a region name in a query as a filter', () => {
    const regions = REGIONS.map((id) => region(id));
    const named = (q: string) => {
      const { regions: found, rest } = splitRegions(regions, q);
      return [found.map((x) => x.id), rest];
    };
    expect(named('Camat Surakarta')).toEqual([['surakarta'], 'camat']);
    expect(named('UPTD Semarang evaluasi')).toEqual([['semarang'], 'uptd evaluasi']);
    expect(named('dinkes kaltim')).toEqual([['kaltim'], 'dinkes']);
    expect(named('setda provinsi kalimantan timur')).toEqual([['kaltim'], 'setda']);
    expect(named('RSUD Kabupaten Lombok Barat')).toEqual([['lombok-barat'], 'rsud']);
    expect(named('dinas perhubungan')).toEqual([[], 'dinas perhubungan']);
    // "barat" alone does not name Lombok Barat.
    expect(named('kecamatan ungaran barat')).toEqual([[], 'kecamatan ungaran barat']);
  });

  it('matches both ways: an abbreviation typed for a full name, a full name typed for an abbreviation', () => {
    expect(matchScore('dinkes', 'Dinas Kesehatan')).toBeGreaterThan(0);
    expect(matchScore('dinas perhubungan', 'Dishub')).toBeGreaterThan(0);
    expect(matchScore('satpol pp', 'Satuan Polisi Pamong Praja')).toBeGreaterThan(0);
    expect(matchScore('satuan polisi pamong praja', 'Satpol PP')).toBeGreaterThan(0);
    expect(matchScore('kesbangpol', 'Badan Kesatuan Bangsa dan Politik')).toBeGreaterThan(0);
    expect(matchScore('dinkess', 'Dinas Kesehatan')).toBeGreaterThan(0);
    expect(matchScore('dinkes', 'Dinas Perhubungan')).toBe(0);
    expect(matchScore('badan', 'Puskesmas')).toBe(0);
  });

  it('looks words up in Maps: no inherited property is an abbreviation', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(ABBREVIATIONS.has(w)).toBe(false);
      expect(ROLE_WORDS.has(w)).toBe(false);
      expect(() => matchScore(w, 'Dinas Kesehatan')).not.toThrow();
      expect(matchScore(w, 'Dinas Kesehatan')).toBe(0);
    }
  });

  it('knows the abbreviations officials use for their offices', () => {
    for (const a of [
      'dinkes',
      'dishub',
      'bappeda',
      'satpol',
      'pp',
      'kesbangpol',
      'bpkad',
      'dpmptsp',
      'rsud',
      'rskd',
      'uptd',
      'puskesmas',
      'setda',
      'setwan',
      'disdik',
      'bapenda',
      'bkpsdm',
      'bpbd',
      'dlh',
      'diskominfo',
    ])
      expect(ABBREVIATIONS.has(a), a).toBe(true);
  });
});

describe('the unit box finds what the header search finds', () => {
  // The header search indexes each unit type's name, the perangkat daerah the text lists for it
  // and its positions' names (src/model/searchIndex.ts): each must lead the unit box there.
  it.each(REGIONS)('%s: every perangkat daerah, unit type and position name reaches its unit type', (id) => {
    const r = region(id);
    const missed: string[] = [];
    for (const u of r.unitTypes) {
      // A position name found in most unit types ("Pelaksana") names no unit: it must only not
      // end in the whole list; the names of units (Bagian, Bidang, Camat, Lurah) must lead there.
      const inHowMany = (name: string) =>
        r.unitTypes.filter((x) => x.positions.some((p) => p.name === name)).length;
      const positions = u.positions.map((p) => p.name);
      for (const label of positions.filter((n) => inHowMany(n) > 3))
        if (findOffice(r, label).kind === 'browse') missed.push(`"${label}" -> nothing`);
      const labels = [
        u.name,
        ...(u.perangkatDaerah?.names ?? []),
        ...positions.filter((n) => inHowMany(n) <= 3),
      ];
      for (const label of labels) {
        const got = findOffice(r, label);
        const offered =
          got.kind === 'unit'
            ? matchUnits(r, label)
                .slice(0, 8)
                .map((m) => m.unit.id)
            : landing(got);
        if (!offered.includes(u.id))
          missed.push(`"${label}" -> ${u.id} (got ${got.kind} ${offered.join(',')})`);
      }
    }
    expect(missed).toEqual([]);
  });
});

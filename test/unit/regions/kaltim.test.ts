/**
 * Provinsi Kalimantan Timur (Pergub 50/2023): each row is one cited fact. The test first asserts
 * that the quoted words stand at the cited lines of data/sources/001_c6d99ee64fe95462.txt, then that
 * the data (or the model over it) answers accordingly.
 *
 * The Kedudukan charts of Lampiran I (gambar 1-14) did not survive in the text; who sits under whom
 * is read from the Alur Mekanisme Kerja of each unit (notes interpretation-bagan-dari-uraian and
 * interpretation-pejabat-penilai-kinerja), so the citations below are the lines of those alur.
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
import { answerFor, type PositionAnswer } from '../../../src/model/myPosition';
import type { RegionData } from '../../../src/data/schema';
import { flow, names, next, region, textSays, unit, walkFlow } from './helpers';

const r = region('kaltim');

/** Words of the regulation at lines [from, to]. */
type Says = [from: number, to: number, words: string];
const saysAll = (says: Says[]) => {
  for (const [from, to, words] of says)
    expect(textSays(r, from, to, words), `${from}-${to}: ${words}`).toBe(true);
};

const PPK_IS_ATASAN: Says = [
  395,
  395,
  'Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab kepada Pejabat Penilai Kinerja',
];
const KABAG_T2 = 'Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris';
const KASUBBAG_T2 = 'Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang';
const DI_BAWAH =
  'menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya';

// ---------------------------------------------------------------------------------------------------
// Who appraises, leads, assigns, coordinates, sits above and receives reports.
type Query = 'appraisers' | 'placedUnder' | 'assigners' | 'unitLeaders' | 'reportsTo' | 'coordinators';
const QUERY: Record<Query, (u: ReturnType<typeof unit>, id: string) => string[]> = {
  appraisers: (u, id) => names(appraisersOf(u, id)),
  placedUnder: (u, id) => names(placedUnder(u, id)),
  assigners: (u, id) => names(assignersOf(u, id)),
  unitLeaders: (u, id) => names(unitLeadersOf(u, id)),
  reportsTo: (u, id) => names(reportsTo(u, id)),
  coordinators: (u, id) => coordinatorsOf(u, id).map((a) => `${a.position.name} (${a.relation.as})`),
};

// prettier-ignore
const RELATIONS: [fact: string, says: Says[], unit: string, query: Query, position: string, expected: string[]][] = [
  ['Tipe 2: the JF Ahli Muda of a bagian/bidang is appraised by the Kepala Bagian/...', [PPK_IS_ATASAN, [482, 482, 'satu Jabatan Pengawas disetarakan menjadi Jabatan Fungsional Ahli Muda di masing-masing bagian/bidang'], [500, 500, `${KABAG_T2} ${DI_BAWAH}`]], 'pd-tipe-2', 'appraisers', 'jf-ahli-muda', [KABAG_T2]],
  ['Tipe 2: the JF Ahli Muda sits under the Kepala Bagian/...', [[500, 500, `${KABAG_T2} ${DI_BAWAH}`]], 'pd-tipe-2', 'placedUnder', 'jf-ahli-muda', [KABAG_T2]],
  ['Tipe 2: the Kepala Sub Bagian/... coordinates the JF', [[503, 503, `dengan dikoordinasikan ${KASUBBAG_T2}`]], 'pd-tipe-2', 'coordinators', 'pejabat-fungsional', [`${KASUBBAG_T2} (pelaksanaKoordinasi)`]],
  ['Tipe 2: individual results go to the Kepala Sub Bagian/...', [[507, 507, `Pejabat Fungsional dan/atau Pelaksana sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada ${KASUBBAG_T2}`]], 'pd-tipe-2', 'reportsTo', 'pelaksana', [KASUBBAG_T2]],
  ['Tipe 2: the Kepala Sub Bagian/... reports to the Kepala Bagian/...', [[510, 510, `${KASUBBAG_T2} meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada ${KABAG_T2}`]], 'pd-tipe-2', 'reportsTo', 'kasubbag-kasi-kasubbid', [KABAG_T2]],
  ['Tipe 1: the pelaksana are assigned by the Kepala Bagian/... and, by Pasal 12 ayat (4), by the Kepala Perangkat Daerah', [[158, 158, 'Penugasan Pejabat Fungsional dan/atau Pejabat Pelaksana diberikan oleh Pejabat Penilai Kinerja atau Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi'], [460, 460, `${KABAG_T2} menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana`]], 'pd-tipe-1', 'assigners', 'pelaksana', [KABAG_T2, 'Kepala Perangkat Daerah']],
  ['Tipe 1: the JF Ahli Muda is appraised by the Kepala Bagian/...', [PPK_IS_ATASAN, [460, 460, `${KABAG_T2} ${DI_BAWAH}`]], 'pd-tipe-1', 'appraisers', 'jf-ahli-muda', [KABAG_T2]],
  ['Tipe 3: the one Jabatan Pengawas sits under the Sekretaris', [[526, 526, 'hanya menyisakan satu Jabatan Administrator, yaitu Sekretaris serta satu Jabatan Pengawas di bawahnya']], 'pd-tipe-3', 'placedUnder', 'jabatan-pengawas', ['Sekretaris']],
  ['Tipe 3: the Sekretaris sits under the Kepala Perangkat Daerah', [[541, 541, 'Kepala Perangkat Daerah menunjuk Sekretaris sebagai penanggung jawab pencapaian target kinerja']], 'pd-tipe-3', 'placedUnder', 'sekretaris', ['Kepala Perangkat Daerah']],
  ['Tipe 3: the Sekretaris leads the JF and pelaksana', [[541, 541, 'Kepala Perangkat Daerah menunjuk Sekretaris sebagai penanggung jawab pencapaian target kinerja']], 'pd-tipe-3', 'unitLeaders', 'pelaksana', ['Sekretaris']],
  ['Sekretariat Daerah: the JF is appraised by the Kepala Bagian', [PPK_IS_ATASAN, [423, 423, `Kepala Bagian ${DI_BAWAH}`]], 'sekretariat-daerah', 'appraisers', 'pejabat-fungsional', ['Kepala Bagian']],
  ['Sekretariat Daerah: the Kepala Bagian reports to the Kepala Biro', [[431, 431, 'Kepala Bagian meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala Biro']], 'sekretariat-daerah', 'reportsTo', 'kepala-bagian', ['Kepala Biro']],
  ['Sekretariat Daerah: the Kepala Biro reports to the Asisten', [[432, 432, 'Kepala Biro meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Asisten']], 'sekretariat-daerah', 'reportsTo', 'kepala-biro', ['Asisten']],
  ['Sekretariat Daerah: the Asisten reports to the Sekretaris Daerah', [[433, 433, 'Asisten meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target dan ekspektasi kepada Sekretaris Daerah']], 'sekretariat-daerah', 'reportsTo', 'asisten', ['Sekretaris Daerah']],
  ['RSUD Kelas A/B: the Wakil Direktur sits under the Direktur', [[586, 586, 'Direktur membagi dan menunjuk Wakil Direktur sebagai penanggung jawab pencapaian target kinerja']], 'rsud-kelas-a-b', 'placedUnder', 'wakil-direktur', ['Direktur']],
  ['RSUD Kelas A/B: the Wakil Direktur assigns the Kepala Bagian/Kepala Bidang', [[588, 588, 'Wakil Direktur membagi dan menunjuk Kepala Bagian/ Bidang sebagai penanggung jawab pencapaian target kinerja']], 'rsud-kelas-a-b', 'assigners', 'kepala-bagian-bidang', ['Wakil Direktur']],
  ['RSUD Kelas A/B: the Kepala Bagian/Kepala Bidang assigns the JF', [[593, 593, 'Kepala Bagian/Bidang menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana']], 'rsud-kelas-a-b', 'assigners', 'pejabat-fungsional', ['Kepala Bagian/Kepala Bidang']],
  ['RSUD Kelas C/D: the Kepala Sub Bagian/Seksi leads the JF', [[630, 630, 'Direktur membagi dan menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab pencapaian target kinerja']], 'rsud-kelas-c-d', 'unitLeaders', 'pejabat-fungsional', ['Kepala Sub Bagian/Seksi']],
  ['RSUD Kelas C/D: the Kepala Sub Bagian/Seksi, a pengawas, appraises the JF', [[61, 61, 'atasan langsung dengan ketentuan paling rendah pejabat pengawas'], [633, 633, `Kepala Sub Bagian/Seksi ${DI_BAWAH}`]], 'rsud-kelas-c-d', 'appraisers', 'pejabat-fungsional', ['Kepala Sub Bagian/Seksi']],
  ['RSKD Kelas B: the JF work "dengan dikoordinasikan Kepala Sub Bagian"', [[675, 675, 'bersama Kepala Bagian/Bidang dengan dikoordinasikan Kepala Sub Bagian']], 'rskd-kelas-b', 'coordinators', 'pelaksana', ['Kepala Sub Bagian (pelaksanaKoordinasi)']],
  ['RSKD Kelas B: individual results go to the Kepala Sub Bagian', [[681, 681, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian']], 'rskd-kelas-b', 'reportsTo', 'pelaksana', ['Kepala Sub Bagian']],
  ['RSKD Kelas B: the pelaksana are appraised by the Kepala Bagian/Kepala Bidang (supplied)', [[674, 674, `Kepala Bagian/Bidang ${DI_BAWAH}`]], 'rskd-kelas-b', 'appraisers', 'pelaksana', ['Kepala Bagian/Kepala Bidang']],
  ['UPTD Tipe A: the Kepala UPTD appraises the JF (supplied)', [[719, 719, `Kepala UPTD ${DI_BAWAH}`]], 'uptd-tipe-a', 'appraisers', 'pejabat-fungsional', ['Kepala UPTD']],
  ['UPTD Tipe A: the Kepala Sub Bagian/Kepala Seksi coordinates the JF', [[722, 722, 'bersama Kepala UPTD dengan dikoordinasikan Kepala Sub Bagian/Kepala Seksi']], 'uptd-tipe-a', 'coordinators', 'pejabat-fungsional', ['Kepala Sub Bagian/Kepala Seksi (pelaksanaKoordinasi)']],
  ['UPTD Tipe A: individual results go to the Kepala Sub Bagian/Kepala Seksi', [[726, 726, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Kepala Seksi']], 'uptd-tipe-a', 'reportsTo', 'pejabat-fungsional', ['Kepala Sub Bagian/Kepala Seksi']],
  ['UPTD Tipe A: the Kepala Sub Bagian/Kepala Seksi reports to the Kepala UPTD', [[729, 729, 'Kepala Sub Bagian/Kepala Seksi meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala UPTD']], 'uptd-tipe-a', 'reportsTo', 'kepala-sub-bagian-kepala-seksi', ['Kepala UPTD']],
  ['UPTD Tipe B: the Kepala UPTD leads the pelaksana', [[762, 762, 'Kepala Perangkat Daerah membagi dan menunjuk Kepala UPTD sebagai penanggung jawab pencapaian target kinerja']], 'uptd-tipe-b', 'unitLeaders', 'pelaksana', ['Kepala UPTD']],
  ['UPTD Tipe B: the Kepala UPTD appraises the pelaksana', [[765, 765, `Kepala UPTD ${DI_BAWAH}`]], 'uptd-tipe-b', 'appraisers', 'pelaksana', ['Kepala UPTD']],
  ['UPTD Tipe B: individual results go to the Kepala UPTD', [[771, 771, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala UPTD']], 'uptd-tipe-b', 'reportsTo', 'pelaksana', ['Kepala UPTD']],
  ['Badan Penghubung: the Kepala Sub Bagian/Seksi is the appointed penanggung jawab (supplied as unit leader)', [[799, 799, 'Kepala Badan membagi dan menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab pencapaian target kinerja']], 'badan-penghubung', 'unitLeaders', 'pelaksana', ['Kepala Sub Bagian/Seksi']],
  ['Badan Penghubung: the JF are "di bawah koordinasi" of the Kepala Badan (supplied as appraiser)', [[802, 802, `Kepala Badan ${DI_BAWAH}`]], 'badan-penghubung', 'appraisers', 'pelaksana', ['Kepala Badan Penghubung']],
  ['Badan Penghubung: individual results go to the Kepala Sub Bagian/Seksi', [[809, 809, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Seksi']], 'badan-penghubung', 'reportsTo', 'pelaksana', ['Kepala Sub Bagian/Seksi']],
  ['Sekolah: the Kepala Sekolah appraises the JF', [[136, 136, 'Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan Pejabat Pelaksana'], [841, 841, `Kepala Sekolah ${DI_BAWAH}`]], 'satuan-pendidikan', 'appraisers', 'pejabat-fungsional', ['Kepala Sekolah']],
  ['Sekolah: individual results go to the Kepala Sekolah', [[846, 846, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sekolah']], 'satuan-pendidikan', 'reportsTo', 'pejabat-fungsional', ['Kepala Sekolah']],
];

describe('Kaltim: who appraises, leads, assigns, coordinates, receives', () => {
  it.each(RELATIONS)('%s', (_fact, says, unitId, query, positionId, expected) => {
    saysAll(says);
    expect(QUERY[query](unit(r, unitId), positionId)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// How each relation stands in the text: stated at its own lines, derived from a general rule (own
// lines + rule lines), or supplied (note).
type Basis = 'stated' | ['derived', own: number, rule: number] | ['supplied', note: string];
// prettier-ignore
const BASIS: [fact: string, says: Says[], unit: string, relation: string, expected: Basis][] = [
  ['Sekretariat Daerah: the Kepala Bagian appraises by the general rule (395) applied to the JF "di bawah koordinasinya" (423)', [PPK_IS_ATASAN, [423, 423, `Kepala Bagian ${DI_BAWAH}`]], 'sekretariat-daerah', 'penilaianKinerja:kepala-bagian->kelompok-jf-pelaksana', ['derived', 423, 395]],
  ['Tipe 1: the Kepala Bagian/... appraises by the general rule (460 + 395)', [PPK_IS_ATASAN, [460, 460, `${KABAG_T2} ${DI_BAWAH}`]], 'pd-tipe-1', 'penilaianKinerja:kabag-irban-kabid-sekretaris->kelompok-jf-pelaksana', ['derived', 460, 395]],
  ['Tipe 3: the Sekretaris appraises by the general rule (546 + 395)', [PPK_IS_ATASAN, [546, 546, `Sekretaris ${DI_BAWAH}`]], 'pd-tipe-3', 'penilaianKinerja:sekretaris->kelompok-jf-pelaksana', ['derived', 546, 395]],
  ['RSUD Kelas A/B: the Kepala Bagian/Bidang appraises by the general rule (593 + 395)', [PPK_IS_ATASAN, [593, 593, `Kepala Bagian/Bidang ${DI_BAWAH}`]], 'rsud-kelas-a-b', 'penilaianKinerja:kepala-bagian-bidang->kelompok-jf-pelaksana', ['derived', 593, 395]],
  ['RSUD Kelas C/D: the Kepala Sub Bagian/Seksi appraises by the general rule (633 + 395)', [PPK_IS_ATASAN, [633, 633, `Kepala Sub Bagian/Seksi ${DI_BAWAH}`]], 'rsud-kelas-c-d', 'penilaianKinerja:kepala-sub-bagian-seksi->kelompok-jf-pelaksana', ['derived', 633, 395]],
  ['UPTD Tipe B: the Kepala UPTD appraises by the general rule (765 + 395)', [PPK_IS_ATASAN, [765, 765, `Kepala UPTD ${DI_BAWAH}`]], 'uptd-tipe-b', 'penilaianKinerja:kepala-uptd->kelompok-jf-pelaksana', ['derived', 765, 395]],
  ['Sekolah: the Kepala Sekolah appraises by the general rule (841 + 395)', [PPK_IS_ATASAN, [841, 841, `Kepala Sekolah ${DI_BAWAH}`]], 'satuan-pendidikan', 'penilaianKinerja:kepala-sekolah->kelompok-jf-pelaksana', ['derived', 841, 395]],
  ['Tipe 2: a pengawas also coordinates the JF (503) and takes their results (507): the appraiser is supplied, not stated', [[503, 503, `dengan dikoordinasikan ${KASUBBAG_T2}`], [507, 507, `sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada ${KASUBBAG_T2}`]], 'pd-tipe-2', 'penilaianKinerja:kabag-irban-kabid-sekretaris->kelompok-jf-pelaksana', ['supplied', 'interpretation-pejabat-penilai-kinerja']],
  ['RSKD Kelas B: a pengawas also coordinates the JF (675, 681): the appraiser is supplied', [[675, 675, 'dengan dikoordinasikan Kepala Sub Bagian'], [681, 681, 'kepada Kepala Sub Bagian']], 'rskd-kelas-b', 'penilaianKinerja:kepala-bagian-bidang->kelompok-jf-pelaksana', ['supplied', 'interpretation-pejabat-penilai-kinerja']],
  ['UPTD Tipe A: a pengawas also coordinates the JF (722, 726): the appraiser is supplied', [[722, 722, 'dengan dikoordinasikan Kepala Sub Bagian/Kepala Seksi'], [726, 726, 'kepada Kepala Sub Bagian/Kepala Seksi']], 'uptd-tipe-a', 'penilaianKinerja:kepala-uptd->kelompok-jf-pelaksana', ['supplied', 'interpretation-pejabat-penilai-kinerja']],
  ['Badan Penghubung: a pengawas also coordinates the JF (805, 809): the appraiser is supplied', [[805, 805, 'dengan dikoordinasikan Kepala Sub Bagian/Seksi'], [809, 809, 'kepada Kepala Sub Bagian/Seksi']], 'badan-penghubung', 'penilaianKinerja:kepala-badan-penghubung->kelompok-jf-pelaksana', ['supplied', 'interpretation-pejabat-penilai-kinerja']],
  ['Tipe 1: the appointed penanggung jawab (455) is Pimpinan Unit Organisasi by the definition of Pasal 1 angka 12 (59)', [[455, 455, `menunjuk ${KABAG_T2} sebagai penanggung jawab pencapaian target kinerja`], [59, 59, 'bertanggung jawab untuk menghasilkan output atau outcomes tertentu dan memberikan tugas kepada Pejabat Fungsional atau Pejabat Pelaksana']], 'pd-tipe-1', 'pimpinanUnit:kabag-irban-kabid-sekretaris->kelompok-jf-pelaksana', ['derived', 455, 59]],
  ['Badan Penghubung: the Kepala Sub Bagian/Seksi as Pimpinan Unit Organisasi is supplied', [[799, 799, 'menunjuk Kepala Sub Bagian/Seksi sebagai penanggung jawab'], [802, 802, `Kepala Badan ${DI_BAWAH}`]], 'badan-penghubung', 'pimpinanUnit:kepala-sub-bagian-seksi->kelompok-jf-pelaksana', ['supplied', 'interpretation-pimpinan-unit-organisasi']],
  ['Tipe 1: the Kepala Perangkat Daerah assigns the JF by Pasal 12 ayat (4) (158), not by the alur', [[158, 158, 'diberikan oleh Pejabat Penilai Kinerja atau Kepala Perangkat Daerah'], [454, 454, 'Kepala Perangkat Daerah menyusun dan menetapkan perjanjian kinerja']], 'pd-tipe-1', 'penugasan:kepala-perangkat-daerah->kelompok-jf-pelaksana', ['derived', 454, 158]],
  ['Sekretariat Daerah: the Asisten under the Sekretaris Daerah is read from "membagi dan menunjuk" (supplied)', [[415, 415, 'Sekretaris Daerah membagi dan menunjuk Asisten']], 'sekretariat-daerah', 'kedudukan:asisten->sekretaris-daerah', ['supplied', 'interpretation-bagan-dari-uraian']],
  ['Tipe 2: the pengawas under the Kepala Bagian/... is read from the evaluation (supplied)', [[510, 510, `${KASUBBAG_T2} meninjau atau menyampaikan hasil`]], 'pd-tipe-2', 'kedudukan:kasubbag-kasi-kasubbid->kabag-irban-kabid-sekretaris', ['supplied', 'interpretation-kedudukan-pengawas-dari-evaluasi']],
  ['Tipe 3: the Jabatan Pengawas "di bawahnya" is stated', [[526, 526, 'satu Jabatan Pengawas di bawahnya']], 'pd-tipe-3', 'kedudukan:jabatan-pengawas->sekretaris', 'stated'],
  ['Tipe 2: the JF "yang berada di bawah koordinasinya" sit under the Kepala Bagian/...: stated', [[500, 500, `${KABAG_T2} ${DI_BAWAH}`]], 'pd-tipe-2', 'kedudukan:kelompok-jf-pelaksana->kabag-irban-kabid-sekretaris', 'stated'],
  ['Tipe 2: "dengan dikoordinasikan" the pengawas: stated', [[503, 503, `dengan dikoordinasikan ${KASUBBAG_T2}`]], 'pd-tipe-2', 'koordinasi:kasubbag-kasi-kasubbid->kelompok-jf-pelaksana', 'stated'],
];

const relationOf = (unitId: string, key: string) => {
  const rel = unit(r, unitId).relations.find((x) => `${x.kind}:${x.from}->${x.to}` === key);
  if (!rel) throw new Error(`${unitId}: no relation ${key}`);
  return rel;
};

describe('Kaltim: how each relation stands in the text', () => {
  it.each(BASIS)('%s', (_fact, says, unitId, key, expected) => {
    saysAll(says);
    const rel = relationOf(unitId, key);
    if (expected === 'stated') expect(rel.basis?.kind ?? 'stated').toBe('stated');
    else if (expected[0] === 'derived') {
      expect(rel.basis?.kind).toBe('derived');
      expect([rel.cite.lines[0], rel.basis?.cite?.lines[0]]).toEqual([expected[1], expected[2]]);
    } else expect(rel.basis).toEqual({ kind: 'supplied', note: expected[1] });
  });
});

// ---------------------------------------------------------------------------------------------------
// Facts of the data: unit types, flows, rules, notes, enactment, offices.
const noteAbout = (kind: string, ref: string) =>
  r.notes.some((n) => n.kind === kind && (n.about ?? []).includes(ref));
const rule = (id: string) => r.rules.find((x) => x.id === id);
const office = (name: string) =>
  r.offices?.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase()));

// prettier-ignore
const FACTS: [fact: string, says: Says[], query: (r: RegionData) => unknown, expected: unknown][] = [
  // T2: levels count the structural tiers from the head down.
  ['T2: the Sekretariat Daerah has four structural tiers: levels [4]', [[415, 415, 'Sekretaris Daerah membagi dan menunjuk Asisten'], [417, 417, 'Asisten membagi dan menunjuk Kepala Biro'], [420, 420, 'Kepala Biro membagi dan menunjuk Kepala Bagian'], [423, 423, `Kepala Bagian ${DI_BAWAH}`]], () => unit(r, 'sekretariat-daerah').levels, [4]],
  ['T2: Tipe 1 (head + Kepala Bagian/...): levels [2]', [[455, 455, `Kepala Perangkat Daerah membagi dan menunjuk ${KABAG_T2}`], [440, 440, 'semua Jabatan Pengawas disetarakan menjadi Jabatan Fungsional Ahli Muda']], () => unit(r, 'pd-tipe-1').levels, [2]],
  ['T2: Tipe 2 (head + Kepala Bagian/... + Kepala Sub Bagian/...): levels [3]', [[510, 510, `${KASUBBAG_T2} meninjau atau menyampaikan hasil`]], () => unit(r, 'pd-tipe-2').levels, [3]],
  ['T2: Tipe 3 (head + Sekretaris + one pengawas): levels [3]', [[526, 526, 'Sekretaris serta satu Jabatan Pengawas di bawahnya']], () => unit(r, 'pd-tipe-3').levels, [3]],
  ['T2: UPTD Tipe B (Kepala UPTD only): levels [1]', [[771, 771, 'kepada Kepala UPTD']], () => unit(r, 'uptd-tipe-b').levels, [1]],
  // Categories
  ['RSUD Kelas C/D: the Kepala Sub Bagian/Seksi is a pengawas', [[61, 61, 'paling rendah pejabat pengawas']], () => unit(r, 'rsud-kelas-c-d').positions.find((p) => p.id === 'kepala-sub-bagian-seksi')?.category, 'pengawas'],
  ['Sekolah: led by a Pejabat Fungsional (Pasal 9 ayat (2))', [[136, 136, 'Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri']], () => { const u = unit(r, 'satuan-pendidikan'); return u.positions.find((p) => p.id === u.head)?.category; }, 'jf'],
  ['Sekolah: unit type id by the convention, the old id kept', [[822, 822, 'Sekolah Kedudukan']], () => [unit(r, 'satuan-pendidikan').name, unit(r, 'satuan-pendidikan').formerIds, flow(r, 'mekanisme-kerja-satuan-pendidikan').formerIds], ['Sekolah', ['sekolah'], ['mekanisme-kerja-sekolah']]],
  // rekomendasi: a team's problem report is not a recommendation on assignment or appraisal.
  ['rekomendasi: the team\'s problem reports with "alternatif rekomendasi" (937) are no rekomendasi relation', [[937, 937, 'tim kerja dapat menyampaikan permasalahan dan kendala beserta alternatif rekomendasi kepada Kepala Perangkat Daerah/Pimpinan Unit Organisasi untuk diputuskan dan/atau ditindaklanjuti']], (x) => x.unitTypes.flatMap((u) => u.relations .filter((rel) => rel.kind === 'rekomendasi') .map((rel) => `${u.id}:${rel.from}->${rel.to}`), ), []],
  ['rekomendasi: the same sentence stays a step of the pelaksanaan tugas flow', [[937, 937, 'beserta alternatif rekomendasi']], () => flow(r, 'pelaksanaan-tugas-dalam-unit').steps.find((s) => s.id === 'tim-sampaikan-kendala')?.cite.lines, [937, 937]],
  ['rekomendasi on an assignment (886) is a step of the lintas instansi flow', [[886, 886, 'Pejabat Penilai Kinerja dengan rekomendasi Pimpinan Unit Organisasi']], () => flow(r, 'penunjukan-lintas-instansi').steps.find((s) => s.id === 'rekomendasi-pimpinan-unit')?.actor, 'pimpinan-unit-dituju'],
  // Criteria for the official who does not know the type of their office.
  ["criterion: Tipe 1 in the text's words", [[440, 440, 'Perangkat Daerah Tipe 1 adalah perangkat daerah yang semua Jabatan Pengawas disetarakan']], () => unit(r, 'pd-tipe-1').criterion?.cite.lines, [440, 440]],
  ["criterion: Tipe 2 in the text's words", [[482, 482, 'Perangkat Daerah Tipe 2 adalah perangkat daerah yang satu Jabatan Pengawas disetarakan']], () => unit(r, 'pd-tipe-2').criterion?.cite.lines, [482, 482]],
  ["criterion: Tipe 3 in the text's words", [[526, 526, 'Perangkat Daerah Tipe 3 adalah perangkat daerah yang seluruh Jabatan Administrator disetarakan']], () => unit(r, 'pd-tipe-3').criterion?.cite.lines, [526, 526]],
  ['criterion: the hospital classes are the headings', [[564, 564, 'Rumah Sakit Umum Daerah Kelas A/B, dan Rumah Sakit Khusus Daerah Kelas A'], [612, 612, 'Rumah Sakit Umum Daerah Kelas C/D, dan Rumah Sakit Khusus Daerah Kelas C'], [653, 653, 'Rumah Sakit Khusus Daerah Kelas B']], () => ['rsud-kelas-a-b', 'rsud-kelas-c-d', 'rskd-kelas-b'].map((id) => unit(r, id).criterion?.cite.lines[0]), [564, 612, 653]],
  ['criterion: UPTD Tipe A has a Kepala Sub Bagian/Kepala Seksi who coordinates; Tipe B reports straight to the Kepala UPTD', [[722, 722, 'dengan dikoordinasikan Kepala Sub Bagian/Kepala Seksi'], [771, 771, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala UPTD']], () => [unit(r, 'uptd-tipe-a').criterion?.cite.lines[0], unit(r, 'uptd-tipe-b').criterion?.cite.lines[0], noteAbout('interpretation', 'uptd-tipe-a')], [722, 771, true]],
  // Scope: the widest boundary the assignment crosses.
  ['scope: "lintas unit organisasi" reaches a Kepala Perangkat Daerah dituju: lintasPerangkatDaerah, old id kept', [[871, 871, 'kepada Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju'], [907, 907, 'lintas unit organisasi di dalam Instansi Pemerintah bersangkutan']], () => [flow(r, 'penunjukan-lintas-perangkat-daerah').scope, flow(r, 'penunjukan-lintas-perangkat-daerah').formerIds, flow(r, 'pengajuan-sukarela-lintas-perangkat-daerah').scope, flow(r, 'pengajuan-sukarela-lintas-perangkat-daerah').formerIds], ['lintasPerangkatDaerah', ['penunjukan-lintas-unit'], 'lintasPerangkatDaerah', ['pengajuan-sukarela-lintas-unit']]],
  ['scope: the same reach in team work, "lintas Perangkat Daerah/unit kerja"', [[941, 941, 'Pelaksanaan tugas lintas Perangkat Daerah/unit kerja dilakukan secara tim kerja']], () => flow(r, 'pelaksanaan-tugas-lintas-perangkat-daerah').scope, 'lintasPerangkatDaerah'],
  // Flow facts kept from the walks.
  ['Sekretariat Daerah mechanism: the text gives no return path after "tidak sesuai": both branches end', [[378, 378, 'Pelaksanaan kegiatan dinyatakan selesai setelah Pejabat Level 1 menerima hasil pelaksanaan kegiatan dan dinyatakan telah sesuai dengan target yang diharapkan']], () => flow(r, 'mekanisme-kerja-sekretariat-daerah') .steps.at(-1) ?.decision?.branches.map((b) => [b.event, b.next, b.basis?.kind ?? 'stated']), [['hasil.sesuai', 'selesai', 'stated'], ['hasil.tidakSesuai', 'selesai', 'supplied']]],
  ['Sekretariat Daerah mechanism: the silent "tidak sesuai" is flagged', [[434, 434, 'meninjau atau menerima hasil pelaksanaan kegiatan yang dinyatakan telah sesuai']], () => noteAbout('silent', 'mekanisme-kerja-sekretariat-daerah/evaluasi-4'), true],
  ['Tipe 2 mechanism: the recipient of "memberikan arahan dan koordinasi" is read, and flagged', [[498, 498, 'Kepala Perangkat Daerah memberikan arahan dan koordinasi untuk pelaksanaan kegiatan dan pencapaian target kinerja;']], () => [noteAbout('interpretation', 'mekanisme-kerja-pd-tipe-2/perencanaan-3'), flow(r, 'mekanisme-kerja-pd-tipe-2').steps[2]!.basis?.kind], [true, 'supplied']],
  ['slip: the Tipe 2 section opens its alur with "perangkat daerah Tipe 1": encoded as written on Tipe 2', [[478, 478, 'Unit Organisasi pada Perangkat Daerah Tipe 2'], [491, 491, 'Mekanisme kerja unit organisasi pada perangkat daerah Tipe 1, terdiri atas']], () => { const f = flow(r, 'mekanisme-kerja-pd-tipe-2'); return [f.unitTypes, f.cite.lines, f.cite.quote.includes('Tipe 1')]; }, [['pd-tipe-2'], [491, 491], true]],
  ['slip: ... and flagged', [[491, 491, 'perangkat daerah Tipe 1']], (x) => x.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 491 && n.cite.lines[1] >= 491 && (n.about ?? []).includes('pd-tipe-2'), ), true],
  ['the interpretation of the Tipe 2 appraiser is flagged on the relation', [PPK_IS_ATASAN], () => noteAbout('interpretation', 'pd-tipe-2/penilaianKinerja:kabag-irban-kabid-sekretaris->kelompok-jf-pelaksana', ), true],
  // Missing provisions, now rules.
  ['Pasal 2: scope of the Pergub', [[68, 72, 'Ruang Lingkup Peraturan Gubernur ini adalah : a. penyederhanaan birokrasi; b. mekanisme kerja; dan c. proses bisnis']], () => rule('ruang-lingkup')?.cite.lines, [68, 72]],
  ['Pasal 3: penyederhanaan birokrasi is part of reformasi birokrasi', [[80, 80, 'Penyederhanaan Birokrasi merupakan bagian dari pelaksanaan reformasi birokrasi']], () => rule('penyederhanaan-birokrasi-bagian-reformasi-birokrasi')?.cite.lines, [80, 80]],
  ['Pasal 6: aims of the Penyesuaian Sistem Kerja', [[96, 102, 'Maksud dan tujuan Penyesuaian Sistem Kerja yaitu']], () => rule('maksud-tujuan-penyesuaian-sistem-kerja')?.cite.lines, [96, 102]],
  // Same provision, same kind and subject as in the other regions.
  ['rule kinds: the definition of penugasan is a ketentuan on penugasan', [[62, 62, 'Penugasan adalah penunjukan atau pengajuan sukarela']], () => [rule('definisi-penugasan')?.kind, rule('definisi-penugasan')?.subject], ['ketentuan', 'penugasan']],
  ['rule kinds: more than one target is a ketentuan on penugasan', [[160, 160, 'dapat terlibat untuk melaksanakan tugas lebih dari 1 (satu) target kinerja']], () => rule('lebih-dari-satu-target-kinerja')?.kind, 'ketentuan'],
  ['rule kinds: what a request letter must contain is a persyaratan', [[893, 893, 'paling sedikit memuat']], () => rule('isi-surat-permohonan-pelibatan')?.kind, 'persyaratan'],
  // Enactment and closing provisions.
  ['enacted at Samarinda on 30 November 2023', [[293, 294, 'Ditetapkan di Samarinda pada tanggal 30 November 2023']], (x) => [x.regulation.enacted?.place, x.regulation.enacted?.date, x.regulation.enacted?.cite.lines[0]], ['Samarinda', '2023-11-30', 293]],
  ['promulgated at Samarinda on 30 November 2023', [[302, 303, 'Diundangkan di Samarinda pada tanggal 30 November 2023']], (x) => [x.regulation.promulgated?.place, x.regulation.promulgated?.date, x.regulation.promulgated?.cite.lines[0]], ['Samarinda', '2023-11-30', 302]],
  ['Berita Daerah Provinsi Kalimantan Timur Tahun 2023 Nomor 53', [[311, 311, 'BERITA DAERAH PROVINSI KALIMANTAN TIMUR TAHUN 2023 NOMOR 53']], (x) => x.regulation.gazette?.cite.lines, [311, 311]],
  ['in force on promulgation (Pasal 23)', [[289, 289, 'Peraturan Gubernur ini mulai berlaku pada tanggal diundangkan']], (x) => x.regulation.effective?.cite.lines, [289, 289]],
  ['the title is cited to the title lines only', [[9, 10, 'PERATURAN GUBERNUR KALIMANTAN TIMUR NOMOR 50 TAHUN 2023']], (x) => x.regulation.cite.lines, [9, 12]],
  ['province', [[47, 47, 'Daerah adalah Provinsi Kalimantan Timur']], (x) => x.province, 'Kalimantan Timur'],
  // Offices named in the text.
  ['office: Inspektorat Daerah (Pasal 18) may be any of Tipe 1, 2, 3', [[242, 242, 'pada Inspektorat Daerah']], () => office('Inspektorat')?.unitTypes, ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
  ['office: Diskominfo is the PD of Pasal 20 ayat (4), type not given', [[265, 265, 'yang melaksanakan urusan pemerintahan bidang komunikasi dan informatika']], () => office('diskominfo')?.unitTypes, ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
  ['office: Badan Penghubung has its own section', [[777, 777, 'Badan Penghubung']], () => office('Badan Penghubung')?.unitTypes, ['badan-penghubung']],
  ['office: an RSKD is Kelas A, B or C', [[564, 564, 'Rumah Sakit Khusus Daerah Kelas A'], [653, 653, 'Rumah Sakit Khusus Daerah Kelas B'], [612, 612, 'Rumah Sakit Khusus Daerah Kelas C']], () => office('RSKD')?.unitTypes, ['rsud-kelas-a-b', 'rskd-kelas-b', 'rsud-kelas-c-d']],
];

describe('Kaltim: facts of the data', () => {
  it.each(FACTS)('%s', (_fact, says, query, expected) => {
    saysAll(says);
    expect(query(r)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Flows walked through their generated machines: actor>recipients at every step.
const WALKS: [
  fact: string,
  says: Says[],
  flow: string,
  events: string[],
  variant: Variant | undefined,
  seen: string[],
  status: string,
][] = [
  [
    'Sekretariat Daerah mechanism, main path (individu): huruf a angka 1) huruf b)-d)',
    [
      [
        414,
        416,
        'Sekretaris Daerah memberikan arahan dan koordinasi untuk pelaksanaan kegiatan dan pencapaian target kinerja kepada Asisten',
      ],
      [428, 428, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Bagian'],
      [
        434,
        434,
        'Sekretaris Daerah meninjau atau menerima hasil pelaksanaan kegiatan yang dinyatakan telah sesuai dengan target yang diharapkan',
      ],
    ],
    'mekanisme-kerja-sekretariat-daerah',
    [...next(16), 'hasil.sesuai'],
    undefined,
    [
      'sekretaris-daerah>', // 414 (1) perjanjian kinerja
      'sekretaris-daerah>asisten', // 415 (2) membagi dan menunjuk Asisten
      'sekretaris-daerah>asisten', // 416 (3) arahan dan koordinasi ... kepada Asisten
      'asisten>kepala-biro', // 417 (4)
      'asisten>kepala-biro', // 419 (5)
      'kepala-biro>kepala-bagian', // 420 (6)
      'kepala-biro>kepala-bagian', // 421 (7)
      'kepala-bagian>', // 422 (8) merumuskan strategi
      'kepala-bagian>kelompok-jf-pelaksana', // 423 (9)
      'kelompok-jf-pelaksana>', // 424 (10)
      'kelompok-jf-pelaksana>', // 426 c) (1)
      'kepala-bagian>kelompok-jf-pelaksana', // 427 (2) memonitoring (recipient read from 373)
      'kelompok-jf-pelaksana>kepala-bagian', // 428 (3) sebagai individu
      'kepala-bagian>kepala-biro', // 431 d) (1)
      'kepala-biro>asisten', // 432 (2)
      'asisten>sekretaris-daerah', // 433 (3)
      'sekretaris-daerah>', // 434 (4)
    ],
    'done',
  ],
  [
    'Sekretariat Daerah mechanism, "tidak sesuai": no return path, the flow ends at the Sekretaris Daerah',
    [[378, 378, 'Pelaksanaan kegiatan dinyatakan selesai setelah Pejabat Level 1 menerima hasil']],
    'mekanisme-kerja-sekretariat-daerah',
    [...next(16), 'hasil.tidakSesuai'],
    undefined,
    [
      'sekretaris-daerah>',
      'sekretaris-daerah>asisten',
      'sekretaris-daerah>asisten',
      'asisten>kepala-biro',
      'asisten>kepala-biro',
      'kepala-biro>kepala-bagian',
      'kepala-biro>kepala-bagian',
      'kepala-bagian>',
      'kepala-bagian>kelompok-jf-pelaksana',
      'kelompok-jf-pelaksana>',
      'kelompok-jf-pelaksana>',
      'kepala-bagian>kelompok-jf-pelaksana',
      'kelompok-jf-pelaksana>kepala-bagian',
      'kepala-bagian>kepala-biro',
      'kepala-biro>asisten',
      'asisten>sekretaris-daerah',
      'sekretaris-daerah>',
    ],
    'done',
  ],
  [
    'Tipe 2 mechanism, evaluasi: Kepala Sub Bagian/... -> Kepala Bagian/... -> Kepala Perangkat Daerah (huruf a angka 3) huruf b)-d))',
    [
      [
        511,
        511,
        `${KABAG_T2} meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala Perangkat Daerah`,
      ],
    ],
    'mekanisme-kerja-pd-tipe-2',
    [...next(11), 'hasil.sesuai'],
    undefined,
    [
      'kepala-perangkat-daerah>', // 496 (1)
      'kepala-perangkat-daerah>kabag-irban-kabid-sekretaris', // 497 (2)
      'kepala-perangkat-daerah>kabag-irban-kabid-sekretaris', // 498 (3) recipient read (supplied)
      'kabag-irban-kabid-sekretaris>', // 499 (4)
      'kabag-irban-kabid-sekretaris>kelompok-jf-pelaksana', // 500 (5)
      'kelompok-jf-pelaksana>', // 503 (6)
      'kelompok-jf-pelaksana>', // 505 c) (1)
      'kasubbag-kasi-kasubbid>kelompok-jf-pelaksana', // 506 (2)
      'kelompok-jf-pelaksana>kasubbag-kasi-kasubbid', // 507 (3)
      'kasubbag-kasi-kasubbid>kabag-irban-kabid-sekretaris', // 510 d) (1)
      'kabag-irban-kabid-sekretaris>kepala-perangkat-daerah', // 511 (2)
      'kepala-perangkat-daerah>', // 512 (3)
    ],
    'done',
  ],
  [
    'penunjukan lintas unit organisasi, main path: pemilik kinerja -> dituju -> (setuju) surat penugasan -> SK Tim Kerja -> JF (huruf b angka 1) huruf b))',
    [
      [
        871,
        871,
        'pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju',
      ],
      [873, 873, 'menyusun surat penugasan untuk menugaskan Pejabat Fungsional dan/atau Pelaksana'],
      [873, 873, 'pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja'],
      [875, 875, 'Pejabat Fungsional dan/atau Pelaksana menerima surat penugasan'],
    ],
    'penunjukan-lintas-perangkat-daerah',
    [NEXT_EVENT, 'keputusan.setujui', NEXT_EVENT, NEXT_EVENT, NEXT_EVENT],
    undefined,
    [
      'pimpinan-pemilik-kinerja>pimpinan-dituju', // (1) 871
      'pimpinan-dituju>', // (2) 872 memproses dan menjawab
      'pimpinan-dituju>pejabat-fungsional-pelaksana', // (3) 873 menyusun surat penugasan
      'pimpinan-pemilik-kinerja>', // (3) 873 Surat Keputusan Tim Kerja
      'pejabat-fungsional-pelaksana>', // (5) 875 menerima surat penugasan
    ],
    'done',
  ],
  [
    'penunjukan lintas unit organisasi, refusal: a written answer with reasons goes back to the requester, then the end (huruf b) angka (4))',
    [
      [
        874,
        874,
        'menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan',
      ],
    ],
    'penunjukan-lintas-perangkat-daerah',
    [NEXT_EVENT, 'keputusan.tolak', NEXT_EVENT],
    undefined,
    [
      'pimpinan-pemilik-kinerja>pimpinan-dituju',
      'pimpinan-dituju>',
      'pimpinan-dituju>pimpinan-pemilik-kinerja',
    ],
    'done',
  ],
];

describe('Kaltim: flows', () => {
  it.each(WALKS)('%s', (_fact, says, flowId, events, variant, seen, status) => {
    saysAll(says);
    const w = walkFlow(r, flowId, events, variant);
    expect(w.seen).toEqual(seen);
    expect(w.status).toBe(status);
  });

  it('the refusal stands on the step that answers with reasons (line 874)', () => {
    saysAll([[874, 874, 'dengan alasan mengapa tidak dapat menyetujui permohonan']]);
    const w = walkFlow(r, 'penunjukan-lintas-perangkat-daerah', [NEXT_EVENT, 'keputusan.tolak']);
    expect(w.steps.at(-1)).toBe('jawab-dengan-alasan');
    expect(w.status).toBe('active');
  });

  it('Sekretariat Daerah mechanism: stages follow huruf b), c), d)', () => {
    saysAll([
      [413, 413, 'Tahap perencanaan'],
      [425, 425, 'Tahap pelaksanaan'],
      [430, 430, 'Tahap evaluasi'],
    ]);
    const { stages } = walkFlow(r, 'mekanisme-kerja-sekretariat-daerah', [...next(16), 'hasil.sesuai']);
    expect(stages).toEqual([
      ...Array(10).fill('perencanaan'),
      ...Array(3).fill('pelaksanaan'),
      ...Array(4).fill('evaluasi'),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Posisi saya.
// prettier-ignore
const POSISI: [fact: string, says: Says[], unit: string, position: string, query: (a: PositionAnswer) => unknown, expected: unknown][] = [
  ['JF Ahli Muda at Tipe 2: appraised and led by the Kepala Bagian/..., coordinated by and reporting to the Kepala Sub Bagian/...', [[497, 497, `Kepala Perangkat Daerah membagi dan menunjuk ${KABAG_T2} sebagai penanggung jawab pencapaian target kinerja`], [503, 503, `dengan dikoordinasikan ${KASUBBAG_T2}`]], 'pd-tipe-2', 'jf-ahli-muda', (a) => [names(a.appraisers), names(a.unitLeaders), names(a.coordinators), names(a.reportsTo)], [[KABAG_T2], [KABAG_T2], [KASUBBAG_T2], [KASUBBAG_T2]]],
  ['JF Ahli Muda at Tipe 2: the mechanism of Tipe 2 applies', [[487, 487, 'Pola penugasan pada Unit Organisasi Perangkat Daerah Tipe 2']], 'pd-tipe-2', 'jf-ahli-muda', (a) => a.mechanismFlows.map((f) => f.id).includes('mekanisme-kerja-pd-tipe-2'), true],
  ['pelaksana at Tipe 1: assignment flows by scope as Pasal 14 and 15 give them; lintas Instansi only by penunjukan', [[178, 181, 'a. unit organisasi; b. lintas unit organisasi; atau c. lintas Instansi Pemerintah'], [186, 188, 'a. di dalam unit organisasi; atau b. lintas unit organisasi'], [907, 907, 'Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi Pejabat Fungsional bersangkutan dan lintas unit organisasi']], 'pd-tipe-1', 'pelaksana', (a) => a.assignmentFlows.map((g) => [g.scope, g.flows.map((f) => f.id)]), [['dalamUnit', ['penunjukan-dalam-unit', 'pengajuan-sukarela-dalam-unit']], ['lintasPerangkatDaerah', ['penunjukan-lintas-perangkat-daerah', 'pengajuan-sukarela-lintas-perangkat-daerah']], ['lintasInstansi', ['penunjukan-lintas-instansi']]]],
  ['pelaksana at Tipe 1: assigned by the Kepala Bagian/... and the Kepala Perangkat Daerah', [[158, 158, 'diberikan oleh Pejabat Penilai Kinerja atau Kepala Perangkat Daerah']], 'pd-tipe-1', 'pelaksana', (a) => names(a.assigners), [KABAG_T2, 'Kepala Perangkat Daerah']],
  ['pelaksana at UPTD Tipe B: appraised by and reporting to the Kepala UPTD', [[771, 771, 'sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala UPTD']], 'uptd-tipe-b', 'pelaksana', (a) => [names(a.appraisers), names(a.reportsTo)], [['Kepala UPTD'], ['Kepala UPTD']]],
  ['pelaksana at UPTD Tipe B: the team-lead rules of Pasal 12 ayat (11) and Pasal 17 ayat (4) apply', [[165, 165, 'yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja'], [220, 220, 'Tanggung jawab ketua tim']], 'uptd-tipe-b', 'pelaksana', (a) => ['ketua-tim-dari-unit-pemilik-kinerja', 'tanggung-jawab-ketua-tim'].every((id) => a.teamLead.rules.some((x) => x.id === id), ), true],
  ['pelaksana at UPTD Tipe B: may act as ketua or anggota tim, but no relation names them Ketua Tim', [[241, 241, 'yang berperan sebagai ketua tim'], [239, 239, 'yang berperan sebagai anggota tim']], 'uptd-tipe-b', 'pelaksana', (a) => [a.teamLead.namedAs, a.position.roles?.map((x) => x.role)], [[], ['ketuaTim', 'anggotaTim']]],
  ["pelaksana at UPTD Tipe B: Pasal 18 and Lampiran I huruf d disagree on the ketua tim's addressee: both flows", [[241, 241, 'melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja secara berkala'], [994, 994, 'kemudian melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi']], 'uptd-tipe-b', 'pelaksana', (a) => a.reportingFlows.map((f) => f.id), ['pertanggungjawaban-pasal-18', 'pertanggungjawaban-lampiran']],
  ['Kepala Sub Bagian/Kepala Seksi at UPTD Tipe A: under and reporting to the Kepala UPTD', [[729, 729, 'menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala UPTD']], 'uptd-tipe-a', 'kepala-sub-bagian-kepala-seksi', (a) => [names(a.placedUnder), names(a.reportsTo)], [['Kepala UPTD'], ['Kepala UPTD']]],
  ['Kepala Sub Bagian/Kepala Seksi at UPTD Tipe A: no appraiser named, so the kedudukan rules are offered', [[61, 61, 'Pejabat Penilai Kinerja adalah atasan langsung']], 'uptd-tipe-a', 'kepala-sub-bagian-kepala-seksi', (a) => [a.appraisers, a.nearestRules.some((x) => x.id === 'definisi-pejabat-penilai-kinerja')], [[], true]],
];

describe('Kaltim: Posisi saya', () => {
  it.each(POSISI)('%s', (_fact, says, unitId, positionId, query, expected) => {
    saysAll(says);
    expect(query(answerFor(r, unit(r, unitId), positionId)!)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Region-wide: how every item stands, words of ours, conventions, offices.
describe('Kaltim: every item stands in the text one way or another', () => {
  const noteKind = new Map(r.notes.map((n) => [n.id, n.kind]));
  const items = [
    ...r.unitTypes.flatMap((u) =>
      u.relations.map((x) => ({ at: `${u.id}/${x.kind}:${x.from}->${x.to}`, basis: x.basis, cite: x.cite })),
    ),
    ...r.unitTypes.flatMap((u) =>
      u.positions.flatMap((p) =>
        (p.roles ?? []).map((x) => ({ at: `${u.id}/${p.id}:${x.role}`, basis: x.basis, cite: x.cite })),
      ),
    ),
    ...r.flows.flatMap((f) => f.steps.map((s) => ({ at: `${f.id}/${s.id}`, basis: s.basis, cite: s.cite }))),
    ...r.flows.flatMap((f) =>
      f.steps.flatMap((s) =>
        (s.decision?.branches ?? []).map((b) => ({
          at: `${f.id}/${s.id}/${b.event}`,
          basis: b.basis,
          cite: b.cite,
        })),
      ),
    ),
  ];

  it('stated with its own cite, derived with both citations, or supplied with a silent/interpretation note', () => {
    const bad = items.filter(({ basis, cite }) => {
      const kind = basis?.kind ?? 'stated';
      if (kind === 'stated') return cite === undefined;
      if (kind === 'derived')
        return cite === undefined || basis?.cite === undefined || basis.cite.lines[0] === cite.lines[0];
      return !['silent', 'interpretation'].includes(noteKind.get(basis?.note ?? '') ?? '');
    });
    expect(bad.map((x) => x.at)).toEqual([]);
  });

  it('no relation rests on a generic sentence alone (395, 937, 158): the passage that picks the pair is its own cite', () => {
    saysAll([
      PPK_IS_ATASAN,
      [937, 937, 'alternatif rekomendasi'],
      [158, 158, 'Penugasan Pejabat Fungsional dan/atau Pejabat Pelaksana diberikan oleh'],
    ]);
    const generic = r.unitTypes.flatMap((u) =>
      u.relations
        .filter((x) => [395, 937, 158].includes(x.cite.lines[0]))
        .map((x) => `${u.id}/${x.kind}:${x.from}->${x.to}`),
    );
    expect(generic).toEqual([]);
  });

  it('a supplied item names a note that lists it', () => {
    const missing = items.filter(({ at, basis }) => {
      if (basis?.kind !== 'supplied') return false;
      const n = r.notes.find((x) => x.id === basis.note);
      // A branch is listed by its step; a relation or step by itself or by its unit type.
      const ref = at.split('/').slice(0, 2).join('/');
      return !(n?.about ?? []).some((a) => a === ref || at.startsWith(`${a}/`) || a === at.split('/')[0]);
    });
    expect(missing.map((x) => x.at)).toEqual([]);
  });
});

describe('Kaltim: words of ours for the viewer', () => {
  it('every step has plain words in both languages, short and without the actor', () => {
    const bad = r.flows.flatMap((f) =>
      f.steps
        .filter((s) => !s.plain || s.plain.id.split(/\s+/).length > 12 || s.plain.en.split(/\s+/).length > 14)
        .map((s) => `${f.id}/${s.id}`),
    );
    expect(bad).toEqual([]);
  });

  it('every decision has questionEn, every branch labelEn, every form field labelEn', () => {
    const decisions = r.flows.flatMap((f) =>
      f.steps.filter((s) => s.decision && !s.decision.questionEn).map((s) => `${f.id}/${s.id}`),
    );
    const branches = r.flows.flatMap((f) =>
      f.steps.flatMap((s) =>
        (s.decision?.branches ?? []).filter((b) => !b.labelEn).map((b) => `${f.id}/${s.id}/${b.event}`),
      ),
    );
    const fields = r.forms.flatMap((form) =>
      form.fields.filter((x) => !x.labelEn).map((x) => `${form.id}/${x.id}`),
    );
    expect([decisions, branches, fields]).toEqual([[], [], []]);
  });
});

describe('Kaltim: conventions', () => {
  it('note ids begin with their kind', () => {
    expect(r.notes.filter((n) => !n.id.startsWith(`${n.kind}-`)).map((n) => n.id)).toEqual([]);
  });

  it("flow ids are <kind>-<scope>[-...] for assignment flows, mekanisme-kerja-<unit type> for a unit type's mechanism", () => {
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const bad = r.flows.filter((f) => {
      if (f.kind === 'mekanismeKerja')
        return !(f.unitTypes.length === 1
          ? f.id === `mekanisme-kerja-${f.unitTypes[0]}`
          : f.id === 'mekanisme-kerja-umum');
      return !f.id.startsWith(f.scope ? `${kebab(f.kind)}-${kebab(f.scope)}` : kebab(f.kind));
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });
});

describe('Kaltim: offices officials type', () => {
  const all = (r.offices ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])]);

  it('at least 40 names, each name once', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
  });

  // An office the text does not type: every candidate type, each with the text's criterion.
  // prettier-ignore
  const OFFICES: [typed: string, unitTypes: string[]][] = [
    ['dinas kesehatan', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['Dinkes', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['dishub', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['Bappeda', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['satpol pp', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['kesbangpol', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['BPKAD', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['DPMPTSP', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['setwan', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['inspektorat', ['pd-tipe-1', 'pd-tipe-2', 'pd-tipe-3']],
    ['Setda', ['sekretariat-daerah']],
    ['Biro Hukum', ['sekretariat-daerah']],
    ['RSUD', ['rsud-kelas-a-b', 'rsud-kelas-c-d']],
    ['UPTD', ['uptd-tipe-a', 'uptd-tipe-b']],
    ['SMA Negeri', ['satuan-pendidikan']],
  ];
  it.each(OFFICES)('"%s" lands on %j', (typed, expected) => {
    const o = office(typed);
    expect(o?.unitTypes).toEqual(expected);
    if (expected.length > 1) for (const id of expected) expect(unit(r, id).criterion, id).toBeDefined();
  });
});

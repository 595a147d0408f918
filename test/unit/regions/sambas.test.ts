/**
 * Kabupaten Sambas (Perbup 18/2024): each row is one cited fact. The test first asserts that the
 * quoted words stand at the cited lines of data/sources/002_af01d94e9933b5a2.txt, then that the data
 * (or the model over it) answers accordingly.
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
import { conventionWarnings } from '../../../src/data/conventions';
import { flow, names, next, region, textSays, unit, walkFlow } from './helpers';

const r = region('sambas');

/** Words of the regulation at lines [from, to]. */
type Says = [from: number, to: number, words: string];
const saysAll = (says: Says[]) => {
  for (const [from, to, words] of says)
    expect(textSays(r, from, to, words), `${from}-${to}: ${words}`).toBe(true);
};

const PPK_IS_ATASAN: Says = [
  418,
  418,
  'Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggungjawab kepada Pejabat Penilai Kinerja',
];
const KETUA_TIM_389: Says = [
  389,
  389,
  'Pejabat Pengawas, Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah/ Sekretariat Dewan/Dinas/Badan, dapat ditunjuk menjadi ketua tim kerja',
];

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
  ['UOBK: a JF Ahli Madya is appraised by the Kepala Bagian/Kepala Bidang, not by the Pejabat Pengawas', [[773, 773, 'Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dan Madya dilaksanakan oleh Kepala Bidang/ Kepala Bagian'], [769, 769, 'maka Pejabat Pengawas tidak berperan sebagai Pejabat Penilai Kinerja']], 'rsud-uobk', 'appraisers', 'jf-ahli-madya', ['Kepala Bagian / Kepala Bidang']],
  ['UOBK: a JF Ahli Muda is appraised by the Kepala Bagian/Kepala Bidang', [[773, 773, 'Pejabat Fungsional Ahli Muda dan Madya dilaksanakan oleh Kepala Bidang/ Kepala Bagian']], 'rsud-uobk', 'appraisers', 'jf-ahli-muda', ['Kepala Bagian / Kepala Bidang']],
  ['UOBK: the Pejabat Pengawas stays Pimpinan Unit Organisasi of the JF Ahli Madya', [[769, 771, 'hanya berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan dan melaksanakan pengelolaan kinerja']], 'rsud-uobk', 'unitLeaders', 'jf-ahli-madya', ['Pejabat Pengawas']],
  ['UOBK: the Pejabat Pengawas assigns the JF Ahli Madya', [[776, 776, 'menerima penugasan dari Pejabat Pengawas dengan terlebih dahulu berkonsultasi dengan Pejabat Penilai Kinerja Jabatan Fungsionalnya']], 'rsud-uobk', 'assigners', 'jf-ahli-madya', ['Pejabat Pengawas']],
  ['UOBK: other JF are appraised by the Pejabat Pengawas', [[767, 767, 'Pejabat Pengawas akan menilai kinerja sekaligus memberikan penugasan kepada Pejabat Fungsional dan Pelaksana'], [769, 769, 'Apabila terdapat Pejabat Fungsional dengan Jenjang Ahli Muda, Madya dan Utama']], 'rsud-uobk', 'appraisers', 'pejabat-fungsional', ['Pejabat Pengawas']],
  ['UOBK: the pelaksana are appraised by the Pejabat Pengawas', [[767, 767, 'Pejabat Pengawas akan menilai kinerja']], 'rsud-uobk', 'appraisers', 'pelaksana', ['Pejabat Pengawas']],
  ['UOBK: an Ahli Utama is appraised by the Direktur', [[774, 774, 'Penilaian kinerja bagi Pejabat Fungsional Ahli Utama dilaksanakan oleh Direktur']], 'rsud-uobk', 'appraisers', 'jf-ahli-utama', ['Direktur']],
  ['Setda: a pelaksana under a Kepala Subbagian is placed under him', [[489, 489, 'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Kepala Subbagian atau di bawah Kepala Bagian']], 'sekretariat-daerah', 'placedUnder', 'pelaksana-subbagian', ['Kepala Subbagian']],
  ['Setda: ... but appraised by the Kepala Bagian', [[614, 614, 'Penilaian kinerja Jabatan Fungsional dan pelaksana dilakukan oleh Kepala Bagian selaku Pejabat Penilai Kinerja']], 'sekretariat-daerah', 'appraisers', 'pelaksana-subbagian', ['Kepala Bagian']],
  ['Setda: ... and assigned by the Kepala Bagian', [[615, 615, 'Pejabat Fungsional dan pelaksana menerima penugasan dari Kepala Bagian selaku pimpinan unit organisasi']], 'sekretariat-daerah', 'assigners', 'pelaksana-subbagian', ['Kepala Bagian']],
  ['Setda: the Kepala Bagian leads the JF under him', [[615, 615, 'Kepala Bagian selaku pimpinan unit organisasi']], 'sekretariat-daerah', 'unitLeaders', 'pejabat-fungsional-bagian', ['Kepala Bagian']],
  ['Setda: the Asisten appraises the Kepala Bagian', [[613, 613, 'Penilaian kinerja Kepala Bagian dilakukan oleh Asisten']], 'sekretariat-daerah', 'appraisers', 'kepala-bagian', ['Asisten Sekretaris Daerah']],
  ['Setda: the Kepala Bagian reports results to the JPT Pratama, read as the Asisten (supplied)', [[642, 642, 'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama']], 'sekretariat-daerah', 'reportsTo', 'kepala-bagian', ['Asisten Sekretaris Daerah']],
  ['Sekretariat DPRD: the pelaksana sit under the Kepala Bagian', [[561, 561, 'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan dibawah Kepala Bagian']], 'sekretariat-dprd', 'placedUnder', 'pelaksana', ['Kepala Bagian']],
  ['Sekretariat DPRD: ... who appraises them by the general rule', [PPK_IS_ATASAN], 'sekretariat-dprd', 'appraisers', 'pejabat-fungsional', ['Kepala Bagian']],
  ['Inspektorat: JF outside the sekretariat sit under their Inspektur Pembantu', [[497, 497, 'selain yang berada di sekretariat berkedudukan di bawah Inspektur Pembantu masing-masing']], 'inspektorat', 'placedUnder', 'pejabat-fungsional-inspektur-pembantu', ['Inspektur Pembantu']],
  ['Inspektorat: ... and are appraised by him', [PPK_IS_ATASAN], 'inspektorat', 'appraisers', 'pejabat-fungsional-inspektur-pembantu', ['Inspektur Pembantu']],
  ['Inspektorat: those in the sekretariat sit under the Sekretaris', [[496, 496, 'Kelompok Jabatan Fungsional dan Pelaksana yang berada di sekretariat maka berkedudukan di bawah Sekretaris']], 'inspektorat', 'placedUnder', 'pelaksana-sekretariat', ['Sekretaris']],
  ['Dinas/Badan (Dinas Kesehatan): JF under the Kepala Bidang', [[516, 516, 'Kelompok Jabatan Fungsional dan Pelaksana selain yang berada di sekretariat berkedudukan di bawah Kepala Bidang masing-masing']], 'dinas-badan-dengan-subbagian', 'placedUnder', 'pejabat-fungsional-bidang', ['Kepala Bidang']],
  ['Dinas/Badan: a Kepala Subbagian may lead the team as Ketua Tim (supplied)', [KETUA_TIM_389], 'dinas-badan-dengan-subbagian', 'coordinators', 'pelaksana-subbagian', ['Kepala Subbagian (ketuaTim)']],
  ['DPMPTSP: the JF and pelaksana outside the Sekretariat sit under the Kepala Dinas', [[554, 554, 'Kelompok Jabatan Fungsional dan pelaksana diluar Sekretariat berkedudukan dibawah Kepala Dinas']], 'dpmptsp', 'placedUnder', 'pelaksana', ['Kepala Dinas']],
  ['DPMPTSP: ... who appraises them (struktur b)', [[662, 662, 'Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana']], 'dpmptsp', 'appraisers', 'pelaksana', ['Kepala Dinas']],
  ['DPMPTSP: ... and assigns them (struktur b)', [[662, 662, 'sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana']], 'dpmptsp', 'assigners', 'pejabat-fungsional', ['Kepala Dinas']],
  ['Kantor Camat: the Pejabat Administrator appraises', [[716, 716, 'Penilaian kinerja JF dan pelaksana dilakukan oleh Pejabat Administrator selaku Pejabat Penilai Kinerja']], 'pd-dipimpin-administrator', 'appraisers', 'pelaksana', ['Pejabat Administrator']],
  ['Kantor Camat: the Pejabat Pengawas leads', [[717, 717, 'Pejabat Fungsional dan pelaksana menerima penugasan dari Pejabat Pengawas selaku pimpinan unit organisasi']], 'pd-dipimpin-administrator', 'unitLeaders', 'pelaksana', ['Pejabat Pengawas']],
  ['Kantor Camat: the Pejabat Pengawas assigns, and the Pejabat Administrator on his recommendation', [[723, 723, 'Pejabat Administrator atas rekomendasi Pejabat Pengawas menugaskan Pejabat Fungsional dan pelaksana']], 'pd-dipimpin-administrator', 'assigners', 'pelaksana', ['Pejabat Pengawas', 'Pejabat Administrator']],
  ['UPTD: the Kepala UPTD appraises', [[801, 801, 'Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pengawas sebagai Pejabat Level I'], [807, 807, 'Pejabat Pengawas akan memberikan penilaian kinerja sekaligus memberikan penugasan']], 'uptd', 'appraisers', 'pejabat-fungsional', ['Kepala UPTD']],
  ['UPTD: the Kepala UPTD assigns', [[807, 807, 'sekaligus memberikan penugasan']], 'uptd', 'assigners', 'pelaksana', ['Kepala UPTD']],
  ['UPTD: results go to the Kepala UPTD', [[822, 822, 'disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim']], 'uptd', 'reportsTo', 'pejabat-fungsional', ['Kepala UPTD']],
  ['Puskesmas: the Pejabat Fungsional leading the unit appraises', [[852, 852, 'Pejabat Fungsional yang memimpin unit organisasi akan memberikan penilaian kinerja sekaligus memberikan penugasan']], 'unit-dipimpin-pejabat-fungsional', 'appraisers', 'pelaksana', ['Pejabat Fungsional yang memimpin unit organisasi']],
  ['Sekolah: the JF sit under the Kepala sekolah', [[582, 582, 'Kelompok Jabatan Fungsional dan Pelaksana berkedudukan di bawah Kepala sekolah']], 'satuan-pendidikan', 'placedUnder', 'pejabat-fungsional', ['Kepala sekolah']],
  ['Sekolah: ... who assigns them', [[852, 852, 'sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana']], 'satuan-pendidikan', 'assigners', 'pejabat-fungsional', ['Kepala sekolah']],
  ['Dinas Pendidikan dan Kebudayaan: the Pejabat Pengawas Sekolah sits under the kepala bidang', [[547, 547, 'Pejabat Pengawas Sekolah pada Dinas Pendidikan dan Kebudayaan berkedudukan di bawah kepala bidang masing-masing']], 'dinas-badan-penyederhanaan-sebagian-bidang', 'placedUnder', 'pengawas-sekolah', ['Kepala Bidang']],
  ['Dinas/Badan: the Sekretaris sits under the Kepala Dinas/Badan (supplied from the structure)', [[499, 499, 'memiliki 1 atau lebih subbagian dibawah Sekretariat']], 'dinas-badan-dengan-subbagian', 'placedUnder', 'sekretaris', ['Kepala Dinas/Badan']],
  ['UOBK: the Pejabat Pengawas sits under the Kepala Bagian/Kepala Bidang who appoints him (supplied)', [[782, 782, 'akan membagi dan menunjuk Pejabat Pengawas sebagai penanggung jawab atas target kinerja tertentu']], 'rsud-uobk', 'placedUnder', 'pejabat-pengawas', ['Kepala Bagian / Kepala Bidang']],
];

describe('Sambas: who appraises, leads, assigns, coordinates, receives', () => {
  it.each(RELATIONS)('%s', (_fact, says, unitId, query, positionId, expected) => {
    saysAll(says);
    expect(QUERY[query](unit(r, unitId), positionId)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// How each relation stands in the text.
type Basis = 'stated' | ['derived', own: number, rule: number] | ['supplied', note: string];
// prettier-ignore
const BASIS: [fact: string, says: Says[], unit: string, relation: string, expected: Basis][] = [
  ['Inspektorat: the Inspektur Pembantu appraises by the general rule (418) applied to the group under him (497)', [PPK_IS_ATASAN, [497, 497, 'berkedudukan di bawah Inspektur Pembantu masing-masing']], 'inspektorat', 'penilaianKinerja:inspektur-pembantu->kelompok-jf-pelaksana-inspektur-pembantu', ['derived', 497, 418]],
  ['Dinas/Badan: the Kepala Bidang appraises by the general rule (516 + 418)', [PPK_IS_ATASAN, [516, 516, 'berkedudukan di bawah Kepala Bidang masing-masing']], 'dinas-badan-dengan-subbagian', 'penilaianKinerja:kepala-bidang->kelompok-jf-pelaksana-bidang', ['derived', 516, 418]],
  ['Kantor Kesbangpol: the Kepala Seksi appraises by the general rule (534 + 418)', [PPK_IS_ATASAN, [534, 534, 'berkedudukan di bawah Kepala Seksi masing-masing']], 'kantor-kesatuan-bangsa-politik', 'penilaianKinerja:kepala-seksi->kelompok-jf-pelaksana-seksi', ['derived', 534, 418]],
  ['RSUD: the Direktur appraises the Kelompok JF "di bawah Direktur" by the general rule (568 + 418)', [PPK_IS_ATASAN, [568, 568, 'Kelompok Jabatan Fungsional berada di bawah Direktur']], 'rsud', 'penilaianKinerja:direktur->kelompok-jf', ['derived', 568, 418]],
  ['DPMPTSP: the Kepala Dinas appraises by struktur b (662), applied to the group under him (554)', [[554, 554, 'diluar Sekretariat berkedudukan dibawah Kepala Dinas'], [690, 690, 'Perangkat Daerah yang membidangi urusan penanaman modal dan pelayanan terpadu satu pintu']], 'dpmptsp', 'penilaianKinerja:jpt-pratama->kelompok-jf-pelaksana', ['derived', 554, 662]],
  ['Model 2): the JF sit under the JPT Pratama who is their appraiser (443 + 418)', [[443, 443, 'dengan Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja'], PPK_IS_ATASAN], 'pd-dipimpin-jpt-pratama', 'kedudukan:kelompok-jf-pelaksana->jpt-pratama', ['derived', 443, 418]],
  ['A pengawas "dapat ditunjuk menjadi ketua tim kerja" (389): which team is not said: supplied', [KETUA_TIM_389], 'dinas-badan-tiga-level', 'koordinasi:kepala-seksi-subbidang->kelompok-jf-pelaksana-seksi-subbidang', ['supplied', 'interpretation-koordinasi-ketua-tim']],
  ['Setda: results to the "Pejabat Pimpinan Tinggi Pratama" read as the Asisten: supplied', [[638, 638, 'disampaikan kepada Pejabat Pimpinan Tinggi Pratama oleh individu atau ketua tim']], 'sekretariat-daerah', 'pertanggungjawaban:kelompok-jf-pelaksana-bagian->asisten', ['supplied', 'interpretation-setda-jpt-asisten']],
  ['Inspektorat: the Inspektur Pembantu under the Inspektur is not stated: supplied', [[497, 497, 'Inspektur Pembantu masing-masing']], 'inspektorat', 'kedudukan:inspektur-pembantu->inspektur', ['supplied', 'interpretation-kedudukan-struktural']],
  ['Setda: the JF "berkedudukan dan berada di bawah Pejabat Administrator" (608): stated', [[608, 608, 'Kelompok JF dan Pelaksana berkedudukan dan berada di bawah Pejabat Administrator sebagai Pejabat Level II']], 'sekretariat-daerah', 'kedudukan:kelompok-jf-pelaksana-bagian->kepala-bagian', 'stated'],
  ['Setda: "Penilaian kinerja Kepala Bagian dilakukan oleh Asisten" (613): stated', [[613, 613, 'Penilaian kinerja Kepala Bagian dilakukan oleh Asisten']], 'sekretariat-daerah', 'penilaianKinerja:asisten->kepala-bagian', 'stated'],
  ['Kantor Camat: the rekomendasi of the Pejabat Pengawas on an assignment (723): stated', [[723, 723, 'atas rekomendasi Pejabat Pengawas menugaskan']], 'pd-dipimpin-administrator', 'rekomendasi:pejabat-pengawas->pejabat-administrator', 'stated'],
];

const relationOf = (unitId: string, key: string) => {
  const rel = unit(r, unitId).relations.find((x) => `${x.kind}:${x.from}->${x.to}` === key);
  if (!rel) throw new Error(`${unitId}: no relation ${key}`);
  return rel;
};

describe('Sambas: how each relation stands in the text', () => {
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
// Facts of the data.
const noteOf = (kind: string, ref: string, line: number) =>
  r.notes.some(
    (n) =>
      n.kind === kind && (n.about ?? []).includes(ref) && n.cite.lines[0] <= line && n.cite.lines[1] >= line,
  );
const rule = (id: string) => r.rules.find((x) => x.id === id);
const office = (name: string) =>
  r.offices?.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase()));
const stepOf = (f: string, s: string) => {
  const x = flow(r, f).steps.find((y) => y.id === s);
  if (!x) throw new Error(`no step ${f}/${s}`);
  return x;
};

// prettier-ignore
const FACTS: [fact: string, says: Says[], query: (r: RegionData) => unknown, expected: unknown][] = [
  // T2: levels count the structural tiers from the head down.
  ['T2: the DPMPTSP has a Sekretaris with Kepala Subbagian under the Kepala Dinas: levels [3]', [[555, 555, 'Kelompok Jabatan Fungsional dan pelaksana pada Sekretariat berkedudukan dibawah Sekretaris dan Kepala Subbagian'], [554, 554, 'dibawah Kepala Dinas']], () => unit(r, 'dpmptsp').levels, [3]],
  ['T2: the one-level structure (struktur b) keeps [1]', [[448, 448, 'tidak memiliki Pejabat Administrator']], () => unit(r, 'pd-jpt-pratama-tanpa-administrator').levels, [1]],
  ['T2: Sekretariat Daerah counted as the text counts it: "2 (dua) level" from the Asisten (Level 1) to the Kepala Bagian (Level II), and a third where a bagian has a Kepala Subbagian: [2, 3]', [[619, 619, 'Pada unit organisasi 2 (dua) level struktur ini'], [608, 608, 'di bawah Pejabat Administrator sebagai Pejabat Level II'], [612, 612, 'Asisten Sekretaris Daerah akan menetapkan kinerja Kepala Bagian'], [489, 489, 'di bawah Kepala Subbagian atau di bawah Kepala Bagian']], () => { const u = unit(r, 'sekretariat-daerah'); return [u.levels, u.positions.find((p) => p.id === 'asisten')?.level, u.positions.find((p) => p.id === 'kepala-bagian')?.level]; }, [[2, 3], 1, 2]],
  ['T2: model 2) has a Pejabat Administrator, as its contrast with model 3) shows: the post is drawn (kedudukan supplied), so levels [2] match the chart', [[443, 443, 'Perangkat Daerah yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama dengan Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja'], [448, 448, 'dan tidak memiliki Pejabat Administrator']], () => { const u = unit(r, 'pd-dipimpin-jpt-pratama'); const rel = u.relations.find((x) => x.kind === 'kedudukan' && x.from === 'pejabat-administrator'); return [u.levels, u.positions.filter((p) => p.category === 'administrator').map((p) => p.name), rel?.to, rel?.basis]; }, [[2], ['Pejabat Administrator'], 'jpt-pratama', { kind: 'supplied', note: 'interpretation-model-2' }]],
  ['T2: every levels value agrees with the positions (the conventions lint)', [[619, 619, 'unit organisasi 2 (dua) level struktur']], (x) => conventionWarnings(x).filter((w) => w.path.endsWith('.levels')), []],
  ['T2: Dinas/Badan with subbagian under the Sekretariat: [3]', [[499, 499, 'memiliki 1 atau lebih subbagian dibawah Sekretariat']], () => unit(r, 'dinas-badan-dengan-subbagian').levels, [3]],
  ['T2: UOBK: Direktur, Kepala Bagian/Kepala Bidang, Pejabat Pengawas: [3]; the text\'s level I/II stay on the positions', [[751, 751, 'dipimpin oleh Direktur merupakan Pejabat Administrator, dengan Kepala Bagian / Kepala Bidang merupakan Pejabat Administrator dan Pejabat Pengawas sebagai pejabat level II']], () => { const u = unit(r, 'rsud-uobk'); return [u.levels, u.positions.find((p) => p.id === 'direktur')?.level, u.positions.find((p) => p.id === 'pejabat-pengawas')?.level]; }, [[3], 1, 2]],
  ['T2: Kantor setingkat "2 level struktur": [2]', [[529, 529, 'memiliki 2 level struktur']], () => unit(r, 'kantor-kesatuan-bangsa-politik').levels, [2]],
  // T3: penunjukan within one unit, both provisions.
  ['T3: Pasal 12 ayat (2): directly by the unit leader, a flow of its own', [[163, 163, 'Mekanisme penunjukan dalam satu unit organisasi sebagaimana dimaksud pada ayat (1) huruf a dilakukan secara langsung oleh pimpinan unit organisasi']], () => { const f = flow(r, 'penunjukan-dalam-unit'); return [f.scope, f.cite.lines, f.steps.map((s) => [s.actor, s.recipients, s.cite.lines[0]]), f.participants.find((p) => p.id === 'pimpinan-unit')?.role]; }, ['dalamUnit', [163, 163], [['pimpinan-unit', ['jf-pelaksana'], 163]], 'pimpinanUnitOrganisasi']],
  ['T3: Lampiran I: the appraiser assigns on the unit leader\'s proposal, cited to the annex, old id kept', [[586, 586, 'Atas usulan dari Pimpinan Unit Organisasi, Pejabat Penilai Kinerja menugaskan'], [596, 596, 'ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan dari Pimpinan Unit Organisasi']], () => { const f = flow(r, 'penunjukan-dalam-unit-atas-usulan'); return [f.scope, f.cite.lines, f.formerIds, f.steps.slice(0, 2).map((s) => s.cite.lines[0])]; }, ['dalamUnit', [586, 586], ['penunjukan-dalam-unit-organisasi'], [586, 596]]],
  ['T3: the two provisions disagree: one conflict note names both flows', [[163, 163, 'dilakukan secara langsung oleh pimpinan unit organisasi'], [155, 155, 'ditetapkan oleh pejabat penilai kinerja atau pimpinan unit organisasi']], (x) => x.notes.filter((n) => n.kind === 'conflict' && ['penunjukan-dalam-unit', 'penunjukan-dalam-unit-atas-usulan'].every((id) => n.about?.includes(id))).length, 1],
  ['T3 / drafting 586, 596: "Pejabat Administrator" among those assigned: encoded as written and flagged', [[586, 586, 'menugaskan Pejabat Administrator, Pejabat Fungsional dan Pelaksana'], [596, 596, 'Penugasan Pejabat Administrator, Pejabat Fungsional dan Pelaksana untuk melaksanakan tugas di bawah Pimpinan Unit Organisasi']], () => [flow(r, 'penunjukan-dalam-unit-atas-usulan').participants.find((p) => p.id === 'jf-pelaksana')?.categories, noteOf('slip', 'penunjukan-dalam-unit-atas-usulan', 586)], [['administrator', 'jf', 'pelaksana'], true]],
  // The lintas flows built from the annex forms for "antar Perangkat Daerah/Unit Kerja".
  ['lintas instansi: only the request letter is stated (Pasal 12 ayat (3)); the later steps are supplied, naming the missing format', [[164, 164, 'Mekanisme penunjukan lintas perangkat daerah/unit organisasi dan lintas instansi pemerintah sebagaimana dimaksud pada ayat (1) dilakukan dengan mengirimkan surat permohonan pelibatan'], [960, 960, 'antar Perangkat Daerah/Unit Kerja']], () => flow(r, 'penunjukan-lintas-instansi').steps.map((s) => s.basis?.note ?? s.basis?.kind ?? 'stated'), ['stated', 'silent-lintas-instansi-format', 'silent-lintas-instansi-format', 'silent-lintas-instansi-format', 'silent-lintas-instansi-format']],
  ['lintas perangkat daerah: the approval, the Surat Perintah Tugas and the recommendation are read from annex forms 2, 5 and 7: supplied', [[980, 980, 'mohon persetujuan saudara terhadap Aparatur Sipil Negara di bawah ini'], [1115, 1115, 'Kepala Perangkat Daerah/ UPT'], [1209, 1209, 'dalam pelibatan Tim Kerja antar Unit Organisasi']], () => flow(r, 'penunjukan-lintas-perangkat-daerah').steps.map((s) => [s.id, s.basis?.kind ?? 'stated']), [['pengiriman-surat-permohonan', 'stated'], ['persetujuan-pimpinan-unit-tujuan', 'supplied'], ['penerbitan-surat-perintah-tugas', 'supplied'], ['pelaksanaan-tugas-anggota-tim', 'supplied'], ['laporan-tertulis', 'stated'], ['rekomendasi-penilaian-kinerja', 'supplied']]],
  ['lintas unit: the same reading, the old id kept', [[161, 161, 'lintas perangkat daerah/unit organisasi']], () => [flow(r, 'penunjukan-lintas-unit').formerIds, flow(r, 'penunjukan-lintas-unit').steps.filter((s) => s.basis?.note === 'interpretation-penunjukan-lintas').length], [['penunjukan-lintas-unit-organisasi'], 4]],
  // Drafting issues, flagged.
  ['drafting 194: Pasal 16 cites Pasal 14 as pertanggungjawaban', [[194, 194, 'Rincian pertanggungjawaban pelaksanaan tugas sebagaimana dimaksud dalam Pasal 14 dan Pasal 15']], () => [rule('rincian-pertanggungjawaban-lampiran')?.cite.lines, noteOf('slip', 'rincian-pertanggungjawaban-lampiran', 194)], [[194, 194], true]],
  ['drafting 388, 396: the Level 2 / Ketua Tim split differs from the unit mechanisms; both encoded', [[388, 388, 'Penyusunan rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja oleh Pejabat Level 2'], [396, 396, 'Penyusunan rincian pelaksanaan kegiatan, pembagian peran dan pelaksanaan kegiatan oleh Ketua Tim Kerja'], [816, 816, 'Pejabat Fungsional dan pelaksana baik yang bekerja secara individu maupun tim kerja bersama Pejabat Pengawas menyusun rencana']], () => [noteOf('conflict', 'mekanisme-kerja-umum/penyusunan-rencana-kegiatan', 388), stepOf('mekanisme-kerja-umum', 'penyusunan-rencana-kegiatan').actor, stepOf('mekanisme-kerja-uptd', 'penyusunan-rencana-kegiatan').actor], [true, 'pejabat-level-2', 'jf-pelaksana']],
  ['drafting 472: "pejabat fungsional dan pengawas" where the models place JF and pelaksana', [[472, 472, 'kedudukan pejabat fungsional dan pengawas pada perangkat daerah dikelompokkan']], () => noteOf('slip', 'dinas-badan-dengan-subbagian', 472), true],
  ['drafting 1214: form 7 dated "3 JANUARI SD 30 DESEMBER 2022", kept in the template and flagged', [[1214, 1214, 'PERIODE PENILAIAN:']], (x) => [x.forms.find((f) => f.id === 'rekomendasi-penilaian-kinerja')?.template.some((l) => l.includes('3 JANUARI SD 30 DESEMBER 2022')), noteOf('slip', 'rekomendasi-penilaian-kinerja', 1214)], [true, true]],
  // Conventions: ids.
  ['unit-type ids: RSUD, UOBK RSUD and DPMPTSP by the convention, old ids kept', [[564, 564, 'Rumah Sakit Umum Daerah'], [549, 549, 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']], () => ['rsud', 'rsud-uobk', 'dpmptsp'].map((id) => unit(r, id).formerIds), [['rumah-sakit-umum-daerah'], ['uobk-rsud'], ['dinas-penanaman-modal-ptsp']]],
  ['rule kinds: the definition of the Pejabat Penilai Kinerja is a persyaratan on kedudukan', [[68, 68, 'Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas']], () => [rule('definisi-pejabat-penilai-kinerja')?.kind, rule('definisi-pejabat-penilai-kinerja')?.subject], ['persyaratan', 'kedudukan']],
  ['rule kinds: more than one target is a ketentuan on penugasan', [[598, 598, 'dapat terlibat untuk melaksanakan tugas lebih dari 1 (satu) target kinerja']], () => rule('lebih-dari-satu-target-kinerja')?.kind, 'ketentuan'],
  ['rule kinds: the ketua tim reports "secara berkala": batasWaktu on pertanggungjawaban', [[188, 188, 'melaporkan pelaksanaan tugas tim kerja kepada pejabat pemilik kinerja secara berkala']], () => [rule('laporan-ketua-tim-berkala')?.kind, rule('laporan-ketua-tim-berkala')?.subject], ['batasWaktu', 'pertanggungjawaban']],
  ['rule kinds: what a request letter must contain is a persyaratan', [[166, 166, 'paling sedikit memuat']], () => rule('isi-surat-permohonan-pelibatan')?.kind, 'persyaratan'],
  // Enactment and closing provisions.
  ['the regulation: Peraturan Bupati Sambas Nomor 18 Tahun 2024, set on 1 April 2024', [[9, 10, 'PERATURAN BUPATI SAMBAS NOMOR 18 TAHUN 2024'], [272, 273, 'Ditetapkan di Sambas pada tanggal 1 April 2024']], (x) => [x.regulation.type, x.regulation.number, x.regulation.year, x.regulation.date, x.regulation.enacted?.place, x.regulation.enacted?.cite.lines[0]], ['Peraturan Bupati', '18', 2024, '2024-04-01', 'Sambas', 272]],
  ['promulgated at Sambas on 1 April 2024', [[281, 282, 'Diundangkan di Sambas pada 1 April 2024']], (x) => [x.regulation.promulgated?.date, x.regulation.promulgated?.cite.lines[0]], ['2024-04-01', 281]],
  ['Berita Daerah Kabupaten Sambas Tahun 2024 Nomor 37', [[290, 290, 'BERITA DAERAH KABUPATEN SAMBAS TAHUN 2024 NOMOR 37']], (x) => x.regulation.gazette?.cite.lines, [290, 290]],
  ['in force on promulgation (Pasal 22)', [[268, 268, 'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan']], (x) => x.regulation.effective?.cite.lines, [268, 268]],
  ['province', [[8, 8, 'PROVINSI KALIMANTAN BARAT']], (x) => x.province, 'Kalimantan Barat'],
  // Perangkat daerah the text lists.
  ['UOBK: RSUD Sambas, Pemangkat and Teluk Keramat', [[759, 759, 'Rumah Sakit Umum Daerah Sambas, Rumah Sakit Umum Daerah Pemangkat dan Rumah Sakit Umum Daerah Teluk Keramat']], () => unit(r, 'rsud-uobk').perangkatDaerah?.names, ['Rumah Sakit Umum Daerah Sambas', 'Rumah Sakit Umum Daerah Pemangkat', 'Rumah Sakit Umum Daerah Teluk Keramat']],
  ['Dinas/Badan model 5 lists the Dinas Kesehatan', [[500, 500, 'Dinas Kesehatan']], () => unit(r, 'dinas-badan-dengan-subbagian').perangkatDaerah?.names.includes('Dinas Kesehatan'), true],
  ['Kantor Camat follows struktur c', [[711, 711, 'Organisasi yang dapat menerapkan penggambaran seperti ini adalah Kantor Camat']], () => unit(r, 'pd-dipimpin-administrator').perangkatDaerah?.names.includes('Kantor Camat'), true],
  ['Puskesmas follows struktur c kedua', [[848, 848, 'Organisasi yang dapat menerapkan penggambaran seperti ini adalah Puskesmas dan Satuan Pendidikan']], () => unit(r, 'unit-dipimpin-pejabat-fungsional').perangkatDaerah?.names.includes('Puskesmas'), true],
  ['Puskesmas: led by a Pejabat Fungsional', [[846, 846, 'di bawah Pejabat Fungsional sebagai pimpinan unit organisasi']], () => { const u = unit(r, 'unit-dipimpin-pejabat-fungsional'); return u.positions.find((p) => p.id === u.head)?.category; }, 'jf'],
  ['UPTD: the Kepala UPTD is a pengawas at level I', [[801, 801, 'di bawah Pejabat Pengawas sebagai Pejabat Level I']], () => { const u = unit(r, 'uptd'); const h = u.positions.find((p) => p.id === u.head)!; return [h.category, h.level]; }, ['pengawas', 1]],
  ['UOBK: the condition on the other JF is kept', [[769, 769, 'Apabila terdapat Pejabat Fungsional dengan Jenjang Ahli Muda, Madya dan Utama']], () => appraisersOf(unit(r, 'rsud-uobk'), 'pejabat-fungsional')[0]!.relation.condition, 'selain Pejabat Fungsional dengan Jenjang Ahli Muda, Madya dan Utama (angka 7)'],
  ['UOBK: the Ahli Madya assignment carries the consultation condition', [[776, 776, 'dengan terlebih dahulu berkonsultasi dengan Pejabat Penilai Kinerja Jabatan Fungsionalnya']], () => /berkonsultasi dengan Pejabat Penilai Kinerja/.test(assignersOf(unit(r, 'rsud-uobk'), 'jf-ahli-madya')[0]!.relation.condition ?? ''), true],
  ['UOBK: the Ahli Madya appraisal cites angka 8)', [[773, 773, 'Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dan Madya']], () => appraisersOf(unit(r, 'rsud-uobk'), 'jf-ahli-madya')[0]!.cite.lines, [773, 773]],
  // Offices named in the text, and the ones it gives two types.
  ['office: Dinas Kesehatan (rincian 5)', [[500, 500, 'Dinas Kesehatan']], () => office('dinkes')?.unitTypes, ['dinas-badan-dengan-subbagian']],
  ['office: Satpol PP (rincian 6)', [[519, 519, 'Satuan Polisi Pamong Praja']], () => office('satpol pp')?.unitTypes, ['dinas-badan-tiga-level']],
  ['office: Dishub (rincian 8)', [[540, 540, 'Dinas Perhubungan']], () => office('dishub')?.unitTypes, ['dinas-badan-penyederhanaan-sebagian-bidang']],
  ['office: Kecamatan = Kantor Camat (struktur c)', [[711, 711, 'Kantor Camat']], () => office('kecamatan')?.unitTypes, ['pd-dipimpin-administrator']],
  ['office: Kesbangpol: rincian 7 and struktur c disagree: both types, each with its criterion', [[529, 529, 'Kantor Kesatuan Bangsa, Politik dan Perlindungan Masyarakat'], [711, 711, 'Kantor Kesatuan Bangsa dan Politik']], () => office('kesbangpol')?.unitTypes.map((id) => [id, unit(r, id).criterion?.cite.lines[0]]), [['kantor-kesatuan-bangsa-politik', 529], ['pd-dipimpin-administrator', 453]]],
  ['office: a RSUD by name is a UOBK', [[759, 759, 'Rumah Sakit Umum Daerah Pemangkat']], () => office('RSUD Pemangkat')?.unitTypes, ['rsud-uobk']],
  ['office: "RSUD" alone: rincian 11 or UOBK, each with its criterion', [[569, 569, 'diluar Bagian Tata Usaha berkedudukan dibawah Bidang'], [757, 757, 'di bawah Pejabat Pengawas sebagai Pejabat Level II']], () => office('rsud')?.unitTypes.map((id) => [id, unit(r, id).criterion?.cite.lines[1]]), [['rsud', 570], ['rsud-uobk', 757]]],
  ['office: a school: the text gives both model 6) and rincian 13, each with its criterion', [[848, 848, 'Puskesmas dan Satuan Pendidikan'], [578, 578, 'Satuan Pendidikan dengan struktur sebagai berikut']], () => office('sekolah')?.unitTypes.map((id) => [id, Boolean(unit(r, id).criterion)]), [['satuan-pendidikan', true], ['unit-dipimpin-pejabat-fungsional', true]]],
  ['office: DPMPTSP: one level (struktur b) or with a Sekretariat (rincian 9), each with its criterion', [[690, 690, 'penanaman modal dan pelayanan terpadu satu pintu'], [555, 555, 'pada Sekretariat berkedudukan dibawah Sekretaris']], () => office('dpmptsp')?.unitTypes.map((id) => [id, Boolean(unit(r, id).criterion)]), [['pd-jpt-pratama-tanpa-administrator', true], ['dpmptsp', true]]],
];

describe('Sambas: facts of the data', () => {
  it.each(FACTS)('%s', (_fact, says, query, expected) => {
    saysAll(says);
    expect(query(r)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Flows walked through their generated machines: actor>recipients at every step.
// prettier-ignore
const WALKS: [fact: string, says: Says[], flow: string, events: string[], variant: Variant | undefined, seen: string[], steps: string[] | undefined][] = [
  [
    'UPTD mechanism, individu main path (struktur b kedua, lines 814-827)',
    [[814, 814, 'Pejabat Pengawas selaku Pejabat Penilai Kinerja sekaligus selaku Pimpinan Unit Organisasi menyusun dan menetapkan perjanjian kinerja'], [816, 816, 'Pejabat Fungsional dan pelaksana baik yang bekerja secara individu maupun tim kerja bersama Pejabat Pengawas menyusun rencana'], [822, 822, 'Monitoring perkembangan dan pemberian umpan balik atas pelaksanaan kegiatan dilakukan secara berkala atau sewaktu-waktu oleh Pejabat Pengawas dan/atau Ketua Tim'], [827, 827, 'Pada tahap evaluasi, Pejabat Pengawas meninjau hasil pelaksanaan kegiatan']],
    'mekanisme-kerja-uptd', [...next(9), 'hasil.sesuai'], 'individu',
    [
      'pimpinan>', // 814: menyusun dan menetapkan perjanjian kinerja
      'pimpinan>jf-pelaksana', // 814: memberikan arahan dan merumuskan strategi
      'pimpinan>', // 814: permohonan pelibatan lintas unit organisasi
      'jf-pelaksana>pimpinan', // 816: bersama Pejabat Pengawas menyusun rencana
      'jf-pelaksana>', // 820: rincian
      'jf-pelaksana>', // 820: pelaksanaan kegiatan sesuai perannya
      'jf-pelaksana>', // 822: berkolaborasi
      'pimpinan>jf-pelaksana,ketua-tim', // 822: monitoring
      'jf-pelaksana>pimpinan', // 822: disampaikan kepada Pejabat Pengawas oleh individu
      'pimpinan>', // 827: Pejabat Pengawas meninjau
    ],
    undefined,
  ],
  [
    'UPTD mechanism, team: a result that does not match is returned to be adjusted, then reviewed again (line 827)',
    [[827, 827, 'Hasil pelaksanaan kegiatan yang tidak sesuai dengan target ataupun ekspektasi dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali']],
    'mekanisme-kerja-uptd', [...next(9), 'hasil.tidakSesuai', ...next(4), 'hasil.sesuai'], 'tim',
    ['pimpinan>', 'pimpinan>jf-pelaksana', 'pimpinan>', 'jf-pelaksana>pimpinan', 'jf-pelaksana>', 'jf-pelaksana>', 'jf-pelaksana>', 'pimpinan>jf-pelaksana,ketua-tim', 'ketua-tim>pimpinan', 'pimpinan>', 'jf-pelaksana>', 'jf-pelaksana>', 'pimpinan>jf-pelaksana,ketua-tim', 'ketua-tim>pimpinan', 'pimpinan>'],
    ['penetapan-perjanjian-kinerja', 'arahan-dan-strategi', 'permohonan-pelibatan-lintas-unit', 'penyusunan-rencana-kegiatan', 'rincian-pelaksanaan-kegiatan', 'pelaksanaan-kegiatan', 'kolaborasi', 'monitoring-umpan-balik', 'penyampaian-hasil-ketua-tim', 'peninjauan-hasil', 'pelaksanaan-kegiatan', 'kolaborasi', 'monitoring-umpan-balik', 'penyampaian-hasil-ketua-tim', 'peninjauan-hasil'],
  ],
  [
    'UOBK mechanism, team main path: Kepala Dinas Kesehatan -> Direktur -> Kepala Bagian/Bidang -> Pejabat Pengawas -> JF, and back up (lines 782-795)',
    [[782, 782, 'Tahapan perencanaan dimulai dari Kepala Perangkat Daerah yang membidangi urusan kesehatan menyusun dan menetapkan perjanjian kinerja'], [764, 764, 'Direktur sebagai Pejabat Level I menggunakan Perjanjian Kinerja tersebut sebagai acuan menyusun Perjanjian Kinerja'], [784, 784, 'Selanjutnya Pejabat Administrator menentukan perlu atau tidaknya penunjukan ketua tim kerja'], [795, 795, 'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Kepala Bagian/Kepala Bidang untuk ditinjau'], [795, 795, 'Pelaksanaan kegiatan dinyatakan selesai setelah Direktur menerima hasil pelaksanaan kegiatan']],
    'mekanisme-kerja-rsud-uobk', [...next(15), 'hasil.sesuai', 'hasil.sesuai', 'hasil.sesuai'], 'tim',
    [
      'kepala-dinas-kesehatan>direktur', // 782
      'direktur>', // 764
      'direktur>kepala-bagian-kepala-bidang', // 782 membagi dan menunjuk
      'kepala-bagian-kepala-bidang>pejabat-pengawas', // 782 membagi dan menunjuk
      'kepala-bagian-kepala-bidang>pejabat-pengawas', // 784 arahan dan koordinasi
      'pejabat-pengawas>', // 784 merumuskan strategi
      'pejabat-pengawas>jf-pelaksana', // 784 arahan dan ekspektasi
      'pejabat-pengawas>', // 784 permohonan pelibatan
      'pejabat-administrator>', // 784 ketua tim (read: Kepala Bagian/Kepala Bidang)
      'jf-pelaksana>pejabat-pengawas', // 784 rencana bersama Pejabat Pengawas
      'jf-pelaksana>', // 789 rincian
      'jf-pelaksana>', // 789 pelaksanaan
      'jf-pelaksana>', // 791 kolaborasi
      'pejabat-pengawas>jf-pelaksana,ketua-tim', // 791 monitoring
      'ketua-tim>pejabat-pengawas', // 791 hasil oleh ketua tim
      'pejabat-pengawas>', // 795 Pejabat Pengawas meninjau
      'kepala-bagian-kepala-bidang>', // 795 ditinjau Kepala Bagian/Kepala Bidang
      'direktur>', // 795 Direktur menerima
    ],
    undefined,
  ],
  [
    'pengajuan sukarela lintas PD, refusal: the Pejabat Penilai Kinerja sends the surat penolakan (Lampiran II angka 1 dan 4)',
    [[917, 917, 'Yth. Kepala Dinas/Badan'], [938, 941, 'Mengetahui, Atasan Langsung, Pemohon,'], [1037, 1037, 'Contoh surat penolakan permohonan menjadi anggota Tim Kerja'], [1064, 1065, 'verifikasi oleh Ketua Tim Kerja, maka dengan ini kami sampaikan bahwa usulan saudara tidak dapat dipertimbangkan'], [1056, 1056, 'Yth. Sdr. (pemohon)'], [1075, 1075, 'Pejabat Penilai Kinerja,']],
    'pengajuan-sukarela-lintas-perangkat-daerah', [...next(3), 'keputusan.tolak', NEXT_EVENT], undefined,
    ['pemohon>atasan-langsung', 'atasan-langsung>kepala-dinas-badan', 'ketua-tim>penilai-kinerja', 'penilai-kinerja>', 'penilai-kinerja>pemohon'],
    ['surat-permohonan-pribadi', 'mengetahui-atasan-langsung', 'verifikasi-ketua-tim', 'keputusan-permohonan', 'surat-penolakan'],
  ],
  [
    'pengajuan sukarela lintas PD, approval: surat persetujuan, Surat keputusan, then the applicant reports to the Ketua Tim (Lampiran II angka 3)',
    [[1026, 1026, 'Atas rekomendasi dari Ketua Tim Kerja tersebut, kami menyetujui permohonan Saudara'], [1027, 1027, 'Setelah Saudara menerima Surat keputusan dari Kamu, agar Saudara segera melapor kepada Ketua Tim Kerja']],
    'pengajuan-sukarela-lintas-perangkat-daerah', [...next(3), 'keputusan.setujui', ...next(3)], undefined,
    ['pemohon>atasan-langsung', 'atasan-langsung>kepala-dinas-badan', 'ketua-tim>penilai-kinerja', 'penilai-kinerja>', 'penilai-kinerja>pemohon', 'penilai-kinerja>pemohon', 'pemohon>ketua-tim'],
    ['surat-permohonan-pribadi', 'mengetahui-atasan-langsung', 'verifikasi-ketua-tim', 'keputusan-permohonan', 'surat-persetujuan', 'surat-keputusan', 'melapor-ketua-tim'],
  ],
  [
    'pertanggungjawaban, individu: the report reaches the pimpinan unit organisasi through the pejabat pemilik kinerja (Pasal 15 ayat (3))',
    [[189, 189, 'ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada pimpinan unit organisasi melalui pejabat pemilik kinerja']],
    'pertanggungjawaban-pelaksanaan-tugas', next(2), 'individu',
    ['individu>pemilik-kinerja', 'pemilik-kinerja>pimpinan-unit'],
    undefined,
  ],
];

describe('Sambas: flows', () => {
  it.each(WALKS)('%s', (_fact, says, flowId, events, variant, seen, steps) => {
    saysAll(says);
    const w = walkFlow(r, flowId, events, variant);
    expect(w.seen).toEqual(seen);
    if (steps) expect(w.steps).toEqual(steps);
    expect(w.status).toBe('done');
  });

  // prettier-ignore
  const STEP_FACTS: [fact: string, says: Says[], flow: string, step: string, query: (s: RegionData['flows'][number]['steps'][number]) => unknown, expected: unknown][] = [
    ['UPTD: the return goes to the JF and pelaksana carrying out the activity', [[827, 827, 'dikembalikan kepada individu atau tim kerja']], 'mekanisme-kerja-uptd', 'peninjauan-hasil', (s) => s.decision?.branches.map((b) => [b.event, b.next]), [['hasil.sesuai', 'selesai'], ['hasil.tidakSesuai', 'pelaksanaan-kegiatan']]],
    ['UPTD: stages perencanaan, pelaksanaan and evaluasi all appear', [[827, 827, 'Pada tahap evaluasi']], 'mekanisme-kerja-uptd', 'peninjauan-hasil', () => [...new Set(flow(r, 'mekanisme-kerja-uptd').steps.map((s) => s.stage))], ['perencanaan', 'pelaksanaan', 'evaluasi']],
    ['the refusal letter is the annex form 4', [[1037, 1037, 'Contoh surat penolakan']], 'pengajuan-sukarela-lintas-perangkat-daerah', 'surat-penolakan', (s) => s.form, 'surat-penolakan'],
    ['the approval letter is the annex form 3', [[998, 998, 'Contoh surat persetujuan permohonan menjadi anggota Tim Kerja']], 'pengajuan-sukarela-lintas-perangkat-daerah', 'surat-persetujuan', (s) => s.form, 'surat-persetujuan'],
    ['the UPTD actor of the return is named as the text names it', [[827, 827, 'individu atau tim kerja']], 'mekanisme-kerja-uptd', 'pelaksanaan-kegiatan', (s) => flow(r, 'mekanisme-kerja-uptd').participants.find((p) => p.id === s.actor)?.name, 'Pejabat Fungsional dan pelaksana'],
  ];
  it.each(STEP_FACTS)('%s', (_fact, says, flowId, stepId, query, expected) => {
    saysAll(says);
    expect(query(stepOf(flowId, stepId))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Posisi saya.
// prettier-ignore
const POSISI: [fact: string, says: Says[], unit: string, position: string, query: (a: PositionAnswer) => unknown, expected: unknown][] = [
  ['pelaksana at a UOBK hospital: the Pejabat Pengawas appraises, leads and assigns', [[767, 768, 'Pejabat Pengawas berperan sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], 'rsud-uobk', 'pelaksana', (a) => [names(a.appraisers), names(a.unitLeaders), names(a.assigners)], [['Pejabat Pengawas'], ['Pejabat Pengawas'], ['Pejabat Pengawas']]],
  ['pelaksana at a UOBK hospital: the Pasal 10 ayat (3) requirements to lead a team apply', [[142, 145, 'Pelaksana dapat ditugaskan menjadi ketua tim kerja dengan persyaratan sebagai berikut'], [144, 144, 'memiliki golongan minimal III/b']], 'rsud-uobk', 'pelaksana', (a) => { const x = a.teamLead.rules.find((y) => y.id === 'persyaratan-pelaksana-ketua-tim'); return [x?.subject, /pendidikan minimal sarjana.*golongan minimal III\/b.*pengalaman di bidang kerja/.test(x?.text ?? '')]; }, ['ketuaTim', true]],
  ['pelaksana at a UOBK hospital: the Setda/Setwan/Dinas/Badan provision does not apply; not named Ketua Tim', [KETUA_TIM_389], 'rsud-uobk', 'pelaksana', (a) => [a.teamLead.rules.some((x) => x.id === 'penunjukan-ketua-tim-pengawas-jf-pelaksana'), a.teamLead.namedAs], [false, []]],
  ['pelaksana at a UOBK hospital: the UOBK mechanism applies', [[778, 778, 'Mekanisme kerja pada unit organisasi ini dapat diuraikan sebagai berikut']], 'rsud-uobk', 'pelaksana', (a) => a.mechanismFlows.map((f) => f.id).includes('mekanisme-kerja-rsud-uobk'), true],
  ['pelaksana under a Kepala Subbagian at a Dinas: placed under the Kepala Subbagian', [[515, 515, 'berkedudukan di bawah Sekretaris dan Kepala Subbagian masing-masing']], 'dinas-badan-dengan-subbagian', 'pelaksana-subbagian', (a) => names(a.placedUnder), ['Kepala Subbagian']],
  ['pelaksana under a Kepala Subbagian at a Dinas: may be appointed ketua tim', [[389, 389, 'Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah/ Sekretariat Dewan/Dinas/Badan'], [142, 142, 'Pelaksana dapat ditugaskan menjadi ketua tim kerja']], 'dinas-badan-dengan-subbagian', 'pelaksana-subbagian', (a) => ['persyaratan-pelaksana-ketua-tim', 'penunjukan-ketua-tim-pengawas-jf-pelaksana'].every((id) => a.teamLead.rules.some((x) => x.id === id)), true],
  ['pelaksana under a Kepala Subbagian at a Dinas: can volunteer across PD', [[931, 932, 'mengajukan permohonan untuk menjadi anggota Tim Kerja']], 'dinas-badan-dengan-subbagian', 'pelaksana-subbagian', (a) => a.assignmentFlows.find((g) => g.scope === 'lintasPerangkatDaerah')?.flows.map((f) => f.id).includes('pengajuan-sukarela-lintas-perangkat-daerah'), true],
  ['pelaksana at a Dinas: both in-unit appointment flows, as the text gives both', [[163, 163, 'dilakukan secara langsung oleh pimpinan unit organisasi'], [586, 586, 'Atas usulan dari Pimpinan Unit Organisasi']], 'dinas-badan-dengan-subbagian', 'pelaksana-bidang', (a) => a.assignmentFlows.find((g) => g.scope === 'dalamUnit')?.flows.map((f) => f.id), ['penunjukan-dalam-unit', 'penunjukan-dalam-unit-atas-usulan', 'pengajuan-sukarela-dalam-unit']],
  ['Kepala Subbagian at the Setda: named as possible Ketua Tim', [[389, 389, 'Pejabat Pengawas, Pejabat Fungsional dan Pelaksana pada Sekretariat Daerah']], 'sekretariat-daerah', 'kepala-subbagian', (a) => a.teamLead.namedAs.map((x) => [x.relation.as, x.relation.to]), [['ketuaTim', 'kelompok-jf-pelaksana-subbagian']]],
  ['Kepala Subbagian at the Setda: no appraiser named, so the kedudukan rules are offered', [[418, 418, 'Pejabat Penilai Kinerja merupakan atasan langsung dari Pejabat Fungsional dan Pelaksana']], 'sekretariat-daerah', 'kepala-subbagian', (a) => [a.appraisers, a.nearestRules.some((x) => x.id === 'kedudukan-di-bawah-pejabat-penilai-kinerja')], [[], true]],
  ['JF Ahli Madya at a UOBK hospital: appraised by the Kepala Bagian/Kepala Bidang, led and placed under the Pejabat Pengawas', [[775, 775, 'Kepala Bagian/ Kepala Bidang selaku Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Muda dan Madya']], 'rsud-uobk', 'jf-ahli-madya', (a) => [names(a.appraisers), names(a.unitLeaders), names(a.placedUnder)], [['Kepala Bagian / Kepala Bidang'], ['Pejabat Pengawas'], ['Pejabat Pengawas']]],
  ['JF Ahli Madya at a UOBK hospital: the UOBK assignment flow', [[776, 776, 'Pejabat Fungsional Ahli Muda, Madya dan Utama menerima penugasan dari Pejabat Pengawas']], 'rsud-uobk', 'jf-ahli-madya', (a) => a.assignmentFlows.find((g) => g.scope === 'dalamUnit')?.flows.map((f) => f.id).includes('penunjukan-dalam-unit-jf-ahli-rsud-uobk'), true],
];

describe('Sambas: Posisi saya', () => {
  it.each(POSISI)('%s', (_fact, says, unitId, positionId, query, expected) => {
    saysAll(says);
    expect(query(answerFor(r, unit(r, unitId), positionId)!)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('Sambas: forms', () => {
  it('surat penolakan: the annex blanks are fill-in fields, and the duplicated reason (lines 1067-1068) is kept as written and flagged as a slip (Lampiran II angka 4)', () => {
    saysAll([[1062, 1062, 'Menindaklanjuti surat Saudara tanggal,.....,, hal']]);
    const reason =
      'Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki tidak sesuai dengan kebutuhan dalam tim Kerja.....pada Perangkat Daerah/Unit Kerja..... Kabupaten Sambas.';
    saysAll([
      [1067, 1067, `1. ${reason}`],
      [1068, 1068, `2. ${reason}`],
    ]);
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
    expect(noteOf('slip', 'surat-penolakan', 1067) && noteOf('slip', 'surat-penolakan', 1068)).toBe(true);
  });

  it('every form field is used in its template and every placeholder is a declared field', () => {
    for (const form of r.forms) {
      const used = new Set([...form.template.join('\n').matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]));
      expect(used, form.id).toEqual(new Set(form.fields.map((f) => f.id)));
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Region-wide: how every item stands, words of ours, conventions, offices.
describe('Sambas: every item stands in the text one way or another', () => {
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

  it('no relation rests on a generic sentence alone (418, 389, 127): the passage that picks the pair is its own cite, or it is supplied', () => {
    saysAll([
      PPK_IS_ATASAN,
      KETUA_TIM_389,
      [
        127,
        127,
        'Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggung jawab secara langsung',
      ],
    ]);
    const generic = r.unitTypes.flatMap((u) =>
      u.relations
        .filter((x) => [418, 389, 127].includes(x.cite.lines[0]) && x.basis?.kind !== 'supplied')
        .map((x) => `${u.id}/${x.kind}:${x.from}->${x.to}`),
    );
    expect(generic).toEqual([]);
  });

  it('a supplied item names a note that lists it', () => {
    const missing = items.filter(({ at, basis }) => {
      if (basis?.kind !== 'supplied') return false;
      const n = r.notes.find((x) => x.id === basis.note);
      const ref = at.split('/').slice(0, 2).join('/');
      return !(n?.about ?? []).some((a) => a === ref || at.startsWith(`${a}/`) || a === at.split('/')[0]);
    });
    expect(missing.map((x) => x.at)).toEqual([]);
  });
});

describe('Sambas: words of ours for the viewer', () => {
  it('every step has plain words in both languages, short', () => {
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

describe('Sambas: conventions', () => {
  it('note ids begin with their kind', () => {
    expect(r.notes.filter((n) => !n.id.startsWith(`${n.kind}-`)).map((n) => n.id)).toEqual([]);
  });

  it("flow ids are <kind>-<scope>[-...] for assignment flows, mekanisme-kerja-<unit type> for a unit type's mechanism", () => {
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const bad = r.flows.filter((f) => {
      if (f.kind === 'mekanismeKerja')
        return f.id !== (f.unitTypes.length ? `mekanisme-kerja-${f.unitTypes[0]}` : 'mekanisme-kerja-umum');
      return !f.id.startsWith(f.scope ? `${kebab(f.kind)}-${kebab(f.scope)}` : kebab(f.kind));
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });
});

describe('Sambas: offices officials type', () => {
  const all = (r.offices ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])]);

  it('at least 40 names, each name once, each office cited where the text names it', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
    expect((r.offices ?? []).filter((o) => !o.cite).map((o) => o.name)).toEqual([]);
  });

  it('every perangkat daerah the text lists for a unit type is an office of that type', () => {
    const bad = r.unitTypes.flatMap((u) =>
      (u.perangkatDaerah?.names ?? [])
        .filter(
          (n) =>
            !/^(Asisten|Perangkat Daerah yang|Unit Pelaksana Teknis yang|Kantor Kesatuan Bangsa dan Politik)/.test(
              n,
            ),
        )
        .filter((n) => !office(n)?.unitTypes.includes(u.id))
        .map((n) => `${u.id}: ${n}`),
    );
    expect(bad).toEqual([]);
  });
});

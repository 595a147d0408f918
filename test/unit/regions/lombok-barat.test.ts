/**
 * Kabupaten Lombok Barat (Perbup 57/2023): each row is one cited fact. The test first asserts that
 * the quoted words stand at the cited lines of data/sources/003_e79b516f2ee6470c.txt, then that the
 * data (or the model over it) answers accordingly.
 *
 * The charts of the Lampiran ("Pada struktur di atas ...") did not survive in the text; who sits under
 * whom is read from the descriptions and the example flows of huruf D (note
 * interpretation-gambar-hilang), so the citations below are the lines of those passages.
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
import { answerFor, matchUnits, type PositionAnswer } from '../../../src/model/myPosition';
import { conventionWarnings } from '../../../src/data/conventions';
import { flow, names, next, region, textSays, unit, walkFlow } from './helpers';
import { basisProblems } from './basis';

const r = region('lombok-barat');

/** Words of the regulation at lines [from, to]. */
type Says = [from: number, to: number, words: string];
const saysAll = (says: Says[]) => {
  for (const [from, to, words] of says)
    expect(textSays(r, from, to, words), `${from}-${to}: ${words}`).toBe(true);
};

const step = (flowId: string, stepId: string) => {
  const s = flow(r, flowId).steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`${flowId}: no step ${stepId}`);
  return s;
};
const actorName = (flowId: string, stepId: string) => {
  const f = flow(r, flowId);
  return f.participants.find((p) => p.id === step(flowId, stepId).actor)?.name;
};
const rule = (id: string) => {
  const x = r.rules.find((y) => y.id === id);
  if (!x) throw new Error(`no rule ${id}`);
  return x;
};
const note = (id: string) => {
  const x = r.notes.find((y) => y.id === id);
  if (!x) throw new Error(`no note ${id}`);
  return x;
};
const noteAbout = (kind: string, ref: string) =>
  r.notes.some((n) => n.kind === kind && (n.about ?? []).includes(ref));
const office = (typed: string) =>
  r.offices?.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => n.toLowerCase() === typed.toLowerCase()));

const JPT = 'Pejabat Pimpinan Tinggi Pratama';
const ADM = 'Pejabat Administrator';
const PGW = 'Pejabat Pengawas';
const JF_HEAD = 'Pejabat Fungsional yang memimpin unit organisasi';
const PPK_IS_ATASAN: Says = [
  382,
  382,
  'Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggungjawab kepada Pejabat Penilai Kinerja',
];

// ---------------------------------------------------------------------------------------------------
// Who appraises, leads, assigns, coordinates, sits above and receives reports.
type Query = 'appraisers' | 'placedUnder' | 'assigners' | 'unitLeaders' | 'reportsTo' | 'coordinators';
const QUERY: Record<Query, (u: ReturnType<typeof unit>, id: string) => unknown> = {
  appraisers: (u, id) => names(appraisersOf(u, id)),
  placedUnder: (u, id) => names(placedUnder(u, id)),
  assigners: (u, id) => names(assignersOf(u, id)),
  unitLeaders: (u, id) => names(unitLeadersOf(u, id)),
  reportsTo: (u, id) => names(reportsTo(u, id)),
  coordinators: (u, id) => coordinatorsOf(u, id).map((a) => [a.position.name, a.relation.as]),
};

// prettier-ignore
const RELATIONS: [fact: string, says: Says[], unit: string, query: Query, position: string, expected: unknown][] = [
  ['JPT-led, 2 levels (D angka 1): the JPT Pratama appraises the JF', [[806, 806, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama']], 'jpt-pratama-ppk', 'appraisers', 'pejabat-fungsional', [JPT]],
  ['JPT-led, 2 levels: the Administrator is Pimpinan Unit Organisasi', [[806, 806, 'Pejabat Administrator yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi']], 'jpt-pratama-ppk', 'unitLeaders', 'pelaksana', [ADM]],
  ["JPT-led, 2 levels: the JPT Pratama assigns on the Administrator's recommendation; the JF receive assignments from the Administrator (struktur a)", [[810, 810, 'Pejabat Pimpinan Tinggi Pratama atas rekomendasi Pejabat Administrator menugaskan Pejabat Fungsional dan pelaksana'], [547, 547, 'Pejabat Fungsional dan pelaksana menerima penugasan dari Pejabat level II selaku pimpinan unit organisasi'], [551, 551, 'JPT Pratama sebagai Pejabat Penilai Kinerja dan Pejabat Administrator sebagai Pimpinan Unit Organisasi']], 'jpt-pratama-ppk', 'assigners', 'pejabat-fungsional', [JPT, ADM]],
  ['JPT-led, 2 levels: the JF answer to the JPT Pratama and hand results to the Administrator', [[806, 806, 'bertanggung jawab langsung kepada Pejabat Level 1 yaitu Pejabat Pimpinan Tinggi Pratama'], [820, 820, 'disampaikan kepada Pejabat Administrator oleh individu atau ketua tim']], 'jpt-pratama-ppk', 'reportsTo', 'pelaksana', [JPT, ADM]],
  ['JPT-led unit, Administrator appraises (D angka 2): appraiser ...', [[832, 832, 'Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja sekaligus pimpinan Unit Organisasi']], 'administrator-ppk-unit-jpt-pratama', 'appraisers', 'pejabat-fungsional', [ADM]],
  ['... and Pimpinan Unit Organisasi', [[832, 832, 'Pejabat Administrator berperan sebagai Pejabat Penilai Kinerja sekaligus pimpinan Unit Organisasi']], 'administrator-ppk-unit-jpt-pratama', 'unitLeaders', 'pejabat-fungsional', [ADM]],
  ['... and the pelaksana sit under the Administrator', [[440, 440, 'Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Pimpinan Administrator sebagai Pejabat Level II']], 'administrator-ppk-unit-jpt-pratama', 'placedUnder', 'pelaksana', [ADM]],
  ['Kecamatan (huruf b angka 1); D angka 4): the Administrator appraises', [[453, 453, 'berada di bawah Pejabat Administrator sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja']], 'administrator-ppk', 'appraisers', 'pejabat-fungsional', [ADM]],
  ['Kecamatan: the Pengawas is Pimpinan Unit Organisasi', [[888, 888, 'Pejabat pengawas yang merupakan Pejabat Level 2 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi']], 'administrator-ppk', 'unitLeaders', 'pejabat-fungsional', [PGW]],
  ["Kecamatan: the Administrator assigns on the Pengawas's recommendation, the Pengawas as unit leader (struktur a)", [[892, 892, 'Pejabat Administrator atas rekomendasi Pejabat Pengawas menugaskan Pejabat Fungsional dan pelaksana'], [552, 552, 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pejabat Pengawas sebagai Pimpinan Unit Organisasi']], 'administrator-ppk', 'assigners', 'pelaksana', [ADM, PGW]],
  ['Pengawas appraises in an Administrator-led unit (huruf b angka 2)): appraiser', [[458, 460, 'Pejabat Pengawas sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja']], 'pengawas-ppk-unit-administrator', 'appraisers', 'pejabat-fungsional', [PGW]],
  ['... the JF answer to the Pengawas by the general rule (382)', [PPK_IS_ATASAN], 'pengawas-ppk-unit-administrator', 'reportsTo', 'pejabat-fungsional', [PGW]],
  ['... and the text names no Pimpinan Unit Organisasi', [[458, 458, 'Organisasi yang dipimpin oleh Pejabat Administrator dengan Pejabat Pengawas sebagai Pejabat Penilai Kinerja']], 'pengawas-ppk-unit-administrator', 'unitLeaders', 'pejabat-fungsional', []],
  ['Pengawas-led unit (UPT, Kelurahan; D angka 6): appraiser', [[936, 936, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pengawas']], 'pengawas-ppk', 'appraisers', 'pelaksana', [PGW]],
  ['... unit leader', [[936, 936, 'Pejabat Pengawas dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi']], 'pengawas-ppk', 'unitLeaders', 'pelaksana', [PGW]],
  ['... receives the reports', [[948, 948, 'disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim']], 'pengawas-ppk', 'reportsTo', 'pelaksana', [PGW]],
  ['JF-led unit kerja mandiri (huruf d; D angka 7): the JF head appraises', [[138, 138, 'Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana'], [958, 958, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Fungsional']], 'jf-pimpinan-unit-kerja-mandiri', 'appraisers', 'pejabat-fungsional', [JF_HEAD]],
  ['... leads', [[958, 958, 'Pejabat Fungsional yang memimpin unit organisasi dalam struktur ini berperan juga sebagai Pimpinan Unit Organisasi']], 'jf-pimpinan-unit-kerja-mandiri', 'unitLeaders', 'pejabat-fungsional', [JF_HEAD]],
  ['... and the JF sit under the head', [[485, 485, 'Kelompok JF dan Pelaksana berkedudukan berada di bawah Pejabat Fungsional sebagai pimpinan unit organisasi']], 'jf-pimpinan-unit-kerja-mandiri', 'placedUnder', 'pejabat-fungsional', [JF_HEAD]],
  ['More than two levels (huruf e): level 3 and level 4 coordinate the JF as pelaksana koordinasi', [[491, 491, 'pejabat level 3 dan/atau pejabat level 4 menjadi pelaksana koordinasi pelaksanaan tugas Pejabat Fungsional dan pelaksana seperti ketua tim']], 'lebih-dari-dua-level', 'coordinators', 'pejabat-fungsional', [['Pejabat Level 3', 'pelaksanaKoordinasi'], ['Pejabat Level 4', 'pelaksanaKoordinasi']]],
  ['More than two levels: appraised by level 1 or level 2, where placed', [[491, 491, 'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1 atau pejabat level 2'], PPK_IS_ATASAN], 'lebih-dari-dua-level', 'appraisers', 'pelaksana', ['Pejabat Level 1', 'Pejabat Level 2']],
  ['More than two levels: level 3 sits under level 2', [[491, 491, 'pejabat level 3 dan/atau pejabat level 4']], 'lebih-dari-dua-level', 'placedUnder', 'pejabat-level-3', ['Pejabat Level 2']],
  ['Setda, Sekretaris Daerah appraises (f angka 1); D angka 8): appraiser', [[980, 980, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Sekretaris Daerah']], 'sekretariat-daerah-sekretaris-daerah-ppk', 'appraisers', 'pejabat-fungsional', ['Sekretaris Daerah']],
  ['... the Asisten leads', [[980, 980, 'Asisten yang merupakan Pejabat Level 2 berperan sebagai Pimpinan Unit Organisasi']], 'sekretariat-daerah-sekretaris-daerah-ppk', 'unitLeaders', 'pejabat-fungsional', ['Asisten']],
  ['... the Sekretaris Daerah assigns, and the JF receive assignments from the Asisten (struktur d)', [[984, 984, 'Sekretaris Daerah menugaskan Pejabat Fungsional dan pelaksana'], [593, 593, 'Pejabat Fungsional dan pelaksana menerima penugasan dari Asisten selaku pimpinan unit organisasi']], 'sekretariat-daerah-sekretaris-daerah-ppk', 'assigners', 'pejabat-fungsional', ['Sekretaris Daerah', 'Asisten']],
  ['Setda, Asisten appraises (f angka 2); D angka 9): appraiser', [[1006, 1006, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Asisten']], 'sekretariat-daerah-asisten-ppk', 'appraisers', 'pelaksana', ['Asisten']],
  ['... the Kepala Bagian (level 3) leads', [[1006, 1006, 'Kepala Bagian yang merupakan Pejabat Level 3 dalam struktur ini berperan sebagai Pimpinan Unit Organisasi']], 'sekretariat-daerah-asisten-ppk', 'unitLeaders', 'pelaksana', ['Kepala Bagian']],
  ['... the Kepala Bagian sits under the Asisten', [[1012, 1012, 'akan membagi dan menunjuk Kepala Bagian sebagai penanggung jawab atas target kinerja tertentu']], 'sekretariat-daerah-asisten-ppk', 'placedUnder', 'kepala-bagian', ['Asisten']],
  ['... the Asisten sits under the Sekretaris Daerah', [[1010, 1010, 'Perjanjian kinerja tersebut digunakan sebagai dasar penentuan Asisten sebagai penanggung jawab atas target kinerja tertentu']], 'sekretariat-daerah-asisten-ppk', 'placedUnder', 'asisten', ['Sekretaris Daerah']],
  ['Setda, Kepala Bagian appraises (f angka 3); D angka 10): appraiser', [[1032, 1032, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Kepala Bagian']], 'sekretariat-daerah-kepala-bagian-ppk', 'appraisers', 'pejabat-fungsional', ['Kepala Bagian']],
  ['... unit leader', [[1032, 1032, 'Kepala Bagian yang merupakan Pejabat Level 3 juga berperan sebagai Pimpinan Unit Organisasi']], 'sekretariat-daerah-kepala-bagian-ppk', 'unitLeaders', 'pejabat-fungsional', ['Kepala Bagian']],
  ['... receives the reports', [[1032, 1032, 'bertanggung jawab langsung kepada Pejabat Level 3 yaitu Kepala Bagian']], 'sekretariat-daerah-kepala-bagian-ppk', 'reportsTo', 'pejabat-fungsional', ['Kepala Bagian']],
];

describe('Lombok Barat: who appraises, leads, assigns, coordinates, receives', () => {
  it.each(RELATIONS)('%s', (_fact, says, unitId, query, positionId, expected) => {
    saysAll(says);
    expect(QUERY[query](unit(r, unitId), positionId)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// How each item stands in the text: stated at its own lines, derived from a general rule (own
// lines + rule lines), or supplied (note).
type Basis = 'stated' | ['derived', own: number, rule: number] | ['supplied', note: string];
type Item = {
  cite?: { lines: number[] } | undefined;
  basis?: { kind: string; cite?: { lines: number[] }; note?: string } | undefined;
};
const standing = (x: Item): Basis => {
  const kind = x.basis?.kind ?? 'stated';
  if (kind === 'derived') return ['derived', x.cite!.lines[0]!, x.basis!.cite!.lines[0]!];
  if (kind === 'supplied') return ['supplied', x.basis!.note!];
  return 'stated';
};
const relation = (unitId: string, key: string): Item => {
  const x = unit(r, unitId).relations.find((y) => `${y.kind}:${y.from}->${y.to}` === key);
  if (!x) throw new Error(`${unitId}: no relation ${key}`);
  return x;
};
const role = (unitId: string, positionId: string, name: string): Item => {
  const x = unit(r, unitId)
    .positions.find((p) => p.id === positionId)
    ?.roles?.find((c) => c.role === name);
  if (!x) throw new Error(`${unitId}/${positionId}: no role ${name}`);
  return x;
};
const branch = (flowId: string, stepId: string, event: string): Item => {
  const x = step(flowId, stepId).decision?.branches.find((b) => b.event === event);
  if (!x) throw new Error(`${flowId}/${stepId}: no branch ${event}`);
  return x;
};
const STRUKTUR_LEVEL_II: Says = [
  547,
  547,
  'menerima penugasan dari Pejabat level II selaku pimpinan unit organisasi',
];
const STRUKTUR_C: Says = [
  573,
  573,
  'Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan',
];

// prettier-ignore
const BASIS: [fact: string, says: Says[], item: () => Item, expected: Basis][] = [
  ['Relations. JPT-led: the Administrator assigns by struktur a (547), which line 551 applies to this unit', [STRUKTUR_LEVEL_II, [551, 551, 'JPT Pratama sebagai Pejabat Penilai Kinerja dan Pejabat Administrator sebagai Pimpinan Unit Organisasi']], () => relation('jpt-pratama-ppk', 'penugasan:administrator->kelompok-jf-pelaksana'), ['derived', 551, 547]],
  ['Kecamatan: the Pengawas assigns by struktur a (547), applied by line 552', [STRUKTUR_LEVEL_II, [552, 552, 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pejabat Pengawas sebagai Pimpinan Unit Organisasi']], () => relation('administrator-ppk', 'penugasan:pengawas->kelompok-jf-pelaksana'), ['derived', 552, 547]],
  ['JPT-led, Administrator appraises: the Administrator assigns by struktur b (561), applied by line 564', [[561, 561, 'Pejabat Level II akan memberikan penilaian kinerja sekaligus memberikan penugasan'], [564, 564, 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], () => relation('administrator-ppk-unit-jpt-pratama', 'penugasan:administrator->kelompok-jf-pelaksana'), ['derived', 564, 561]],
  ['1-level JPT unit: the JPT assigns by struktur c (573), applied by line 579', [STRUKTUR_C, [579, 579, 'JPT Pratama sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], () => relation('jpt-pratama-ppk-tanpa-administrator', 'penugasan:jpt-pratama->kelompok-jf-pelaksana'), ['derived', 579, 573]],
  ['1-level Administrator unit: struktur c applied by line 581', [STRUKTUR_C, [581, 581, 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], () => relation('administrator-ppk-tanpa-pengawas', 'penugasan:administrator->kelompok-jf-pelaksana'), ['derived', 581, 573]],
  ['Pengawas-led unit: struktur c applied by line 582', [STRUKTUR_C, [582, 582, 'Pejabat Pengawas sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], () => relation('pengawas-ppk', 'penugasan:pengawas->kelompok-jf-pelaksana'), ['derived', 582, 573]],
  ['JF-led unit: struktur c applied by line 583', [STRUKTUR_C, [583, 583, 'Pejabat Fungsional sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi']], () => relation('jf-pimpinan-unit-kerja-mandiri', 'penugasan:jf-pimpinan-unit->kelompok-jf-pelaksana'), ['derived', 583, 573]],
  ['Pengawas appraises in an Administrator-led unit: reporting to him by the general rule (382), applied by line 460', [PPK_IS_ATASAN, [460, 460, 'Pejabat Pengawas sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja']], () => relation('pengawas-ppk-unit-administrator', 'pertanggungjawaban:kelompok-jf-pelaksana->pengawas'), ['derived', 460, 382]],
  ['More than two levels: appraisal by level 1 where the JF are placed under it (491 + 382)', [PPK_IS_ATASAN, [491, 491, 'ditempatkan di bawah pejabat level 1 atau pejabat level 2']], () => relation('lebih-dari-dua-level', 'penilaianKinerja:pejabat-level-1->kelompok-jf-pelaksana'), ['derived', 491, 382]],
  ['... and by level 2', [PPK_IS_ATASAN, [491, 491, 'ditempatkan di bawah pejabat level 1 atau pejabat level 2']], () => relation('lebih-dari-dua-level', 'penilaianKinerja:pejabat-level-2->kelompok-jf-pelaksana'), ['derived', 491, 382]],
  ['Struktur penugasan a: the kelompok sits under level I, its appraiser (546 + 382)', [PPK_IS_ATASAN, [546, 546, 'Penilaian kinerja JF dan pelaksana dilakukan oleh pejabat level I selaku Pejabat Penilai Kinerja']], () => relation('struktur-penugasan-dua-level-ppk-level-1', 'kedudukan:kelompok-jf-pelaksana->pejabat-level-1'), ['derived', 546, 382]],
  ['Struktur penugasan b: under level II (561 + 382)', [PPK_IS_ATASAN, [561, 561, 'Pejabat Level II akan memberikan penilaian kinerja']], () => relation('struktur-penugasan-dua-level-ppk-level-2', 'kedudukan:kelompok-jf-pelaksana->pejabat-level-2'), ['derived', 561, 382]],
  ['Struktur penugasan c: under level I (573 + 382)', [PPK_IS_ATASAN, STRUKTUR_C], () => relation('struktur-penugasan-satu-level', 'kedudukan:kelompok-jf-pelaksana->pejabat-level-1'), ['derived', 573, 382]],
  ['Struktur penugasan d: under the Sekretaris Daerah (592 + 382)', [PPK_IS_ATASAN, [592, 592, 'Penilaian kinerja JF dan pelaksana dilakukan oleh Sekretaris Daerah selaku Pejabat Penilai Kinerja']], () => relation('sekretariat-daerah-struktur-penugasan-sekretaris-daerah-ppk', 'kedudukan:kelompok-jf-pelaksana->sekretaris-daerah'), ['derived', 592, 382]],
  ['Struktur penugasan e: under the Asisten (601 + 382)', [PPK_IS_ATASAN, [601, 601, 'Penilaian kinerja JF dan pelaksana dilakukan oleh Asisten selaku Pejabat Penilai Kinerja']], () => relation('sekretariat-daerah-struktur-penugasan-asisten-ppk', 'kedudukan:kelompok-jf-pelaksana->asisten'), ['derived', 601, 382]],
  ['Struktur penugasan f: under the Kepala Bagian (610 + 382)', [PPK_IS_ATASAN, [610, 610, 'Kepala Bagian akan memberikan penilaian kinerja sekaligus memberikan penugasan']], () => relation('sekretariat-daerah-struktur-penugasan-kepala-bagian-ppk', 'kedudukan:kelompok-jf-pelaksana->kepala-bagian'), ['derived', 610, 382]],
  ['JPT-led: the Administrator under the JPT Pratama is read from "Pejabat Level 2" (supplied)', [[806, 806, 'Pejabat Administrator yang merupakan Pejabat Level 2 dalam struktur ini']], () => relation('jpt-pratama-ppk', 'kedudukan:administrator->jpt-pratama'), ['supplied', 'interpretation-relasi-kedudukan-struktural']],
  ['Setda, Asisten appraises: the Kepala Bagian under the Asisten is read (supplied)', [[1006, 1006, 'Kepala Bagian yang merupakan Pejabat Level 3']], () => relation('sekretariat-daerah-asisten-ppk', 'kedudukan:kepala-bagian->asisten'), ['supplied', 'interpretation-relasi-kedudukan-struktural']],
  ['More than two levels: level 4 under level 3 is read (supplied)', [[491, 491, 'pejabat level 3 dan/atau pejabat level 4']], () => relation('lebih-dari-dua-level', 'kedudukan:pejabat-level-4->pejabat-level-3'), ['supplied', 'interpretation-relasi-kedudukan-struktural']],
  ['JPT-led: the JPT Pratama appraises, stated at 806', [[806, 806, 'Pejabat Penilai Kinerja Pejabat Fungsional dan pelaksana pada struktur ini adalah Pejabat Pimpinan Tinggi Pratama']], () => relation('jpt-pratama-ppk', 'penilaianKinerja:jpt-pratama->kelompok-jf-pelaksana'), 'stated'],
  ['Kecamatan: the recommendation on the assignment is stated at 892', [[892, 892, 'atas rekomendasi Pejabat Pengawas menugaskan']], () => relation('administrator-ppk', 'rekomendasi:pengawas->administrator'), 'stated'],
  ['Setda: the Asisten assigns, stated at 593', [[593, 593, 'menerima penugasan dari Asisten selaku pimpinan unit organisasi']], () => relation('sekretariat-daerah-sekretaris-daerah-ppk', 'penugasan:asisten->kelompok-jf-pelaksana'), 'stated'],
  ['Role. The JPT Pratama is atasan langsung by the definition (400), as the appraiser line 432 names him', [[400, 400, 'dengan Pejabat Penilai Kinerja sebagai atasan langsung'], [432, 432, 'berada di bawah Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Level I yang berperan selaku Pejabat Penilai Kinerja']], () => role('jpt-pratama-ppk', 'jpt-pratama', 'atasanLangsung'), ['derived', 432, 400]],
  ['The Kepala Bagian is atasan langsung by 400, as line 518 names him appraiser', [[400, 400, 'Pejabat Penilai Kinerja sebagai atasan langsung'], [518, 518, 'berada di bawah Kepala Bagian yang berperan selaku Pejabat Penilai Kinerja']], () => role('sekretariat-daerah-kepala-bagian-ppk', 'kepala-bagian', 'atasanLangsung'), ['derived', 518, 400]],
  ['The JPT Pratama as Pejabat Penilai Kinerja is stated at 432', [[432, 432, 'yang berperan selaku Pejabat Penilai Kinerja']], () => role('jpt-pratama-ppk', 'jpt-pratama', 'pejabatPenilaiKinerja'), 'stated'],
  ['Steps. Monitoring "oleh Pejabat Administrator dan/atau ketua tim" names no recipient (supplied)', [[820, 820, 'Monitoring perkembangan dan pemberian umpan balik atas pelaksanaan kegiatan dilakukan secara berkala atau sewaktu-waktu oleh Pejabat Administrator dan/atau ketua tim']], () => step('mekanisme-kerja-jpt-pratama-ppk', 'monitoring'), ['supplied', 'interpretation-penerima-tersirat']],
  ['"disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau" is passive (supplied)', [[824, 824, 'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau']], () => step('mekanisme-kerja-jpt-pratama-ppk', 'penyampaian-hasil-ke-atasan'), ['supplied', 'interpretation-pelaku-kalimat-pasif']],
  ['"pembagian tanggungjawab target kinerja bagi Pejabat Administrator" is passive (supplied)', [[810, 810, 'Perjanjian kinerja tersebut menjadi dasar penentuan pembagian tanggungjawab target kinerja bagi Pejabat Administrator']], () => step('mekanisme-kerja-jpt-pratama-ppk', 'pembagian-target-kinerja'), ['supplied', 'interpretation-pelaku-kalimat-pasif']],
  ['"disampaikan kepada Pejabat Administrator oleh individu" is stated', [[820, 820, 'disampaikan kepada Pejabat Administrator oleh individu atau ketua tim']], () => step('mekanisme-kerja-jpt-pratama-ppk', 'penyampaian-hasil-individu'), 'stated'],
  ['D angka 2: "dilakukan pembagian peran bagi anggota tim" is passive; the Ketua Tim is supplied', [[844, 844, 'dilakukan pembagian peran bagi anggota tim'], [759, 759, 'membagi peran anggota tim sesuai dengan kompetensi']], () => step('mekanisme-kerja-administrator-ppk-unit-jpt-pratama', 'pembagian-peran'), ['supplied', 'interpretation-pembagian-peran-oleh-ketua-tim']],
  ['Pasal 18 names no actor for the stages of pengelolaan kinerja (supplied)', [[208, 208, 'penilaian kinerja yang meliputi evaluasi kinerja pegawai']], () => step('pengelolaan-kinerja', 'penilaian-kinerja'), ['supplied', 'interpretation-pelaku-pengelolaan-kinerja']],
  ['Lintas PD: "Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan": one of the two is supplied', [[650, 650, 'Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan Pejabat Fungsional atau pelaksana']], () => step('penunjukan-lintas-perangkat-daerah', 'penugasan'), ['supplied', 'interpretation-pihak-penunjukan-lintas-perangkat-daerah']],
  ['Branches. "tidak sesuai" after the Administrator\'s review is not defined (supplied)', [[824, 824, 'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan']], () => branch('mekanisme-kerja-jpt-pratama-ppk', 'peninjauan-hasil', 'hasil.tidakSesuai'), ['supplied', 'silent-hasil-tidak-sesuai']],
  ['"telah sesuai dengan target" is stated at 824', [[824, 824, 'yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama']], () => branch('mekanisme-kerja-jpt-pratama-ppk', 'peninjauan-hasil', 'hasil.sesuai'), 'stated'],
  ['D angka 5: the return "untuk disesuaikan kembali" is stated at 930', [[930, 930, 'dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali']], () => branch('mekanisme-kerja-administrator-ppk-tanpa-pengawas', 'peninjauan-hasil', 'hasil.tidakSesuai'), 'stated'],
  ['Lintas unit: the refusal with reasons is stated at 634', [[634, 634, 'menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan']], () => branch('penunjukan-lintas-unit', 'proses-permohonan', 'keputusan.tolak'), 'stated'],
  ['Lintas PD: the text gives only "Apabila Pejabat yang Berwenang setuju" (refusal supplied)', [[642, 642, 'Apabila Pejabat yang Berwenang setuju atas permohonan pelibatan']], () => branch('penunjukan-lintas-perangkat-daerah', 'persetujuan-pejabat-berwenang-pemohon', 'keputusan.tolak'), ['supplied', 'silent-penolakan-lintas-perangkat-daerah']],
  ['Pengajuan sukarela: only "Apabila Pimpinan Unit Organisasi menyetujui" (refusal supplied)', [[669, 669, 'Apabila Pimpinan Unit Organisasi menyetujui']], () => branch('pengajuan-sukarela-dalam-unit', 'persetujuan', 'keputusan.tolak'), ['supplied', 'silent-penolakan-pengajuan-sukarela']],
  ['Team work: "Jika terdapat permasalahan" — the path without problems is read (supplied)', [[707, 707, 'Jika terdapat permasalahan dan kendala dalam pelaksanaan tugas dan kegiatan']], () => branch('pelaksanaan-tugas-dalam-unit-tim', 'pelaksanaan-tugas', 'kendala.tidakAda'), ['supplied', 'interpretation-kendala-sebagai-keputusan']],
];

describe('Lombok Barat: how each item stands in the text', () => {
  it.each(BASIS)('%s', (_fact, says, item, expected) => {
    saysAll(says);
    expect(standing(item())).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Audit items (fidelity-2026-12) and the other facts of the data.
const HARUS =
  'harus melalui proses permohonan pelibatan Pejabat Fungsional atau pelaksana lintas unit organisasi';
const AKAN = 'akan melalui proses permohonan pelibatan Pejabat Fungsional atau pelaksana lintas unit';
const PERMOHONAN = 'permohonan-pelibatan-lintas-unit';
/** The permohonan step of a mechanism: the step before it, its actor, its lines, its basis. */
const permohonan = (flowId: string) => {
  const f = flow(r, flowId);
  const i = f.steps.findIndex((s) => s.id === PERMOHONAN);
  if (i < 0) return undefined;
  const s = f.steps[i]!;
  return [f.steps[i - 1]?.id, actorName(flowId, PERMOHONAN), s.cite.lines, standing(s)];
};
const PEMOHON: Basis = ['supplied', 'interpretation-pemohon-pelibatan'];

// prettier-ignore
const FACTS: [fact: string, says: Says[], query: () => unknown, expected: unknown][] = [
  // T4: the ten mechanisms of huruf D each route cross-unit staffing through a request.
  ['T4: D angka 1 — the Administrator, after the strategy, requests staff from other units', [[812, 812, 'Pejabat Administrator merumuskan strategi pelaksanaan pencapaian target kinerja'], [812, 812, HARUS]], () => permohonan('mekanisme-kerja-jpt-pratama-ppk'), ['strategi-pelaksanaan', ADM, [812, 812], PEMOHON]],
  ['T4: D angka 2 — the Administrator, after passing on direction', [[836, 836, 'Atas arahan tersebut kemudian Pejabat Administrator merumuskan strategi pencapaian target kinerjanya'], [838, 838, AKAN]], () => permohonan('mekanisme-kerja-administrator-ppk-unit-jpt-pratama'), ['arahan-ekspektasi', ADM, [838, 838], PEMOHON]],
  ['T4: D angka 3 — the JPT Pratama', [[862, 862, 'Selanjutnya Pejabat Pimpinan Tinggi Pratama memberikan arahan dan merumuskan strategi pencapaian target kinerjanya'], [864, 864, AKAN]], () => permohonan('mekanisme-kerja-jpt-pratama-ppk-tanpa-administrator'), ['arahan-ekspektasi', JPT, [864, 864], PEMOHON]],
  ['T4: D angka 4 — the Pengawas', [[896, 896, 'Pejabat Pengawas merumuskan strategi pelaksanaan pencapaian target kinerja'], [896, 896, HARUS]], () => permohonan('mekanisme-kerja-administrator-ppk'), ['strategi-pelaksanaan', PGW, [896, 896], PEMOHON]],
  ['T4: D angka 5 — the Administrator', [[918, 918, 'Pejabat Administrator akan memberikan arahan dan merumuskan strategi pencapaian target kinerja'], [918, 918, HARUS]], () => permohonan('mekanisme-kerja-administrator-ppk-tanpa-pengawas'), ['arahan-dan-strategi', ADM, [918, 918], PEMOHON]],
  ['T4: D angka 6 — the Pengawas', [[940, 940, 'Pejabat Pengawas akan memberikan arahan dan merumuskan strategi pencapaian target kinerja'], [940, 940, HARUS]], () => permohonan('mekanisme-kerja-pengawas-ppk'), ['arahan-dan-strategi', PGW, [940, 940], PEMOHON]],
  ['T4: D angka 7 — the JF who leads the unit', [[962, 962, 'Pejabat Fungsional yang memimpin unit organisasi akan memberikan arahan dan merumuskan strategi pencapaian target kinerja'], [962, 962, HARUS]], () => permohonan('mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri'), ['arahan-dan-strategi', JF_HEAD, [962, 962], PEMOHON]],
  ['T4: D angka 8 — the Asisten', [[988, 988, 'Asisten merumuskan strategi pelaksanaan pencapaian target kinerja'], [988, 988, HARUS]], () => permohonan('mekanisme-kerja-sekretariat-daerah-sekretaris-daerah-ppk'), ['strategi-pelaksanaan', 'Asisten', [988, 988], PEMOHON]],
  ['T4: D angka 9 — the Kepala Bagian', [[1014, 1014, 'Kepala Bagian merumuskan strategi pelaksanaan pencapaian target kinerja'], [1014, 1014, HARUS]], () => permohonan('mekanisme-kerja-sekretariat-daerah-asisten-ppk'), ['strategi-pelaksanaan', 'Kepala Bagian', [1014, 1014], PEMOHON]],
  ['T4: D angka 10 — the Kepala Bagian', [[1038, 1038, 'Kepala Bagian merumuskan strategi pelaksanaan pencapaian target kinerja'], [1038, 1038, HARUS]], () => permohonan('mekanisme-kerja-sekretariat-daerah-kepala-bagian-ppk'), ['strategi-pelaksanaan', 'Kepala Bagian', [1038, 1038], PEMOHON]],
  ['T4: the request goes, as the penunjukan lintas unit says, from the Pimpinan Unit Organisasi pemilik kinerja — the note lists all ten steps', [[630, 630, 'Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan']], () => note('interpretation-pemohon-pelibatan').about?.length, 10],
  // Missing provisions, now rules.
  ['Missing: Pasal 2 ayat (1)', [[70, 70, 'Penyederhanaan Birokrasi dilaksanakan pada Perangkat Daerah']], () => rule('penyederhanaan-birokrasi-pada-perangkat-daerah').cite.lines, [70, 70]],
  ['Missing: Pasal 2 ayat (2)', [[71, 71, 'merupakan bagian dari pelaksanaan reformasi birokrasi']], () => rule('penyederhanaan-birokrasi-bagian-reformasi-birokrasi').cite.lines, [71, 71]],
  ['Missing: Pasal 3 ayat (1), the three stages', [[75, 78, 'Penyederhanaan Birokrasi dilakukan melalui tahapan: a. Penyederhanaan Struktur Organisasi; b. Penyetaraan Jabatan; dan c. Penyesuaian Sistem Kerja']], () => rule('tahapan-penyederhanaan-birokrasi').cite.lines, [75, 78]],
  ['Missing: Pasal 3 ayat (2)', [[82, 82, 'meliputi Mekanisme Kerja dan Proses Bisnis']], () => rule('penyesuaian-sistem-kerja-mekanisme-dan-proses-bisnis').cite.lines, [82, 82]],
  ['Missing: Pasal 4', [[86, 86, 'Sistem Kerja digunakan sebagai instrumen bagi Pegawai Aparatur Sipil Negara']], () => rule('sistem-kerja-sebagai-instrumen').cite.lines, [86, 86]],
  ['Missing: Pasal 5', [[90, 95, 'Maksud dan tujuan penyesuaian Sistem Kerja yaitu: a. mewujudkan proses kerja yang efektif dan efisien']], () => rule('maksud-tujuan-penyesuaian-sistem-kerja').cite.lines, [90, 95]],
  ['Missing: "mulai berlaku" (Pasal 24), as a rule and on the regulation', [[260, 260, 'Peraturan Bupati ini mulai berlaku pada tanggal diundangkan']], () => [rule('mulai-berlaku').cite.lines, r.regulation.effective?.cite.lines], [[260, 260], [260, 260]]],
  ['Missing: line 724, coordination of a cross-unit team at every stage', [[724, 724, 'Koordinasi tim kerja tersebut dilakukan pada tahap perencanaan, pelaksanaan, pemantauan, dan evaluasi']], () => [rule('koordinasi-tim-kerja-lintas-unit').cite.lines, step('pelaksanaan-tugas-lintas-unit', 'koordinasi').cite.lines], [[724, 724], [723, 724]]],
  ['Missing: line 738, the same for a cross-PD team', [[738, 738, 'Koordinasi tim kerja tersebut dilakukan pada tahap perencanaan, pelaksanaan, pemantauan, dan evaluasi']], () => [rule('koordinasi-tim-kerja-lintas-perangkat-daerah').cite.lines, step('pelaksanaan-tugas-lintas-perangkat-daerah', 'koordinasi').cite.lines], [[738, 738], [737, 738]]],
  // Enactment and closing provisions.
  ['Enactment: ditetapkan di Gerung pada tanggal 30 Oktober 2023 by the Bupati', [[264, 265, 'Ditetapkan di Gerung pada tanggal 30 Oktober 2023'], [269, 269, 'H. FAUZAN KHALID']], () => [r.regulation.enacted?.place, r.regulation.enacted?.date, r.regulation.enacted?.cite.lines], ['Gerung', '2023-10-30', [264, 269]]],
  ['Promulgation: diundangkan di Gerung pada tanggal 30 Oktober 2023 by the Sekretaris Daerah', [[271, 272, 'Diundangkan di Gerung pada tanggal 30 Oktober 2023'], [274, 275, 'SEKRETARIS DAERAH KABUPATEN LOMBOK BARAT']], () => [r.regulation.promulgated?.place, r.regulation.promulgated?.date, r.regulation.promulgated?.by], ['Gerung', '2023-10-30', 'Sekretaris Daerah Kabupaten Lombok Barat, H. Ilham']],
  ['No Berita Daerah number: no gazette, and a silent note says so', [[262, 262, 'dengan penempatannya dalam Berita Daerah Kabupaten Lombok Barat']], () => [r.regulation.gazette, noteAbout('silent', 'regulation'), note('silent-berita-daerah').cite.lines], [undefined, true, [262, 262]]],
  ['Drafting: the signature block repeats the name (277, 279) — a slip', [[277, 277, 'H. ILHAM'], [279, 279, 'H. ILHAM']], () => [note('slip-nama-sekretaris-daerah-berulang').kind, note('slip-nama-sekretaris-daerah-berulang').cite.lines], ['slip', [277, 279]]],
  ['The title is cited to the title lines', [[8, 9, 'PERATURAN BUPATI LOMBOK BARAT NOMOR 57 TAHUN 2023']], () => [r.regulation.cite.lines, r.regulation.cite.locator], [[8, 13], 'Judul']],
  ['Province', [[6, 6, 'PROVINSI NUSA TENGGARA BARAT']], () => r.province, 'Nusa Tenggara Barat'],
  // Levels (T2): structural tiers from the head down.
  ['Levels: "pejabat level 3 dan/atau pejabat level 4" = [3, 4]', [[491, 491, 'pejabat level 3 dan/atau pejabat level 4']], () => unit(r, 'lebih-dari-dua-level').levels, [3, 4]],
  ['Levels: Setda with the Asisten as appraiser, three levels (Kepala Bagian is "Pejabat Level 3")', [[1006, 1006, 'Kepala Bagian yang merupakan Pejabat Level 3']], () => unit(r, 'sekretariat-daerah-asisten-ppk').levels, [3]],
  ['Levels: Setda with the Sekretaris Daerah as appraiser: Sekretaris Daerah and Asisten', [[980, 980, 'Asisten yang merupakan Pejabat Level 2']], () => unit(r, 'sekretariat-daerah-sekretaris-daerah-ppk').levels, [2]],
  ['Levels: JPT Pratama without Administrator = [1]', [[442, 442, 'dengan tidak memiliki Pejabat Administrator']], () => unit(r, 'jpt-pratama-ppk-tanpa-administrator').levels, [1]],
  ['Conventions: the lint finds nothing to warn about', [[42, 42, 'PERATURAN BUPATI TENTANG SISTEM KERJA PEMERINTAH KABUPATEN LOMBOK BARAT']], () => conventionWarnings(r), []],
  // Ids by the conventions, old ids kept.
  ["Ids: a unit type's mechanism is mekanisme-kerja-<unit type>", [[802, 802, 'Mekanisme Kerja pada Unit Organisasi yang Dipimpin oleh Pejabat Pimpinan Tinggi Pratama']], () => [flow(r, 'mekanisme-kerja-jpt-pratama-ppk').unitTypes, flow(r, 'mekanisme-kerja-jpt-pratama-ppk').formerIds], [['jpt-pratama-ppk'], ['mekanisme-kerja-jpt-pratama-ppk-administrator-puo']]],
  ['Ids: Sekretariat Daerah unit types begin sekretariat-daerah', [[497, 497, 'Unit Organisasi Sekretariat Daerah']], () => r.unitTypes.filter((u) => u.formerIds?.some((x) => x.includes('setda'))).map((u) => [u.id, u.formerIds]), [['sekretariat-daerah-sekretaris-daerah-ppk', ['setda-sekretaris-daerah-ppk']], ['sekretariat-daerah-asisten-ppk', ['setda-asisten-ppk']], ['sekretariat-daerah-kepala-bagian-ppk', ['setda-kepala-bagian-ppk']], ['sekretariat-daerah-struktur-penugasan-sekretaris-daerah-ppk', ['struktur-penugasan-setda-sekretaris-daerah-ppk']], ['sekretariat-daerah-struktur-penugasan-asisten-ppk', ['struktur-penugasan-setda-asisten-ppk']], ['sekretariat-daerah-struktur-penugasan-kepala-bagian-ppk', ['struktur-penugasan-setda-kepala-bagian-ppk']]]],
  ['Ids and scope: the penugasan on the unit leader\'s proposal is the in-unit penunjukan of huruf d', [[526, 526, 'penugasan Pejabat Fungsional dan pelaksana dalam unit organisasi'], [531, 531, 'ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan dari Pimpinan Unit Organisasi']], () => { const f = flow(r, 'penunjukan-dalam-unit-atas-usulan-pimpinan-unit'); return [f.kind, f.scope, f.formerIds]; }, ['penunjukan', 'dalamUnit', ['penugasan-atas-usulan-pimpinan-unit']]],
  ['Ids: team flows are pelaksanaan-tugas-<scope>[-variant]', [[692, 692, 'Pelaksanaan tugas dalam unit organisasi'], [715, 715, 'Pelaksanaan tugas yang bersifat lintas unit organisasi']], () => r.flows.filter((f) => f.kind === 'pelaksanaanTugas').map((f) => f.id), ['pelaksanaan-tugas-dalam-unit-individu', 'pelaksanaan-tugas-dalam-unit-tim', 'pelaksanaan-tugas-lintas-unit', 'pelaksanaan-tugas-lintas-perangkat-daerah']],
  // The conflicts stay encoded both ways.
  ['Conflict kept: who sets kedudukan, Pasal 9 (pejabat pembina kepegawaian) vs line 406 (Kepala Perangkat Daerah)', [[143, 143, 'Kedudukan sebagaimana dimaksud dalam Pasal 8 ditetapkan oleh pejabat pembina kepegawaian'], [406, 406, 'ditetapkan oleh Kepala Perangkat Daerah']], () => [rule('kedudukan-ditetapkan-pejabat-pembina-kepegawaian').kind, rule('kedudukan-ditetapkan-kepala-perangkat-daerah').kind, note('conflict-penetap-kedudukan').about], ['kewenangan', 'kewenangan', ['kedudukan-ditetapkan-pejabat-pembina-kepegawaian', 'kedudukan-ditetapkan-kepala-perangkat-daerah']]],
  ["Conflict kept: the penetap penugasan — both in-unit flows, the unit leader's own (624) and the appraiser's on his proposal (531)", [[624, 624, 'dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan'], [531, 531, 'ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan dari Pimpinan Unit Organisasi']], () => ['penunjukan-dalam-unit', 'penunjukan-dalam-unit-atas-usulan-pimpinan-unit'].map((id) => noteAbout('conflict', id)), [true, true]],
  // One meaning of rekomendasi: a recommendation on an assignment.
  ['rekomendasi: every relation is "atas rekomendasi ... menugaskan" (810, 892, 1012)', [[810, 810, 'atas rekomendasi Pejabat Administrator menugaskan'], [892, 892, 'atas rekomendasi Pejabat Pengawas menugaskan'], [1012, 1012, 'atas rekomendasi Kepala Bagian menugaskan']], () => r.unitTypes.flatMap((u) => u.relations.filter((x) => x.kind === 'rekomendasi').map((x) => x.cite.lines[0])), [810, 892, 1012]],
  ['rekomendasi: a team\'s "alternatif rekomendasi" stays a step, not a relation', [[707, 707, 'beserta alternatif rekomendasi kepada Pimpinan Unit Organisasi']], () => step('pelaksanaan-tugas-dalam-unit-tim', 'penyampaian-kendala').cite.lines, [707, 707]],
  // Same provision, same rule kind and subject as in the other regions.
  ['Rule kinds: the appraiser definition is persyaratan/kedudukan', [[64, 64, 'Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas']], () => [rule('pejabat-penilai-kinerja-paling-rendah-pengawas').kind, rule('pejabat-penilai-kinerja-paling-rendah-pengawas').subject], ['persyaratan', 'kedudukan']],
  ['Rule kinds: the penugasan definition is ketentuan/penugasan', [[65, 65, 'Penugasan adalah penunjukan atau pengajuan sukarela']], () => [rule('penugasan-periode-waktu-tertentu').kind, rule('penugasan-periode-waktu-tertentu').subject], ['ketentuan', 'penugasan']],
  ['Rule kinds: reporting "secara berkala" is batasWaktu/pertanggungjawaban', [[191, 191, 'kepada Pimpinan Unit Organisasi secara berkala']], () => [rule('pertanggungjawaban-ketua-tim-berkala').kind, rule('pertanggungjawaban-ketua-tim-berkala').subject], ['batasWaktu', 'pertanggungjawaban']],
  ['Rule kinds: what a request letter must contain is persyaratan/penugasan', [[654, 654, 'paling sedikit memuat']], () => [rule('isi-surat-permohonan-pelibatan').kind, rule('isi-surat-permohonan-pelibatan').subject], ['persyaratan', 'penugasan']],
  // Notes kept from the old tests.
  ['Silent: the text gives the Pengawas-appraised unit no Pimpinan Unit Organisasi, structure or flow', [[460, 460, 'Pejabat Pengawas sebagai Pejabat Level II yang berperan selaku Pejabat Penilai Kinerja']], () => noteAbout('silent', 'pengawas-ppk-unit-administrator'), true],
  ['Slip: "Pejabat Pimpinan Tinggi Madya" in the 1-level JPT mechanism, encoded as written', [[882, 882, 'dinyatakan selesai setelah Pejabat Pimpinan Tinggi Madya menerima hasil']], () => [actorName('mekanisme-kerja-jpt-pratama-ppk-tanpa-administrator', 'penerimaan-hasil'), r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 882 && n.cite.lines[1] >= 882)], ['Pejabat Pimpinan Tinggi Madya', true]],
  ['The organisations the text names: Kecamatan for the Administrator-led unit', [[453, 453, 'organisasi pada Kecamatan dengan Pejabat Penilai Kinerja adalah Camat']], () => unit(r, 'administrator-ppk').perangkatDaerah?.names, ['Kecamatan']],
  ['... UPT and Kelurahan for the Pengawas-led unit', [[478, 479, 'Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Pengawas'], [479, 479, 'Organisasi pada Kelurahan']], () => unit(r, 'pengawas-ppk').perangkatDaerah?.names, ['Unit kerja mandiri (Unit pelaksana teknis)', 'Kelurahan']],
  ['... Sekretariat Daerah for the Setda units', [[497, 497, 'Unit Organisasi Sekretariat Daerah']], () => unit(r, 'sekretariat-daerah-sekretaris-daerah-ppk').perangkatDaerah?.names, ['Sekretariat Daerah']],
  ['The head of the JF-led unit is a Pejabat Fungsional (Pasal 8 ayat (2))', [[138, 138, 'Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri']], () => { const u = unit(r, 'jf-pimpinan-unit-kerja-mandiri'); return u.positions.find((p) => p.id === u.head)?.category; }, 'jf'],
  ['Level 1 and 2 appraise the JF only on a condition', [[491, 491, 'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1']], () => appraisersOf(unit(r, 'lebih-dari-dua-level'), 'pelaksana').every((a) => a.relation.condition !== undefined), true],
  ['Lintas unit: the request is copied to the requester\'s own appraiser', [[630, 630, 'dengan tembusan Pejabat Penilai Kinerja bersangkutan']], () => step('penunjukan-lintas-unit', 'permohonan-pelibatan').cc, ['ppk-pemohon']],
  // Posisi saya finds the units by the names the text gives.
  ['Matching: "Kecamatan" lands on the Administrator-led unit through the text\'s list', [[453, 453, 'organisasi pada Kecamatan']], () => { const m = matchUnits(r, 'Kecamatan')[0]!; return [m.unit.id, m.via]; }, ['administrator-ppk', 'Kecamatan']],
  ['Matching: "Kelurahan" finds the Pengawas-led unit', [[479, 479, 'Organisasi pada Kelurahan']], () => matchUnits(r, 'Kelurahan').some((m) => m.unit.id === 'pengawas-ppk'), true],
  // Offices officials type: cited where the text names them; several candidates with criteria where it does not.
  ['Office: Kecamatan, as the text places it', [[453, 453, 'organisasi pada Kecamatan']], () => [office('kecamatan')?.unitTypes, office('kecamatan')?.cite?.lines], [['administrator-ppk'], [453, 453]]],
  ['Office: Kelurahan', [[479, 479, 'Organisasi pada Kelurahan']], () => office('Kantor Lurah')?.unitTypes, ['pengawas-ppk']],
  ['Office: a UPT is led by a Pengawas or by a Pejabat Fungsional — both candidates', [[478, 478, 'Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Pengawas'], [488, 488, 'Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Fungsional']], () => office('UPTD')?.unitTypes, ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri']],
  ['Office: Setda is one of three structures', [[421, 423, 'a) Sekretaris Daerah sebagai Pejabat Penilai Kinerja b) Asisten sebagai Pejabat Penilai Kinerja c) Kepala Bagian sebagai Pejabat Penilai Kinerja']], () => office('setda')?.unitTypes, ['sekretariat-daerah-sekretaris-daerah-ppk', 'sekretariat-daerah-asisten-ppk', 'sekretariat-daerah-kepala-bagian-ppk']],
  ['Office: a Dinas led by a JPT Pratama is one of the JPT-led structures or one with more than two levels', [[410, 413, 'Unit organisasi yang dipimpin oleh Pejabat Pimpinan Tinggi Pratama'], [419, 419, 'Unit organisasi yang masih memiliki lebih dari dua level struktur']], () => office('Dinkes')?.unitTypes, ['jpt-pratama-ppk', 'administrator-ppk-unit-jpt-pratama', 'jpt-pratama-ppk-tanpa-administrator', 'lebih-dari-dua-level']],
  ["Criteria: each candidate structure is asked in the text's words", [[442, 442, 'Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Administrator'], [462, 462, 'Pejabat Administrator sebagai Pejabat Penilai Kinerja dengan tidak memiliki Pejabat Pengawas']], () => ['jpt-pratama-ppk-tanpa-administrator', 'administrator-ppk-tanpa-pengawas', 'pengawas-ppk'].map((id) => unit(r, id).criterion?.cite.lines[0]), [442, 462, 478]],
];

describe('Lombok Barat: audit items and facts of the data', () => {
  it.each(FACTS)('%s', (_fact, says, query, expected) => {
    saysAll(says);
    expect(query()).toEqual(expected);
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
    'D angka 1, individual main path (lines 810-824)',
    [
      [
        810,
        810,
        'Tahapan Perencanaan dimulai dari Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja menyusun dan menetapkan perjanjian kinerja',
      ],
      [812, 812, 'Pejabat Administrator merumuskan strategi pelaksanaan pencapaian target kinerja'],
      [
        814,
        814,
        'Pejabat Fungsional dan pelaksana baik yang bekerja secara individu maupun tim kerja bersama Pejabat Administrator menyusun rencana pelaksanaan kegiatan',
      ],
      [
        824,
        824,
        'Hasil pelaksanaan kegiatan yang telah sesuai dengan target disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau',
      ],
    ],
    'mekanisme-kerja-jpt-pratama-ppk',
    [...next(11), 'hasil.sesuai', NEXT_EVENT, 'hasil.sesuai'],
    'individu',
    [
      'jpt-pratama>', // 810 menyusun dan menetapkan perjanjian kinerja
      'jpt-pratama>administrator', // 810 pembagian tanggungjawab target kinerja bagi Pejabat Administrator
      'administrator>jpt-pratama', // 810 atas rekomendasi Pejabat Administrator
      'jpt-pratama>jf-pelaksana', // 810 menugaskan Pejabat Fungsional dan pelaksana
      'administrator>', // 812 merumuskan strategi
      'administrator>', // 812 harus melalui proses permohonan pelibatan (T4)
      'jf-pelaksana>', // 814 menyusun rencana pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 818 penyusunan rincian pelaksanaan kegiatan dan anggaran
      'jf-pelaksana>', // 818 pelaksanaan kegiatan
      'administrator>jf-pelaksana', // 820 monitoring oleh Pejabat Administrator
      'jf-pelaksana>administrator', // 820 disampaikan kepada Pejabat Administrator oleh individu
      'administrator>', // 824 Pejabat Administrator meninjau
      'administrator>jpt-pratama', // 824 disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau
      'jpt-pratama>', // 824 selesai setelah Pejabat Pimpinan Tinggi Pratama menerima
    ],
    'done',
  ],
  [
    'D angka 9, team path: results go Kepala Bagian -> Asisten -> Sekretaris Daerah (lines 1010-1026)',
    [
      [1012, 1012, 'Asisten atas rekomendasi Kepala Bagian menugaskan Pejabat Fungsional dan pelaksana'],
      [1022, 1022, 'disampaikan kepada Kepala Bagian oleh individu atau ketua tim'],
      [
        1026,
        1026,
        'Hasil pelaksanaan kegiatan yang sesuai dengan target ataupun ekspektasi disampaikan dan ditinjau oleh Sekretaris Daerah',
      ],
    ],
    'mekanisme-kerja-sekretariat-daerah-asisten-ppk',
    [...next(13), 'hasil.sesuai', NEXT_EVENT, 'hasil.sesuai', 'hasil.sesuai'],
    'tim',
    [
      'sekretaris-daerah>', // 1010 menyusun dan menetapkan perjanjian kinerja
      'sekretaris-daerah>asisten', // 1010 penentuan Asisten sebagai penanggung jawab
      'asisten>kepala-bagian', // 1012 membagi dan menunjuk Kepala Bagian
      'kepala-bagian>asisten', // 1012 atas rekomendasi Kepala Bagian
      'asisten>jf-pelaksana', // 1012 menugaskan Pejabat Fungsional dan pelaksana
      'kepala-bagian>', // 1014 merumuskan strategi
      'kepala-bagian>', // 1014 harus melalui proses permohonan pelibatan (T4)
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
    ],
    'done',
  ],
  [
    'penunjukan lintas unit, main path: PUO pemilik kinerja -> PPK dituju -> rekomendasi PUO -> surat penugasan -> JF (lines 630-635)',
    [
      [
        630,
        630,
        'Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan',
      ],
      [632, 632, 'maka dengan rekomendasi dari Pimpinan Unit Organisasi'],
      [635, 635, 'Pejabat Fungsional dan pelaksana menerima surat penugasan'],
    ],
    'penunjukan-lintas-unit',
    [NEXT_EVENT, 'keputusan.setujui', NEXT_EVENT, NEXT_EVENT, NEXT_EVENT],
    undefined,
    ['puo-pemohon>ppk-tujuan', 'ppk-tujuan>', 'puo-tujuan>ppk-tujuan', 'ppk-tujuan>jf', 'jf>'],
    'done',
  ],
  [
    'penunjukan lintas unit, refusal: the PPK dituju answers the requester with its reasons (line 634)',
    [
      [
        634,
        634,
        'menjawab surat permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan',
      ],
    ],
    'penunjukan-lintas-unit',
    [NEXT_EVENT, 'keputusan.tolak', NEXT_EVENT],
    undefined,
    ['puo-pemohon>ppk-tujuan', 'ppk-tujuan>', 'ppk-tujuan>puo-pemohon'],
    'done',
  ],
  [
    'D angka 5: a result that is "tidak sesuai" goes back to the individual, who adjusts and hands it in again (line 930)',
    [
      [
        930,
        930,
        'Hasil pelaksanaan kegiatan yang tidak sesuai dengan target ataupun ekspektasi dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali',
      ],
      [
        930,
        930,
        'Pelaksanaan kegiatan dinyatakan selesai setelah Pejabat Administrator menerima hasil pelaksanaan kegiatan',
      ],
    ],
    'mekanisme-kerja-administrator-ppk-tanpa-pengawas',
    [...next(8), 'hasil.tidakSesuai', ...next(3), 'hasil.sesuai'],
    'individu',
    [
      'administrator>', // 918 perjanjian kinerja
      'administrator>jf-pelaksana', // 918 arahan dan strategi
      'administrator>', // 918 harus melalui proses permohonan pelibatan (T4)
      'jf-pelaksana>', // 920 rencana
      'jf-pelaksana>', // 924 rincian
      'jf-pelaksana>', // 924 pelaksanaan kegiatan
      'administrator>jf-pelaksana', // 926 monitoring
      'jf-pelaksana>administrator', // 926 disampaikan kepada Pejabat Administrator oleh individu
      'administrator>', // 930 meninjau
      'jf-pelaksana>', // 930 dikembalikan ... untuk disesuaikan kembali
      'administrator>jf-pelaksana',
      'jf-pelaksana>administrator',
      'administrator>', // 930 menerima: selesai
    ],
    'done',
  ],
  [
    "conflict-penetap-penugasan, one side: the Pejabat Penilai Kinerja assigns on the unit leader's proposal (lines 522, 531)",
    [
      [
        522,
        522,
        'Atas usulan dari Pimpinan Unit Organisasi, Pejabat Penilai Kinerja menugaskan Pejabat Fungsional dan pelaksana',
      ],
    ],
    'penunjukan-dalam-unit-atas-usulan-pimpinan-unit',
    next(3),
    undefined,
    ['puo>ppk', 'ppk>jf', 'jf>'],
    'done',
  ],
  [
    'conflict-penetap-penugasan, the other side: the unit leader appoints directly (line 624)',
    [
      [
        624,
        624,
        'Penunjukan Pejabat Fungsional dan pelaksana yang berada di dalam unit organisasi yang sama dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan',
      ],
    ],
    'penunjukan-dalam-unit',
    next(1),
    undefined,
    ['puo>jf'],
    'done',
  ],
];

describe('Lombok Barat: flows', () => {
  it.each(WALKS)('%s', (_fact, says, flowId, events, variant, seen, status) => {
    saysAll(says);
    const w = walkFlow(r, flowId, events, variant);
    expect(w.seen).toEqual(seen);
    expect(w.status).toBe(status);
  });

  it('D angka 5: the return lands on the step that carries the activity out (line 930)', () => {
    saysAll([
      [924, 924, 'Pelaksanaan kegiatan dilakukan oleh Pejabat Fungsional atau pelaksana sesuai perannya'],
    ]);
    const w = walkFlow(r, 'mekanisme-kerja-administrator-ppk-tanpa-pengawas', [
      ...next(8),
      'hasil.tidakSesuai',
    ]);
    expect(w.steps.slice(-2)).toEqual(['peninjauan-hasil', 'pelaksanaan-kegiatan']);
  });

  it('penunjukan lintas unit: the refusal stands on the step that answers with reasons (line 634)', () => {
    saysAll([[634, 634, 'dengan alasan mengapa tidak dapat menyetujui permohonan']]);
    const w = walkFlow(r, 'penunjukan-lintas-unit', [NEXT_EVENT, 'keputusan.tolak']);
    expect(w.steps).toEqual(['permohonan-pelibatan', 'proses-permohonan', 'jawaban-penolakan']);
    expect(w.status).toBe('active');
  });
});

// ---------------------------------------------------------------------------------------------------
// Posisi saya.
const ids = (flows: { id: string }[]) => flows.map((f) => f.id);
// prettier-ignore
const POSISI: [fact: string, says: Says[], unit: () => ReturnType<typeof unit>, position: string, query: (a: PositionAnswer) => unknown, expected: unknown][] = [
  ['pelaksana at a Kecamatan: appraiser the Administrator, leader the Pengawas, reports to both', [[888, 888, 'bertanggung jawab langsung kepada Pejabat Level 1 yaitu Pejabat Administrator'], [904, 904, 'disampaikan kepada Pejabat Pengawas oleh individu atau ketua tim']], () => matchUnits(r, 'kecamatan')[0]!.unit, 'pelaksana', (a) => [names(a.appraisers), names(a.unitLeaders), names(a.reportsTo)], [[ADM], [PGW], [ADM, PGW]]],
  ['pelaksana at a Kecamatan: penunjukan in, across units and across PD; pengajuan sukarela in and across units only', [[620, 620, 'Penunjukan dapat dilakukan di dalam unit organisasi atau lintas unit organisasi'], [663, 663, 'Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi Pejabat Fungsional bersangkutan dan lintas unit organisasi']], () => unit(r, 'administrator-ppk'), 'pelaksana', (a) => a.assignmentFlows.map((g) => [g.scope, ids(g.flows).sort()]), [['dalamUnit', ['pengajuan-sukarela-dalam-unit', 'penunjukan-dalam-unit', 'penunjukan-dalam-unit-atas-usulan-pimpinan-unit']], ['lintasUnit', ['pengajuan-sukarela-lintas-unit', 'penunjukan-lintas-unit']], ['lintasPerangkatDaerah', ['penunjukan-lintas-perangkat-daerah']]]],
  ['pelaksana at a Kecamatan: the mechanism of D angka 4, and the team-lead rule', [[884, 886, 'Unit Organisasi dengan 2 Level Struktur, Pejabat Administrator sebagai Pejabat Penilai Kinerja dan Pejabat Pengawas sebagai Pimpinan Unit Organisasi'], [683, 683, 'pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja']], () => unit(r, 'administrator-ppk'), 'pelaksana', (a) => [ids(a.mechanismFlows), a.teamLead.rules.some((x) => x.id === 'puo-menunjuk-ketua-tim')], [['mekanisme-kerja-administrator-ppk'], true]],
  ['JF in a unit kerja mandiri led by a JF: everything goes to the head (D angka 7)', [[958, 958, 'berada di bawah dan bertanggung jawab langsung kepada Pejabat Level 1 yaitu Pejabat Fungsional yang memimpin unit organisasi'], [488, 488, 'Unit kerja mandiri (Unit pelaksana teknis) yang dipimpin oleh Pejabat Fungsional']], () => unit(r, 'jf-pimpinan-unit-kerja-mandiri'), 'pejabat-fungsional', (a) => [names(a.appraisers), names(a.unitLeaders), names(a.assigners), names(a.reportsTo)], [[JF_HEAD], [JF_HEAD], [JF_HEAD], [JF_HEAD]]],
  ['... with the mechanism of D angka 7 and the reporting flows of Pasal 15 and 16', [[186, 186, 'melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi'], [190, 190, 'yang berperan sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim']], () => unit(r, 'jf-pimpinan-unit-kerja-mandiri'), 'pejabat-fungsional', (a) => [ids(a.mechanismFlows), ids(a.reportingFlows)], [['mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri'], ['pertanggungjawaban-individu', 'pertanggungjawaban-tim']]],
  ['Kepala Bagian in the Setda (Asisten appraises): placed under the Asisten; no appraiser or unit leader is named for him', [[1006, 1006, 'Pejabat Level 2 yaitu Asisten'], [1006, 1006, 'Kepala Bagian yang merupakan Pejabat Level 3']], () => matchUnits(r, 'Sekretariat Daerah').map((m) => m.unit).find((x) => x.id === 'sekretariat-daerah-asisten-ppk')!, 'kepala-bagian', (a) => [names(a.placedUnder), a.appraisers, a.unitLeaders, ids(a.mechanismFlows), a.nearestRules.length > 0], [['Asisten'], [], [], ['mekanisme-kerja-sekretariat-daerah-asisten-ppk'], true]],
  ['Pejabat Level 3 in a unit with more than two levels: under level 2, coordinates the JF, not a Ketua Tim by name', [[491, 491, 'pejabat level 3 dan/atau pejabat level 4 menjadi pelaksana koordinasi']], () => unit(r, 'lebih-dari-dua-level'), 'pejabat-level-3', (a) => [names(a.placedUnder), a.teamLead.namedAs, a.nearestRules.some((x) => x.id === 'pengecualian-lebih-dua-level')], [['Pejabat Level 2'], [], true]],
];

describe('Lombok Barat: Posisi saya', () => {
  it.each(POSISI)('%s', (_fact, says, unitOf, positionId, query, expected) => {
    saysAll(says);
    expect(query(answerFor(r, unitOf(), positionId)!)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------
// Region-wide: how every item stands, words of ours, conventions, offices.
describe('Lombok Barat: every item stands in the text one way or another', () => {
  it('every relation, role, step and branch is stated with its cite, derived with two, or supplied with a note', () => {
    expect(basisProblems(r)).toEqual([]);
  });

  it('a supplied item names a note that lists it (the item, its step or its unit type)', () => {
    const listed = (noteId: string | undefined, refs: string[]) =>
      (r.notes.find((n) => n.id === noteId)?.about ?? []).some((a) => refs.includes(a));
    const missing: string[] = [];
    for (const u of r.unitTypes)
      for (const x of u.relations)
        if (
          x.basis?.kind === 'supplied' &&
          !listed(x.basis.note, [u.id, `${u.id}/${x.kind}:${x.from}->${x.to}`])
        )
          missing.push(`${u.id}/${x.kind}:${x.from}->${x.to}`);
    for (const f of r.flows)
      for (const s of f.steps) {
        if (s.basis?.kind === 'supplied' && !listed(s.basis.note, [f.id, `${f.id}/${s.id}`]))
          missing.push(`${f.id}/${s.id}`);
        for (const b of s.decision?.branches ?? [])
          if (b.basis?.kind === 'supplied' && !listed(b.basis.note, [f.id, `${f.id}/${s.id}`]))
            missing.push(`${f.id}/${s.id}/${b.event}`);
      }
    expect(missing).toEqual([]);
  });

  it('a branch the text does not define says so on its label, in both languages', () => {
    const silent = r.flows.flatMap((f) =>
      f.steps.flatMap((s) =>
        (s.decision?.branches ?? []).filter(
          (b) => b.basis?.kind === 'supplied' && b.basis.note?.startsWith('silent-'),
        ),
      ),
    );
    expect(silent.length).toBeGreaterThan(0);
    expect(
      silent.filter(
        (b) =>
          !b.label.endsWith('(teks tidak mengatur kelanjutannya)') ||
          !b.labelEn?.endsWith('(the text does not say what follows)'),
      ),
    ).toEqual([]);
  });
});

describe('Lombok Barat: words of ours for the viewer', () => {
  it('every step has plain words in both languages, short', () => {
    const bad = r.flows.flatMap((f) =>
      f.steps
        .filter((s) => !s.plain || s.plain.id.split(/\s+/).length > 12 || s.plain.en.split(/\s+/).length > 14)
        .map((s) => `${f.id}/${s.id}`),
    );
    expect(bad).toEqual([]);
  });

  it('plain words leave out the actor and the recipients (no participant name in them)', () => {
    const bad = r.flows.flatMap((f) =>
      f.steps
        .filter((s) =>
          [s.actor, ...(s.recipients ?? [])].some((id) => {
            const name = f.participants.find((p) => p.id === id)?.name ?? id;
            return s.plain!.id.toLowerCase().includes(name.toLowerCase());
          }),
        )
        .map((s) => `${f.id}/${s.id}`),
    );
    expect(bad).toEqual([]);
  });

  it('every decision has questionEn, every branch labelEn', () => {
    const missing = r.flows.flatMap((f) =>
      f.steps.flatMap((s) => [
        ...(s.decision && !s.decision.questionEn ? [`${f.id}/${s.id}`] : []),
        ...(s.decision?.branches ?? []).filter((b) => !b.labelEn).map((b) => `${f.id}/${s.id}/${b.event}`),
      ]),
    );
    expect(missing).toEqual([]);
  });
});

describe('Lombok Barat: conventions', () => {
  it('note ids begin with their kind', () => {
    expect(r.notes.filter((n) => !n.id.startsWith(`${n.kind}-`)).map((n) => n.id)).toEqual([]);
  });

  it("flow ids are <kind>-<scope>[-...]; a unit type's mechanism is mekanisme-kerja-<unit type>", () => {
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

describe('Lombok Barat: offices officials type', () => {
  const all = (r.offices ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])]);

  it('at least 40 names, each name once', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
  });

  // An office the text does not type: every candidate type, each with the text's criterion.
  const JPT_LED = [
    'jpt-pratama-ppk',
    'administrator-ppk-unit-jpt-pratama',
    'jpt-pratama-ppk-tanpa-administrator',
    'lebih-dari-dua-level',
  ];
  const ADM_LED = [
    'administrator-ppk',
    'pengawas-ppk-unit-administrator',
    'administrator-ppk-tanpa-pengawas',
  ];
  const UPT = ['pengawas-ppk', 'jf-pimpinan-unit-kerja-mandiri'];
  // prettier-ignore
  const OFFICES: [typed: string, unitTypes: string[]][] = [
    ['dinas kesehatan', JPT_LED],
    ['Dishub', JPT_LED],
    ['bappeda', JPT_LED],
    ['Satpol PP', JPT_LED],
    ['inspektorat', JPT_LED],
    ['Kesbangpol', JPT_LED],
    ['BPKAD', JPT_LED],
    ['DPMPTSP', JPT_LED],
    ['setwan', JPT_LED],
    ['RSUD', [...JPT_LED, ...ADM_LED]],
    ['puskesmas', UPT],
    ['UPT', UPT],
    ['Kecamatan Narmada', ['administrator-ppk']],
    ['kelurahan', ['pengawas-ppk']],
    ['SD Negeri', ['jf-pimpinan-unit-kerja-mandiri']],
    ['Bagian Hukum', ['sekretariat-daerah-sekretaris-daerah-ppk', 'sekretariat-daerah-asisten-ppk', 'sekretariat-daerah-kepala-bagian-ppk']],
  ];
  it.each(OFFICES)('"%s" lands on %j', (typed, expected) => {
    const o = office(typed);
    expect(o?.unitTypes).toEqual(expected);
    if (expected.length > 1) for (const id of expected) expect(unit(r, id).criterion, id).toBeDefined();
  });
});

/**
 * Posisi saya gives whole answers: each line with the condition, the recommendation and the
 * special case the text attaches, the flow step that carries it out, and where the unit's own
 * provisions name no one, the rules that apply (the unit's own, then "berlaku umum"). Four
 * positions per region; every expected value is read from the regulation at the cited lines.
 */
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import {
  answerFor,
  answerPositionIds,
  pickablePositions,
  positionChoiceLabel,
} from '../../src/model/myPosition';
import type { Answer } from '../../src/model/queries';
import { fixture } from './fixture';
import { names, region, textSays, unit } from './regions/helpers';

const answer = (r: RegionData, unitId: string, positionId: string) => {
  const a = answerFor(r, unit(r, unitId), positionId);
  if (!a) throw new Error(`no position ${positionId} in ${r.id}/${unitId}`);
  return a;
};
const byName = (answers: Answer[], name: string) => {
  const found = answers.find((a) => a.position.name === name);
  if (!found) throw new Error(`no answer ${name} among ${names(answers).join(', ')}`);
  return found;
};
const lines = (x: { cite: { lines: [number, number] } }) => x.cite.lines;

describe('Posisi saya, Kabupaten Semarang (Perbup 35/2023)', () => {
  const r = region('semarang');

  it('Setda, JF Ahli Madya: the Asisten appraises, on the Kepala Bagian’s recommendation (Lampiran V huruf c angka 4)', () => {
    expect(
      textSays(
        r,
        685,
        685,
        'Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah setelah mendapatkan rekomendasi penilaian kinerja dari Kepala Bagian',
      ),
    ).toBe(true);
    const a = answer(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan', 'jf-ahli-madya');
    expect(names(a.appraisers)).toEqual(['Asisten Perekonomian dan Pembangunan']);
    const rec = a.appraisers[0]!.recommendations;
    expect(rec.map((x) => [x.by.name, x.cite.lines])).toEqual([['Kepala Bagian', [685, 685]]]);
    // Stated for the Ahli Madya itself: not the group's Kepala Bagian.
    expect(a.appraisers[0]!.via).toBeUndefined();
  });

  it('DPMPTSP, pelaksana: the Kepala Dinas assigns, and on the Sekretariat on the Sekretaris’s recommendation (Lampiran V huruf b angka 4 huruf a) butir 3))', () => {
    expect(
      textSays(
        r,
        661,
        661,
        'pada Sekretariat, Kepala Dinas menugaskan Pejabat Fungsional dan/atau pelaksana atas rekomendasi Sekretaris',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        655,
        655,
        'Sekretaris sebagai Pimpinan Unit Organisasi memberikan rekomendasi kepada Kepala Dinas',
      ),
    ).toBe(true);
    const a = answer(r, 'dpmptsp', 'pelaksana');
    // The Sekretariat case is a line of its own (the data's condition, cited at 661), and the
    // same sentence is not repeated as a special step.
    const sekretariat = a.assigners.find((x) => x.cite.lines[0] === 661);
    expect(sekretariat?.position.name).toBe('Kepala Dinas');
    expect(sekretariat?.condition).toMatch(/pada Sekretariat/);
    const head = a.assigners.find((x) => x.position.name === 'Kepala Dinas' && x.cite.lines[0] !== 661)!;
    expect(
      a.assigners.flatMap((x) => x.steps).filter((s) => s.special && s.step.cite.lines[0] === 661),
    ).toEqual([]);
    expect(head.recommendations.map((x) => x.by.name)).toEqual(['Sekretaris']);
    // What the group has, the member has: via the Kelompok JF dan Pelaksana.
    expect(head.via?.id).toBe('kelompok-jf-pelaksana');
    // "pada Sekretariat" also for the unit leader and the report (lines 655, 674).
    expect(textSays(r, 674, 674, 'pada Sekretariat, hasil pelaksanaan kegiatan')).toBe(true);
    expect(byName(a.unitLeaders, 'Sekretaris').condition).toMatch(/pada Sekretariat/);
    expect(byName(a.reportsTo, 'Sekretaris').condition).toMatch(/pada Sekretariat/);
  });

  it('Setda, pelaksana: placed under the Kepala Bagian "dalam hal tidak ada Pejabat Pengawas" (Pasal 13 ayat (4) huruf b)', () => {
    expect(
      textSays(
        r,
        187,
        187,
        'dalam hal tidak ada Pejabat Pengawas maka pelaksana berkedudukan di bawah Pejabat Administrator',
      ),
    ).toBe(true);
    const a = answer(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan', 'pelaksana');
    // Derived: its own cite is the passage that picks the pair (Lampiran II huruf a angka 1, 475),
    // the general rule (Pasal 13 ayat (4) huruf b, 187) is its basis.
    expect(
      textSays(
        r,
        475,
        475,
        'kelompok jabatan fungsional dan pelaksana berkedudukan di bawah Pejabat Administrator',
      ),
    ).toBe(true);
    expect(a.placedUnder.map((x) => [x.position.name, x.condition, lines(x), x.general?.lines])).toEqual([
      ['Kepala Bagian', 'dalam hal tidak ada Pejabat Pengawas', [475, 475], [187, 187]],
    ]);
  });

  it('Kecamatan, JF Ahli Muda: the Camat assigns on the Sekretaris’s recommendation; an individual reports to the Sekretaris, a team member to the Ketua Tim (Lampiran V huruf d; Pasal 22, 23)', () => {
    expect(textSays(r, 714, 714, 'Camat atas rekomendasi Sekretaris menugaskan Pejabat Fungsional')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        283,
        283,
        'ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi',
      ),
    ).toBe(true);
    expect(
      textSays(r, 287, 287, 'anggota Tim Kerja melaporkan pelaksanaan tugas kepada Ketua Tim Kerja'),
    ).toBe(true);
    const a = answer(r, 'kecamatan', 'jf-ahli-muda');
    const camat = byName(a.assigners, 'Camat');
    expect(camat.recommendations.map((x) => [x.by.name, x.cite.lines])).toEqual([['Sekretaris', [714, 714]]]);
    const toSekretaris = byName(a.reportsTo, 'Sekretaris');
    expect(toSekretaris.steps.map((s) => [s.step.variant, s.step.cite.lines])).toContainEqual([
      'individu',
      [283, 283],
    ]);
    const toKetua = byName(a.reportsTo, 'Pejabat Pengawas');
    expect(toKetua.condition).toMatch(/Tim Kerja/);
    expect(toKetua.steps.map((s) => [s.step.variant, s.step.cite.lines])).toContainEqual(['tim', [287, 287]]);
  });
});

describe('Posisi saya, Kabupaten Sambas (Perbup 18/2024)', () => {
  const r = region('sambas');

  it('Pejabat Pengawas where an Administrator leads: no appraiser stated, but the rule that the Administrator sets its kinerja, then the general definition (struktur penugasan huruf c angka 1); Pasal 1 angka 21)', () => {
    expect(textSays(r, 715, 715, 'Pejabat Administrator akan menetapkan kinerja Pejabat Pengawas')).toBe(
      true,
    );
    expect(
      textSays(
        r,
        68,
        68,
        'Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat pengawas',
      ),
    ).toBe(true);
    const a = answer(r, 'pd-dipimpin-administrator', 'pejabat-pengawas');
    expect(a.appraisers).toEqual([]);
    const fallback = a.fallback.appraiser.map((x) => [x.general, x.rule.cite.lines[0]]);
    expect(fallback[0]).toEqual([false, 715]);
    expect(fallback).toContainEqual([true, 68]);
    // No general line comes before the unit's own.
    expect(fallback.findIndex(([general]) => general)).toBeGreaterThan(0);
  });

  it('pelaksana where an Administrator leads: assigned by the Pengawas, and by the Administrator on the Pengawas’s recommendation (angka 3); Tahapan Perencanaan)', () => {
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
    const a = answer(r, 'pd-dipimpin-administrator', 'pelaksana');
    expect(names(a.assigners)).toEqual(['Pejabat Pengawas', 'Pejabat Administrator']);
    const admin = byName(a.assigners, 'Pejabat Administrator');
    expect(admin.condition).toBe('atas rekomendasi Pejabat Pengawas');
    expect(admin.recommendations.map((x) => x.by.name)).toEqual(['Pejabat Pengawas']);
    expect(names(a.unitLeaders)).toEqual(['Pejabat Pengawas']);
  });

  it('UOBK, JF Ahli Madya: appraised by the Kepala Bagian/Bidang, assigned by the Pengawas after consulting the appraiser (angka 8) dan 11))', () => {
    expect(
      textSays(
        r,
        773,
        773,
        'Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dan Madya dilaksanakan oleh Kepala Bidang/ Kepala Bagian',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        776,
        776,
        'menerima penugasan dari Pejabat Pengawas dengan terlebih dahulu berkonsultasi dengan Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const a = answer(r, 'rsud-uobk', 'jf-ahli-madya');
    expect(names(a.appraisers)).toEqual(['Kepala Bagian / Kepala Bidang']);
    expect(a.assigners.map((x) => [x.position.name, x.condition])).toEqual([
      [
        'Pejabat Pengawas',
        'dengan terlebih dahulu berkonsultasi dengan Pejabat Penilai Kinerja Jabatan Fungsionalnya',
      ],
    ]);
  });

  it('Setda, Kepala Subbagian: no appraiser for it in the unit’s provisions, so the general articles (Pasal 1 angka 21; Lampiran I BAB II huruf B angka 1 huruf b)', () => {
    expect(
      textSays(
        r,
        431,
        431,
        'Pejabat Penilai Kinerja sebagaimana dimaksud pada huruf a) dapat merupakan Pejabat Pimpinan Tinggi Pratama',
      ),
    ).toBe(true);
    const a = answer(r, 'sekretariat-daerah', 'kepala-subbagian');
    expect(a.appraisers).toEqual([]);
    expect(a.fallback.appraiser.map((x) => [x.general, x.rule.cite.lines[0]])).toEqual([
      [true, 68],
      [true, 431],
    ]);
  });
});

describe('Posisi saya, Provinsi Kalimantan Timur (Pergub 50/2023)', () => {
  const r = region('kaltim');

  it('PD Tipe 2, JF Ahli Muda: an individual hands results to the Kepala Sub Bagian/Seksi, which coordinates it (huruf a angka 3) huruf b) (6), huruf c) (3))', () => {
    expect(
      textSays(
        r,
        507,
        507,
        'Pejabat Fungsional dan/atau Pelaksana sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang',
      ),
    ).toBe(true);
    const a = answer(r, 'pd-tipe-2', 'jf-ahli-muda');
    const kasubbag = byName(a.reportsTo, 'Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang');
    expect(kasubbag.steps.map((s) => [s.step.variant, s.step.cite.lines])).toContainEqual([
      'individu',
      [507, 507],
    ]);
    expect(a.coordinators.map((x) => [x.position.name, x.relation.as])).toContainEqual([
      'Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang',
      'pelaksanaKoordinasi',
    ]);
  });

  it('PD Tipe 3, JF Ahli Madya: the Sekretaris appraises and leads it as a member of the group (huruf a angka 4))', () => {
    expect(
      textSays(r, 541, 541, 'menunjuk Sekretaris sebagai penanggung jawab pencapaian target kinerja'),
    ).toBe(true);
    const a = answer(r, 'pd-tipe-3', 'jf-ahli-madya');
    expect(names(a.appraisers)).toEqual(['Sekretaris']);
    expect(a.appraisers[0]!.via?.id).toBe('kelompok-jf-pelaksana');
    expect(names(a.unitLeaders)).toEqual(['Sekretaris']);
  });

  it('UPTD Tipe A, Kepala Sub Bagian/Seksi: no appraiser in the UPTD’s provisions, so the general definition (Pasal 1 angka 14)', () => {
    expect(textSays(r, 61, 61, 'Pejabat Penilai Kinerja adalah atasan langsung')).toBe(true);
    const a = answer(r, 'uptd-tipe-a', 'kepala-sub-bagian-kepala-seksi');
    expect(a.appraisers).toEqual([]);
    expect(a.fallback.appraiser.map((x) => [x.general, x.rule.cite.lines[0]])).toEqual([[true, 61]]);
  });

  it('Sekolah, pelaksana: the Kepala Sekolah assigns it in the planning step (huruf a angka 11) huruf b) (4))', () => {
    expect(
      textSays(
        r,
        841,
        841,
        'Kepala Sekolah menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat Fungsional dan/atau Pelaksana',
      ),
    ).toBe(true);
    const a = answer(r, 'satuan-pendidikan', 'pelaksana');
    const head = byName(a.assigners, 'Kepala Sekolah');
    expect(head.steps.map((s) => [s.flow.id, s.step.stage, s.step.cite.lines])).toContainEqual([
      'mekanisme-kerja-satuan-pendidikan',
      'perencanaan',
      [841, 841],
    ]);
  });
});

describe('Posisi saya, Kabupaten Lombok Barat (Perbup 57/2023)', () => {
  const r = region('lombok-barat');

  it('JPT Pratama as appraiser, pelaksana: assigned by the JPT Pratama on the Administrator’s recommendation (BAB II huruf D angka 1 huruf a)', () => {
    expect(
      textSays(
        r,
        810,
        810,
        'Pejabat Pimpinan Tinggi Pratama atas rekomendasi Pejabat Administrator menugaskan Pejabat Fungsional dan pelaksana',
      ),
    ).toBe(true);
    const a = answer(r, 'jpt-pratama-ppk', 'pelaksana');
    const jpt = byName(a.assigners, 'Pejabat Pimpinan Tinggi Pratama');
    expect(jpt.recommendations.map((x) => [x.by.name, x.cite.lines])).toEqual([
      ['Pejabat Administrator', [810, 810]],
    ]);
  });

  it('Kecamatan model, pelaksana: the Administrator assigns on the Pengawas’s recommendation; the Pengawas leads (huruf D angka 4)', () => {
    expect(textSays(r, 892, 892, 'Pejabat Administrator atas rekomendasi Pejabat Pengawas')).toBe(true);
    expect(textSays(r, 888, 888, 'berperan sebagai Pimpinan Unit Organisasi')).toBe(true);
    const a = answer(r, 'administrator-ppk', 'pelaksana');
    expect(byName(a.assigners, 'Pejabat Administrator').recommendations.map((x) => x.by.name)).toEqual([
      'Pejabat Pengawas',
    ]);
    expect(names(a.unitLeaders)).toEqual(['Pejabat Pengawas']);
  });

  it('Setda with the Asisten as appraiser, JF: the Asisten assigns on the Kepala Bagian’s recommendation (huruf D angka 9 huruf a)', () => {
    expect(textSays(r, 1012, 1012, 'Asisten atas rekomendasi Kepala Bagian')).toBe(true);
    const a = answer(r, 'sekretariat-daerah-asisten-ppk', 'pejabat-fungsional');
    expect(byName(a.assigners, 'Asisten').recommendations.map((x) => x.by.name)).toEqual(['Kepala Bagian']);
  });

  it('More than two levels, pelaksana: under level 1 or level 2, each "bilamana" the group is placed there (huruf B angka 1 huruf e)', () => {
    expect(
      textSays(
        r,
        491,
        491,
        'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1 atau pejabat level 2',
      ),
    ).toBe(true);
    const a = answer(r, 'lebih-dari-dua-level', 'pelaksana');
    expect(a.placedUnder.map((x) => [x.position.name, x.condition])).toEqual([
      [
        'Pejabat Level 1',
        'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 1',
      ],
      [
        'Pejabat Level 2',
        'bilamana kedudukan Pejabat Fungsional dan pelaksana ditempatkan di bawah pejabat level 2',
      ],
    ]);
    // The unit's provisions name no Pimpinan Unit Organisasi: the general definition applies.
    expect(textSays(r, 529, 529, 'Pimpinan Unit Organisasi dapat merupakan')).toBe(true);
    expect(a.fallback.unitLeader.map((x) => [x.general, x.rule.cite.lines[0]])).toEqual([[true, 529]]);
  });
});

describe('Posisi saya, Kota Surakarta (Perwali 32/2023)', () => {
  const r = region('surakarta');

  it('Setda, JF Ahli Madya: the Asisten appraises with the Kepala Bagian’s consideration; it reports as an individual through both (Lampiran III; Lampiran VI angka 1 huruf b)', () => {
    expect(
      textSays(
        r,
        441,
        441,
        'Penilaian kinerja JF Madya pada Sekretariat Daerah dilaksanakan oleh Pejabat Penilai Kinerja dengan pertimbangan Kepala Bagian',
      ),
    ).toBe(true);
    expect(
      textSays(
        r,
        1143,
        1143,
        'Pejabat Fungsional Madya melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const a = answer(r, 'sekretariat-daerah', 'jf-ahli-madya');
    expect(
      byName(a.appraisers, 'Asisten Sekretaris Daerah').recommendations.map((x) => [x.by.name, x.cite.lines]),
    ).toEqual([['Kepala Bagian', [441, 441]]]);
    expect(a.reportsTo.every((x) => /secara individu/.test(x.condition ?? ''))).toBe(true);
  });

  it('Dinas/Badan one level, Ketua Tim Kerja: reports to the head, or through the Pengendali (Pasal 26 ayat (3) huruf b); coordinated by the Pengendali (Pasal 24 ayat (1))', () => {
    expect(
      textSays(
        r,
        419,
        419,
        'Ketua Tim Kerja selanjutnya melaporkan pelaksanaan tugas Tim Kerja kepada Pimpinan Unit Organisasi melalui Pejabat Penilai Kinerja atau Pengendali',
      ),
    ).toBe(true);
    const a = answer(r, 'dinas-badan-satu-level', 'ketua-tim-kerja');
    expect(byName(a.reportsTo, 'Pengendali').condition).toBe(
      'dalam hal laporan disampaikan melalui Pengendali',
    );
    expect(a.coordinators.map((x) => [x.position.name, x.relation.as])).toEqual([
      ['Pengendali', 'pengendali'],
    ]);
  });

  it('Kecamatan, pelaksana under the Sekretaris Kelurahan: appraised by it, the Camat leads; on assignment the text is general (Tabel 7.7; Pasal 1 angka 27)', () => {
    expect(textSays(r, 754, 754, 'Sekretaris Kelurahan Pelaksana')).toBe(true);
    expect(textSays(r, 71, 71, 'Penugasan adalah')).toBe(true);
    const a = answer(r, 'kecamatan', 'pelaksana-sekretaris-kelurahan');
    expect(names(a.appraisers)).toEqual(['Sekretaris Kelurahan']);
    expect(names(a.unitLeaders)).toEqual(['Camat']);
    expect(a.assigners).toEqual([]);
    expect(a.fallback.assigner[0]).toMatchObject({ general: true, rule: { cite: { lines: [71, 75] } } });
  });

  it('Dinas/Badan one level, Anggota Tim Kerja: a group without members is itself a choice, answered as its own position', () => {
    const u = unit(r, 'dinas-badan-satu-level');
    expect(pickablePositions(u).map((p) => p.id)).toContain('kelompok-jf-pelaksana-anggota-tim-kerja');
  });
});

describe('one answer per position', () => {
  it('answers a derived relation with the general rule it is read from, and a supplied one with its note', () => {
    const r = fixture();
    const u = r.unitTypes[0]!;
    const appraisal = u.relations.find((x) => x.kind === 'penilaianKinerja')!;
    appraisal.basis = {
      kind: 'derived',
      cite: {
        ...appraisal.cite,
        locator: 'Pasal 13 ayat (1)',
        lines: [178, 178],
        quote: 'Pejabat Penilai Kinerja',
      },
    };
    const a = answerFor(r, u, 'jf-ahli-muda')!;
    expect(a.appraisers.map((x) => [x.position.id, x.basis, x.general?.locator])).toEqual([
      ['administrator', 'derived', 'Pasal 13 ayat (1)'],
    ]);
    appraisal.basis = { kind: 'supplied', note: 'silent-penilai' };
    const b = answerFor(r, u, 'jf-ahli-muda')!;
    expect(b.appraisers.map((x) => [x.basis, x.general, x.note])).toEqual([
      ['supplied', undefined, 'silent-penilai'],
    ]);
  });

  it('gives a kelompok member what it has from its group, and lights on the chart every position the answer names', () => {
    const r = region('semarang');
    const u = unit(r, 'kecamatan');
    const a = answerFor(r, u, 'jf-ahli-muda')!;
    // Lampiran V huruf d angka 1-3: Camat appraises, Sekretaris leads, Pejabat Pengawas coordinates.
    expect(names(a.appraisers)).toEqual(['Camat']);
    expect(names(a.unitLeaders)).toEqual(['Sekretaris']);
    expect(new Set(names(a.coordinators))).toEqual(new Set(['Pejabat Pengawas']));
    const lit = answerPositionIds(u, 'jf-ahli-muda');
    for (const id of ['camat', 'sekretaris', 'pejabat-pengawas', 'kelompok-jf-pelaksana'])
      expect(lit.has(id), id).toBe(true);
  });

  it('offers every position of every unit type of every region, pelaksana included, each told apart from the others', () => {
    for (const id of ['kaltim', 'lombok-barat', 'sambas', 'semarang', 'surakarta']) {
      const r = region(id);
      for (const u of r.unitTypes) {
        const offered = pickablePositions(u);
        // Every jabatan that is not a container of others is offered.
        const expected = u.positions.filter((p) => !u.positions.some((m) => m.group === p.id));
        expect(offered.map((p) => p.id).sort(), `${id}/${u.id}`).toEqual(expected.map((p) => p.id).sort());
        for (const p of u.positions.filter((x) => x.category === 'pelaksana'))
          expect(offered, `${id}/${u.id}/${p.id}`).toContain(p);
        const labels = offered.map((p) => {
          const l = positionChoiceLabel(u, p);
          return `${l.name}|${l.under ?? ''}`;
        });
        expect(new Set(labels).size, `${id}/${u.id}`).toBe(labels.length);
        for (const p of offered) expect(answerFor(r, u, p.id), `${id}/${u.id}/${p.id}`).toBeDefined();
      }
    }
  });
});

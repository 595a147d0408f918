/**
 * Kabupaten Semarang (Perbup 35/2023): answers checked against the text. Each test first asserts
 * the cited words stand in the regulation, then that the model answers accordingly.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  appraisersOf,
  assignersOf,
  coordinatorsOf,
  reportsTo,
  unitLeadersOf,
} from '../../../src/model/queries';
import { currentStep, flowMachine, NEXT_EVENT } from '../../../src/machines/generate';
import { answerFor } from '../../../src/model/myPosition';
import { flow, names, region, textSays, unit } from './helpers';

const r = region('semarang');

describe('Semarang: who appraises, leads, assigns', () => {
  it('Kecamatan: the Camat appraises a JF ahli muda (Lampiran II huruf d angka 1... Lampiran V huruf d angka 1)', () => {
    expect(
      textSays(
        r,
        708,
        708,
        'Camat sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian kinerja',
      ),
    ).toBe(true);
    expect(names(appraisersOf(unit(r, 'kecamatan'), 'jf-ahli-muda'))).toEqual(['Camat']);
  });

  it('Kecamatan: the Sekretaris, not the Camat, is Pimpinan Unit Organisasi (Lampiran V huruf d angka 2)', () => {
    expect(
      textSays(
        r,
        709,
        709,
        'Sekretaris sebagai Pimpinan Unit Organisasi menjadi penanggung jawab atas target kinerja',
      ),
    ).toBe(true);
    expect(names(unitLeadersOf(unit(r, 'kecamatan'), 'pelaksana'))).toEqual(['Sekretaris']);
  });

  it('Kecamatan: the pejabat pengawas coordinates JF as pelaksana koordinasi or Ketua Tim (Lampiran V huruf d angka 3)', () => {
    expect(
      textSays(
        r,
        710,
        710,
        'pejabat pengawas sebagai pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      ),
    ).toBe(true);
    const roles = coordinatorsOf(unit(r, 'kecamatan'), 'jf-ahli-muda').map((a) => [
      a.position.name,
      a.relation.as,
    ]);
    expect(roles).toEqual([
      ['Pejabat Pengawas', 'pelaksanaKoordinasi'],
      ['Pejabat Pengawas', 'ketuaTim'],
    ]);
  });

  it('2-level unit: a JF ahli madya is appraised by the JPT Pratama, other JF by the Administrator (Pasal 13 ayat (3))', () => {
    expect(
      textSays(
        r,
        181,
        181,
        'ahli madya berkedudukan di bawah dan bertanggung jawab secara langsung kepada Pejabat Pimpinan Tinggi Pratama',
      ),
    ).toBe(true);
    const u = unit(r, 'unit-organisasi-2-level');
    expect(names(appraisersOf(u, 'jf-ahli-utama-madya'))).toEqual(['Pejabat Pimpinan Tinggi Pratama']);
    expect(names(appraisersOf(u, 'jf-ahli-muda'))).toEqual(['Pejabat Administrator']);
  });

  it('DPMPTSP: the Kepala Dinas appraises and assigns the JF and pelaksana (Lampiran II huruf a angka 3)', () => {
    expect(textSays(r, 461, 461, 'Pejabat Pimpinan Tinggi Pratama sebagai Pejabat Penilai Kinerja')).toBe(
      true,
    );
    const u = unit(r, 'dpmptsp');
    expect(names(appraisersOf(u, 'pelaksana'))).toEqual(['Kepala Dinas']);
    expect(names(assignersOf(u, 'jf-ahli-muda'))).toEqual(['Kepala Dinas']);
  });

  it('Setda, Asisten Perekonomian dan Pembangunan: the Asisten appraises the JF Ahli Madya (Lampiran V huruf c angka 4)', () => {
    expect(textSays(r, 685, 685, 'Ahli Madya')).toBe(true);
    expect(names(appraisersOf(unit(r, 'setda-asisten-perekonomian-pembangunan'), 'jf-ahli-madya'))).toEqual([
      'Asisten Perekonomian dan Pembangunan',
    ]);
  });

  it('Setda, Bagian Pengadaan Barang dan Jasa: the group sits under the Pengawas but is appraised by the Kepala Bagian (Lampiran II huruf a angka 4; Lampiran V huruf c angka 6)', () => {
    expect(
      textSays(r, 476, 476, 'kelompok jabatan fungsional dan pelaksana berada di bawah Pejabat Pengawas'),
    ).toBe(true);
    const u = unit(r, 'setda-asisten-perekonomian-pembangunan');
    expect(names(appraisersOf(u, 'pelaksana-bagian-pengadaan-barang-dan-jasa'))).toEqual([
      'Kepala Bagian Pengadaan Barang dan Jasa',
    ]);
    expect(
      r.notes.some((n) => n.kind === 'conflict' && n.cite.lines[0] <= 687 && n.cite.lines[1] >= 476),
    ).toBe(true);
  });

  it('UPTD Tipe A: the Kepala UPTD appraises the Kepala Subbagian Tata Usaha too (Lampiran II huruf c angka 2 huruf a)', () => {
    expect(
      textSays(
        r,
        513,
        513,
        'Pejabat Penilai Kinerja jabatan fungsional termasuk pejabat pengawas di bawahnya',
      ),
    ).toBe(true);
    expect(names(appraisersOf(unit(r, 'uptd-tipe-a'), 'kepala-subbagian-tata-usaha'))).toEqual([
      'Kepala Unit Pelaksana Teknis Daerah',
    ]);
  });

  it('Puskesmas: led by a Pejabat Fungsional, to whom results are reported (Lampiran V huruf g)', () => {
    expect(
      textSays(
        r,
        780,
        780,
        'Kepala Pusat Kesehatan Masyarakat yang merupakan Pejabat Fungsional sebagai Pejabat Penilai Kinerja',
      ),
    ).toBe(true);
    const u = unit(r, 'puskesmas');
    expect(u.positions.find((p) => p.id === u.head)?.category).toBe('jf');
    expect(names(reportsTo(u, 'pejabat-fungsional'))).toContain('Kepala Pusat Kesehatan Masyarakat');
  });
});

describe('Semarang: flows', () => {
  it('a JF assigned across perangkat daerah gets the Surat Perintah from the Sekretaris Daerah (Pasal 16 ayat (3) huruf b)', () => {
    expect(
      textSays(
        r,
        232,
        232,
        'Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh Sekretaris Daerah',
      ),
    ).toBe(true);
    const f = flow(r, 'penugasan-individu-lintas-perangkat-daerah');
    const step = f.steps.find((s) => s.document === 'Surat Perintah')!;
    expect(f.participants.find((p) => p.id === step.actor)?.name).toBe('Sekretaris Daerah');
  });

  it('penunjukan lintas PD, main path: pemilik kinerja -> PD dituju -> (setuju) Pejabat Penilai Kinerja -> JF (Lampiran III huruf a angka 2)', () => {
    expect(textSays(r, 551, 556, 'mengirimkan surat permohonan pelibatan')).toBe(true);
    const f = flow(r, 'penunjukan-lintas-perangkat-daerah');
    const actor = createActor(flowMachine(f), { input: {} }).start();
    const seen: string[] = [];
    const record = () => {
      const id = currentStep(actor.getSnapshot());
      const s = f.steps.find((x) => x.id === id);
      if (s) seen.push(`${s.actor}>${(s.recipients ?? []).join(',')}`);
    };
    record();
    actor.send({ type: NEXT_EVENT });
    record();
    actor.send({ type: 'keputusan.setujui' });
    record();
    actor.send({ type: NEXT_EVENT });
    record();
    actor.send({ type: NEXT_EVENT });
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual([
      'pimpinan-pd-pemilik-kinerja>pimpinan-pd-dituju',
      'pimpinan-pd-dituju>',
      'ppk>jf',
      'jf>',
    ]);
  });

  it('penunjukan lintas PD, refusal: a written answer with reasons goes back to the requester (Lampiran III huruf a angka 2 huruf b) angka 2))', () => {
    expect(textSays(r, 555, 555, 'menolak, maka harus memberikan surat jawaban dengan alasan')).toBe(true);
    const f = flow(r, 'penunjukan-lintas-perangkat-daerah');
    const actor = createActor(flowMachine(f), { input: {} }).start();
    actor.send({ type: NEXT_EVENT });
    actor.send({ type: 'keputusan.tolak' });
    const step = f.steps.find((s) => s.id === currentStep(actor.getSnapshot()))!;
    expect(step.recipients).toEqual(['pimpinan-pd-pemilik-kinerja']);
  });

  it('Kecamatan mechanism, main path actors follow Lampiran V huruf d angka 4', () => {
    expect(
      textSays(
        r,
        713,
        729,
        'Camat selaku Pejabat Penilai Kinerja menyusun dan menetapkan perjanjian kinerja',
      ),
    ).toBe(true);
    const f = flow(r, 'mekanisme-kerja-kecamatan');
    const actors = f.steps.map((s) => s.actor);
    expect(actors.slice(0, 3)).toEqual(['camat', 'camat', 'sekretaris']);
    expect(actors.at(-1)).toBe('camat');
    expect(new Set(f.steps.map((s) => s.stage))).toEqual(new Set(['perencanaan', 'pelaksanaan', 'evaluasi']));
  });

  it('flags the Lampiran heading number (95) that differs from the regulation (35)', () => {
    expect(textSays(r, 387, 387, 'NOMOR 95 TAHUN 2023')).toBe(true);
    expect(r.regulation.number).toBe('35');
    expect(r.notes.some((n) => n.kind === 'slip' && n.cite.lines[0] <= 387 && n.cite.lines[1] >= 387)).toBe(
      true,
    );
  });
});

describe('Semarang: Posisi saya', () => {
  it('JF ahli muda at a Kecamatan: appraiser Camat, unit leader Sekretaris, reports to the Sekretaris (Lampiran V huruf d)', () => {
    expect(textSays(r, 725, 725, 'disampaikan kepada Sekretaris')).toBe(true);
    const a = answerFor(r, unit(r, 'kecamatan'), 'jf-ahli-muda')!;
    expect(names(a.appraisers)).toEqual(['Camat']);
    expect(names(a.unitLeaders)).toEqual(['Sekretaris']);
    expect(names(a.reportsTo)).toContain('Sekretaris');
    expect(a.teamLead.rules.map((x) => x.id)).toContain('ketua-tim-dari-jf-atau-pelaksana');
  });

  it('Kepala Subbagian Tata Usaha at a UPTD Tipe A: appraised by the Kepala UPTD, and named as Ketua Tim (Lampiran V huruf f angka 2)', () => {
    expect(
      textSays(
        r,
        759,
        759,
        'Kepala Subbagian Tata Usaha sebagai pelaksana koordinasi pelaksanaan tugas atau Ketua Tim Kerja',
      ),
    ).toBe(true);
    const a = answerFor(r, unit(r, 'uptd-tipe-a'), 'kepala-subbagian-tata-usaha')!;
    expect(names(a.appraisers)).toEqual(['Kepala Unit Pelaksana Teknis Daerah']);
    expect(a.teamLead.namedAs.map((x) => x.relation.as)).toContain('ketuaTim');
  });

  it('pelaksana at the DPMPTSP: appraised by the Kepala Dinas; assignment across PD has its flows (Pasal 16)', () => {
    const a = answerFor(r, unit(r, 'dpmptsp'), 'pelaksana')!;
    expect(names(a.appraisers)).toEqual(['Kepala Dinas']);
    const across = a.assignmentFlows.find((g) => g.scope === 'lintasPerangkatDaerah')!;
    expect(across.flows.map((f) => f.id)).toContain('penugasan-individu-lintas-perangkat-daerah');
  });
});

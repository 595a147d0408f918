/**
 * Step text a person would write: every expected string below is written by hand from the data
 * files (actor names, actions, step numbers as they stand there), never produced by the code.
 */
import { describe, expect, it } from 'vitest';
import { branchText, leadsTo, moveNote, questionText, stepText } from '../../src/model/stepText';
import { fixture } from './fixture';
import { flow as flowOf, region as regionOf } from './regions/helpers';

const step = <F extends { steps: { id: string }[] }>(flow: F, id: string): F['steps'][number] =>
  flow.steps.find((s) => s.id === id)!;

describe('a step without plain words: the parts stay apart, the quote intact', () => {
  it('Semarang, Kecamatan, perencanaan-4: the actor is not glued onto the passive quote', () => {
    const flow = flowOf(regionOf('semarang'), 'mekanisme-kerja-kecamatan');
    const text = stepText(flow, step(flow, 'perencanaan-4'), 'id');
    expect(text.actor).toBe('Sekretaris');
    expect(text.plain).toBeUndefined();
    expect(text.quote).toBe(
      'penyelesaian target kinerja yang membutuhkan pelibatan Pejabat Fungsional dan/atau pelaksana dari Perangkat Daerah dan/atau Unit Organisasi lain dilakukan melalui proses permohonan pelibatan',
    );
    expect(text.line).toBe(
      'Sekretaris — menurut teks: “penyelesaian target kinerja yang membutuhkan pelibatan Pejabat Fungsional dan/atau pelaksana dari Perangkat Daerah dan/atau Unit Organisasi lain dilakukan melalui proses permohonan pelibatan”',
    );
    expect(text.line).not.toContain('Sekretaris penyelesaian');
  });

  it('Semarang, penilaian JF Ahli Madya Setda: actor, quote and recipient, in both languages', () => {
    const flow = flowOf(regionOf('semarang'), 'penilaian-kinerja-jf-ahli-madya-sekretariat-daerah');
    const s = step(flow, 'penilaian');
    expect(stepText(flow, s, 'id').line).toBe(
      'Asisten Sekretaris Daerah — menurut teks: “Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah” — kepada Pejabat Fungsional Ahli Madya',
    );
    expect(stepText(flow, s, 'en').line).toBe(
      'Asisten Sekretaris Daerah — in the text (Indonesian): “Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah” — to Pejabat Fungsional Ahli Madya',
    );
  });
});

describe('a step with plain words: one sentence, actor -> verb -> object -> recipient', () => {
  const flow = fixture().flows[0]!;
  const penugasan = step(flow, 'surat-penugasan');
  penugasan.plain = { id: 'menerbitkan surat penugasan', en: 'issues the assignment letter' };
  const permohonan = step(flow, 'kirim-permohonan');
  permohonan.plain = { id: 'mengirim surat permohonan pelibatan', en: 'sends the request for involvement' };

  it('Indonesian', () => {
    expect(stepText(flow, penugasan, 'id').line).toBe(
      'Pejabat Penilai Kinerja menerbitkan surat penugasan kepada Pejabat Fungsional dan/atau pelaksana.',
    );
    expect(stepText(flow, permohonan, 'id').line).toBe(
      'Pimpinan Perangkat Daerah pemilik kinerja mengirim surat permohonan pelibatan kepada Pimpinan Perangkat Daerah dituju (tembusan: Pejabat Penilai Kinerja).',
    );
  });

  it('English', () => {
    expect(stepText(flow, penugasan, 'en').line).toBe(
      'Pejabat Penilai Kinerja issues the assignment letter to Pejabat Fungsional dan/atau pelaksana.',
    );
    expect(stepText(flow, penugasan, 'en').quote).toBeUndefined();
  });
});

describe('decisions in English: English where the data has it, else the text quoted', () => {
  const flow = fixture().flows[0]!;
  const jawab = step(flow, 'jawab');
  it('falls back to the Indonesian words, marked as a quote', () => {
    expect(questionText(jawab, 'en')).toEqual({ text: jawab.decision!.question, quoted: true });
    expect(branchText(jawab.decision!.branches[0]!, 'en').quoted).toBe(true);
    expect(branchText(jawab.decision!.branches[0]!, 'id').quoted).toBe(false);
  });
  it('uses questionEn and labelEn', () => {
    jawab.decision!.questionEn = 'Does the receiving head agree?';
    jawab.decision!.branches[1]!.labelEn = 'refuses';
    expect(questionText(jawab, 'en')).toEqual({ text: 'Does the receiving head agree?', quoted: false });
    expect(branchText(jawab.decision!.branches[1]!, 'en')).toEqual({ text: 'refuses', quoted: false });
  });
});

describe('loops say what happened and where they go back to', () => {
  // Lombok Barat, mekanisme-kerja-jf-satu-level: 5 pelaksanaan-kegiatan ... 10 peninjauan-hasil,
  // whose "tidak sesuai" branch goes back to pelaksanaan-kegiatan.
  const flow = flowOf(regionOf('lombok-barat'), 'mekanisme-kerja-jf-satu-level');
  const back = { from: 'peninjauan-hasil', event: 'hasil.tidakSesuai', to: 'pelaksanaan-kegiatan' };
  it('a branch back is a return for revision', () => {
    expect(moveNote(flow, back, 'individu', 'id')).toBe(
      'Dikembalikan untuk diperbaiki: kembali ke langkah 5.',
    );
    expect(moveNote(flow, back, 'individu', 'en')).toBe('Returned for revision: back to step 5.');
    expect(leadsTo(flow, 'peninjauan-hasil', 'pelaksanaan-kegiatan', 'id')).toBe('kembali ke langkah 5');
    expect(leadsTo(flow, 'peninjauan-hasil', 'selesai', 'id')).toBe('alur selesai');
  });
  it('a step whose next is earlier goes back (Surakarta: 13 perbaikan -> 11 evaluasi-hasil)', () => {
    const sk = flowOf(regionOf('surakarta'), 'mekanisme-kerja-penunjukan-individu');
    const move = { from: 'perbaikan', event: 'langkah.lanjut', to: 'evaluasi-hasil' };
    expect(moveNote(sk, move, undefined, 'id')).toBe('Kembali ke langkah 11.');
  });
});

describe('skipped step numbers are explained', () => {
  // Semarang penunjukan-lintas-perangkat-daerah: 1 permohonan, 2 jawaban (setujui -> 3,
  // tolak -> 4), 3 surat-penugasan (next 5), 4 surat-jawaban (next selesai), 5 menerima-...
  const flow = flowOf(regionOf('semarang'), 'penunjukan-lintas-perangkat-daerah');
  it('past the other branch of a decision', () => {
    const move = { from: 'surat-penugasan', event: 'langkah.lanjut', to: 'menerima-surat-penugasan' };
    expect(moveNote(flow, move, undefined, 'id')).toBe(
      'Langkah 4 dilewati: untuk cabang “menolak: surat jawaban dengan alasan” di langkah 2.',
    );
    const tolak = { from: 'jawaban', event: 'keputusan.tolak', to: 'surat-jawaban' };
    expect(moveNote(flow, tolak, undefined, 'en')).toBe(
      'Step 3 skipped: for the branch “menyetujui dengan mempertimbangkan kriteria yang disampaikan pemohon” at step 2.',
    );
    expect(leadsTo(flow, 'jawaban', 'surat-jawaban', 'id')).toBe('lanjut ke langkah 4');
  });
  it('past the other variant', () => {
    // Lombok Barat jf-satu-level (individu): 6 monitoring -> 8 penyampaian-hasil-individu,
    // 7 monitoring-ketua-tim is the tim variant's.
    const lb = flowOf(regionOf('lombok-barat'), 'mekanisme-kerja-jf-satu-level');
    const move = { from: 'monitoring', event: 'langkah.lanjut', to: 'penyampaian-hasil-individu' };
    expect(moveNote(lb, move, 'individu', 'id')).toBe('Langkah 7 dilewati: hanya untuk penugasan tim kerja.');
    expect(moveNote(lb, move, 'individu', 'en')).toBe('Step 7 skipped: only for team assignment.');
  });
  it('a plain next step says nothing', () => {
    expect(
      moveNote(flow, { from: 'permohonan', event: 'langkah.lanjut', to: 'jawaban' }, undefined, 'id'),
    ).toBe(undefined);
  });
});

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
  // The texts' passive sentences, as the data held them before plain words were written:
  // Semarang, Kecamatan, perencanaan-4, and the appraisal of the JF Ahli Madya at the Setda.
  it('Semarang, Kecamatan, perencanaan-4: the actor is not glued onto the passive quote', () => {
    const flow = flowOf(regionOf('semarang'), 'mekanisme-kerja-kecamatan');
    const s = { ...step(flow, 'perencanaan-4'), plain: undefined };
    const text = stepText(flow, s, 'id');
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
    const flow = flowOf(
      regionOf('semarang'),
      'pengelolaan-kinerja-penilaian-jf-ahli-madya-sekretariat-daerah',
    );
    const s = { ...step(flow, 'penilaian'), plain: undefined };
    expect(stepText(flow, s, 'id').line).toBe(
      'Asisten Sekretaris Daerah — menurut teks: “Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah” → Pejabat Fungsional Ahli Madya',
    );
    expect(stepText(flow, s, 'en').line).toBe(
      'Asisten Sekretaris Daerah — in the text (Indonesian): “Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten Sekretaris Daerah” → Pejabat Fungsional Ahli Madya',
    );
  });
});

describe('a step with plain words: one sentence, actor -> verb -> object -> recipient', () => {
  it('Semarang, Kecamatan, perencanaan-1 and -4, in both languages', () => {
    const flow = flowOf(regionOf('semarang'), 'mekanisme-kerja-kecamatan');
    expect(stepText(flow, step(flow, 'perencanaan-1'), 'id').line).toBe(
      'Camat menyusun dan menetapkan perjanjian kinerja → Sekretaris.',
    );
    expect(stepText(flow, step(flow, 'perencanaan-1'), 'en').line).toBe(
      'Camat draws up and sets the performance agreement → Sekretaris.',
    );
    expect(stepText(flow, step(flow, 'perencanaan-4'), 'id').line).toBe(
      'Sekretaris meminta pelibatan JF/pelaksana dari unit atau perangkat daerah lain.',
    );
    expect(stepText(flow, step(flow, 'perencanaan-4'), 'id').quote).toBeUndefined();
  });

  it('the recipient follows an arrow, never a guessed preposition (Asisten appraises the JF Ahli Madya)', () => {
    const flow = flowOf(
      regionOf('semarang'),
      'pengelolaan-kinerja-penilaian-jf-ahli-madya-sekretariat-daerah',
    );
    expect(stepText(flow, step(flow, 'penilaian'), 'id').line).toBe(
      'Asisten Sekretaris Daerah menilai kinerja JF Ahli Madya → Pejabat Fungsional Ahli Madya.',
    );
  });

  it('copies are named as tembusan (fixture, with plain words of the test)', () => {
    const flow = fixture().flows[0]!;
    const permohonan = step(flow, 'kirim-permohonan');
    permohonan.plain = { id: 'mengirim surat permohonan pelibatan', en: 'sends the request for involvement' };
    expect(stepText(flow, permohonan, 'id').line).toBe(
      'Pimpinan Perangkat Daerah pemilik kinerja mengirim surat permohonan pelibatan → Pimpinan Perangkat Daerah dituju (tembusan: Pejabat Penilai Kinerja).',
    );
    expect(stepText(flow, permohonan, 'en').line).toBe(
      'Pimpinan Perangkat Daerah pemilik kinerja sends the request for involvement → Pimpinan Perangkat Daerah dituju (copy to: Pejabat Penilai Kinerja).',
    );
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
  // Lombok Barat, JF leading a unit on its own (formerly mekanisme-kerja-jf-satu-level):
  // 6 pelaksanaan-kegiatan ... 11 peninjauan-hasil, whose "tidak sesuai" goes back to step 6.
  const flow = flowOf(regionOf('lombok-barat'), 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri');
  const back = { from: 'peninjauan-hasil', event: 'hasil.tidakSesuai', to: 'pelaksanaan-kegiatan' };
  it('a branch back is a return for revision', () => {
    expect(moveNote(flow, back, 'individu', 'id')).toBe(
      'Dikembalikan untuk diperbaiki: kembali ke langkah 6.',
    );
    expect(moveNote(flow, back, 'individu', 'en')).toBe('Returned for revision: back to step 6.');
    expect(leadsTo(flow, 'peninjauan-hasil', 'pelaksanaan-kegiatan', 'id')).toBe('kembali ke langkah 6');
    expect(leadsTo(flow, 'peninjauan-hasil', 'selesai', 'id')).toBe('alur selesai');
  });
  it('a step whose next is earlier goes back (Surakarta: 13 perbaikan -> 11 evaluasi-hasil)', () => {
    const sk = flowOf(regionOf('surakarta'), 'mekanisme-kerja-umum-penunjukan-individu');
    const move = { from: 'perbaikan', event: 'langkah.lanjut', to: 'evaluasi-hasil' };
    expect(moveNote(sk, move, undefined, 'id')).toBe('Kembali ke langkah 11.');
  });
});

describe('skipped step numbers are explained', () => {
  // Semarang penunjukan-lintas-perangkat-daerah: 1 permohonan, 2 jawaban (setujui -> 3,
  // tolak -> 4), 3 surat-penugasan (next 5), 4 surat-jawaban (next selesai), 5 menerima-...
  const flow = flowOf(regionOf('semarang'), 'penunjukan-lintas-perangkat-daerah');
  it("past the other branch of a decision, in the reader's language", () => {
    const move = { from: 'surat-penugasan', event: 'langkah.lanjut', to: 'menerima-surat-penugasan' };
    expect(moveNote(flow, move, undefined, 'id')).toBe(
      'Langkah 4 dilewati: untuk cabang “menolak: surat jawaban dengan alasan” di langkah 2.',
    );
    const tolak = { from: 'jawaban', event: 'keputusan.tolak', to: 'surat-jawaban' };
    expect(moveNote(flow, tolak, undefined, 'en')).toBe(
      "Step 3 skipped: for the branch “approves, weighing the requester's criteria” at step 2.",
    );
    expect(leadsTo(flow, 'jawaban', 'surat-jawaban', 'id')).toBe('lanjut ke langkah 4');
  });
  it('past the other variant', () => {
    // Lombok Barat (individu): 7 monitoring -> 9 penyampaian-hasil-individu; 8 is the tim's.
    const lb = flowOf(regionOf('lombok-barat'), 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri');
    const move = { from: 'monitoring', event: 'langkah.lanjut', to: 'penyampaian-hasil-individu' };
    expect(moveNote(lb, move, 'individu', 'id')).toBe('Langkah 8 dilewati: hanya untuk penugasan tim kerja.');
    expect(moveNote(lb, move, 'individu', 'en')).toBe('Step 8 skipped: only for team assignment.');
  });
  it('a plain next step says nothing', () => {
    expect(
      moveNote(flow, { from: 'permohonan', event: 'langkah.lanjut', to: 'jawaban' }, undefined, 'id'),
    ).toBe(undefined);
  });
});

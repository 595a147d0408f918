/**
 * One comparison checked cell by cell against the text: Semarang's Kecamatan (Lampiran II huruf b
 * angka 1, Lampiran V huruf d) against its 2-level units led by a JPT Pratama (Lampiran II huruf a
 * angka 1, Lampiran V huruf a; Pasal 13 ayat (3)).
 */
import { describe, expect, it } from 'vitest';
import { comparableFlows, compareFlows, compareUnits } from '../../src/model/compare';
import { region, textSays, unit } from './regions/helpers';

const r = region('semarang');
const rows = compareUnits(r, unit(r, 'kecamatan'), r, unit(r, 'unit-organisasi-2-level'));
const row = (id: string) => rows.find((x) => x.id === id)!;

describe('compare: Semarang Kecamatan vs 2-level unit', () => {
  it('the text says what the cells will say', () => {
    expect(textSays(r, 708, 708, 'Camat sebagai Pejabat Penilai Kinerja')).toBe(true);
    expect(textSays(r, 709, 709, 'Sekretaris sebagai Pimpinan Unit Organisasi')).toBe(true);
    expect(
      textSays(
        r,
        181,
        184,
        'Pejabat Fungsional ahli utama dan Pejabat Fungsional ahli madya berkedudukan di bawah',
      ),
    ).toBe(true);
    expect(
      textSays(r, 423, 423, 'berkedudukan di bawah Pejabat Administrator sebagai Pejabat level II'),
    ).toBe(true);
  });

  it('head and levels', () => {
    expect([row('head').a.values, row('head').b.values]).toEqual([
      ['Camat'],
      ['Pejabat Pimpinan Tinggi Pratama'],
    ]);
    expect(row('head').same).toBe(false);
    expect(row('levels').b.values).toEqual(['2']);
  });

  it('appraisers by jenjang: JPT for Ahli Utama/Madya in the 2-level unit, silent in the Kecamatan (it has none)', () => {
    expect(row('appraiser-jfAhliUtama').a.values).toEqual([]);
    expect(row('appraiser-jfAhliUtama').b.values).toEqual(['Pejabat Pimpinan Tinggi Pratama']);
    expect(row('appraiser-jfAhliMadya').b.values).toEqual(['Pejabat Pimpinan Tinggi Pratama']);
    // The pair is picked by the unit's heading; the general rule (Pasal 13 ayat (3) huruf a) is its basis.
    expect(row('appraiser-jfAhliMadya').b.cites[0]?.locator).toBe('Lampiran II huruf a');
  });

  it('appraisers of JF Ahli Muda, Ahli Pertama, keterampilan and pelaksana: Camat vs Pejabat Administrator', () => {
    for (const id of [
      'appraiser-jfAhliMuda',
      'appraiser-jfAhliPertama',
      'appraiser-jfKeterampilan',
      'appraiser-pelaksana',
    ]) {
      expect(row(id).a.values, id).toEqual(['Camat']);
      expect(row(id).b.values, id).toEqual(['Pejabat Administrator']);
      expect(row(id).a.cites.length, id).toBeGreaterThan(0);
    }
  });

  it('Pimpinan Unit Organisasi: Sekretaris vs Pejabat Administrator', () => {
    expect(row('leader').a.values).toEqual(['Sekretaris']);
    expect(row('leader').b.values).toEqual(['Pejabat Administrator']);
  });

  it('rows the two share fold as the same (assignment across PD follows one set of Pasal 16 / Lampiran III flows)', () => {
    expect(row('lintasPerangkatDaerah').same).toBe(true);
    expect(row('lintasPerangkatDaerah').a.values).toContain('Sekretaris Daerah: Surat Perintah');
    expect(row('ketuaTim').same).toBe(true);
    expect(row('ketuaTim').a.values.length).toBeGreaterThan(0);
  });
});

/**
 * Two flows across regions, cell by cell: Semarang's penunjukan lintas Perangkat Daerah
 * (Lampiran III huruf a angka 2, lines 550-556) beside Lombok Barat's (Lampiran BAB II huruf B
 * angka 2 huruf a angka 3, lines 637-652). The rows below are read from the two texts: both
 * begin with the owner of the work sending the request letter; the receiving side's head decides;
 * the surat penugasan is given (by the Pejabat Penilai Kinerja in Semarang, by the Pimpinan Unit
 * Organisasi in Lombok Barat); the official receives the letter. Lombok Barat's
 * Pejabat yang Berwenang steps and its separate letters have no counterpart in Semarang, and
 * Semarang's refusal letter none in Lombok Barat (whose text is silent on the refusal).
 */
describe('compare flows: Semarang vs Lombok Barat, penunjukan lintas Perangkat Daerah', () => {
  const a = region('semarang');
  const b = region('lombok-barat');
  const fa = a.flows.find((f) => f.id === 'penunjukan-lintas-perangkat-daerah')!;
  const fb = b.flows.find((f) => f.id === 'penunjukan-lintas-perangkat-daerah')!;
  const result = compareFlows(a, fa, b, fb);
  const pairs = result.rows.map((r) => [r.a?.stepId ?? null, r.b?.stepId ?? null]);

  it('the texts say what the aligned cells will say', () => {
    expect(
      textSays(
        a,
        551,
        551,
        'Pimpinan Perangkat Daerah pemilik kinerja, mengirimkan surat permohonan pelibatan',
      ),
    ).toBe(true);
    expect(
      textSays(
        b,
        641,
        641,
        'Pimpinan Unit Organisasi pemilik kinerja terlebih dahulu mengirimkan surat permohonan pelibatan',
      ),
    ).toBe(true);
    expect(textSays(a, 552, 552, 'Pimpinan Perangkat Daerah yang dituju memproses dan menjawab')).toBe(true);
    expect(textSays(b, 643, 643, 'disetujui oleh Pejabat yang Berwenang')).toBe(true);
    expect(textSays(a, 553, 553, 'dapat diberikan surat penugasan oleh Pejabat Penilai Kinerja')).toBe(true);
    expect(
      textSays(b, 650, 650, 'Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju menugaskan'),
    ).toBe(true);
    expect(
      textSays(
        b,
        651,
        651,
        'Pimpinan Unit Organisasi akan memberikan surat penugasan dan/atau bukti penugasan',
      ),
    ).toBe(true);
    expect(
      textSays(a, 556, 556, 'menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab'),
    ).toBe(true);
    expect(textSays(b, 652, 652, 'menerima surat penugasan untuk dilaksanakan dengan penuh')).toBe(true);
    expect(textSays(a, 555, 555, 'memberikan surat jawaban dengan alasan mengapa tidak menyetujui')).toBe(
      true,
    );
  });

  it('aligns the steps row by row', () => {
    expect(pairs).toEqual([
      ['permohonan', 'permohonan-pelibatan'],
      [null, 'persetujuan-pejabat-berwenang-pemohon'],
      [null, 'penerusan-permohonan'],
      ['jawaban', 'persetujuan-pejabat-berwenang-tujuan'],
      [null, 'instruksi-penugasan'],
      [null, 'rekomendasi-pimpinan-unit'],
      [null, 'jawaban-ketersediaan'],
      [null, 'surat-jawaban-ke-pejabat-berwenang'],
      [null, 'persetujuan-surat-jawaban'],
      [null, 'surat-jawaban-ke-pemohon'],
      [null, 'penugasan'],
      ['surat-penugasan', 'surat-penugasan'],
      ['menerima-surat-penugasan', 'penerimaan-surat-penugasan'],
      ['surat-jawaban', null],
    ]);
  });

  it('each cell names the actor and document the text gives, with its lines', () => {
    const first = result.rows[0]!;
    expect(first.a).toMatchObject({
      number: 1,
      actor: 'Pimpinan Perangkat Daerah pemilik kinerja',
      recipients: ['Pimpinan Perangkat Daerah dituju'],
      document: 'surat permohonan pelibatan Pejabat Fungsional dan/atau pelaksana',
    });
    expect(first.a!.cite.lines).toEqual([551, 551]);
    expect(first.b).toMatchObject({
      number: 1,
      actor: 'Pimpinan Unit Organisasi pemilik kinerja',
      recipients: ['Pejabat yang Berwenang pemohon'],
      document: 'surat permohonan pelibatan Pejabat Fungsional atau pelaksana',
    });
    expect(first.b!.cite.lines).toEqual([641, 641]);
    // The request goes to the other agency's head in Semarang, to one's own Pejabat yang Berwenang in Lombok Barat.
    expect(first.differs).toEqual(['actor', 'recipients', 'document']);

    const decision = result.rows[3]!;
    expect(decision.a).toMatchObject({
      actor: 'Pimpinan Perangkat Daerah dituju',
      branches: expect.any(Array),
    });
    expect(decision.b).toMatchObject({ actor: 'Pejabat yang Berwenang perangkat daerah yang dituju' });
    expect(decision.a!.cite.lines).toEqual([552, 552]);
    expect(decision.b!.cite.lines).toEqual([643, 643]);

    // Lombok Barat's act of assigning (line 650) carries no letter and has no counterpart; the
    // letter itself is given by the Pejabat Penilai Kinerja in Semarang (553), by the Pimpinan
    // Unit Organisasi in Lombok Barat (651).
    const assign = result.rows[10]!;
    expect(assign.a).toBeUndefined();
    expect(assign.b).toMatchObject({ actor: 'Pejabat Penilai Kinerja dituju' });
    expect(assign.b!.document).toBeUndefined();
    expect(assign.b!.cite.lines).toEqual([650, 650]);
    const letter = result.rows[11]!;
    expect(letter.a).toMatchObject({ actor: 'Pejabat Penilai Kinerja', document: 'surat penugasan' });
    expect(letter.b).toMatchObject({
      actor: 'Pimpinan Unit Organisasi dimana Pejabat Fungsional atau pelaksana berada',
      document: 'surat penugasan dan/atau bukti penugasan secara tertulis',
    });
    expect(letter.a!.cite.lines).toEqual([553, 553]);
    expect(letter.b!.cite.lines).toEqual([651, 651]);
    expect(letter.differs).toContain('actor');

    const receive = result.rows[12]!;
    expect(receive.a!.cite.lines).toEqual([556, 556]);
    expect(receive.b!.cite.lines).toEqual([652, 652]);

    expect(result.rows[13]!.a).toMatchObject({
      actor: 'Pimpinan Perangkat Daerah dituju',
      document: 'surat jawaban',
    });
  });

  it("carries each side's notes: Semarang's conflict on who issues the letter", () => {
    expect(result.notesA.map((n) => n.id)).toContain('conflict-penetap-surat-penugasan-lintas-pd');
    expect(result.notesB.every((n) => b.notes.includes(n))).toBe(true);
  });

  it('offers flows of the same kind and scope to compare with', () => {
    expect(comparableFlows(a, fa, b).map((f) => f.id)).toEqual(['penunjukan-lintas-perangkat-daerah']);
    expect(comparableFlows(a, fa, a).map((f) => f.id)).toEqual([
      'penunjukan-lintas-perangkat-daerah-individu',
    ]);
  });
});

/**
 * One comparison checked cell by cell against the text: Semarang's Kecamatan (Lampiran II huruf b
 * angka 1, Lampiran V huruf d) against its 2-level units led by a JPT Pratama (Lampiran II huruf a
 * angka 1, Lampiran V huruf a; Pasal 13 ayat (3)).
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/model/compare';
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

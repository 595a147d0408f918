import { describe, expect, it } from 'vitest';
import { editDistance, fold, matchScore } from '../../src/model/text';

describe('search text matching', () => {
  it('folds case, accents and punctuation', () => {
    expect(fold('Dinas  Pekerjaan Umum, Penataan Ruang!')).toBe('dinas pekerjaan umum penataan ruang');
    expect(fold('Café Été')).toBe('cafe ete');
  });
  it('measures edits, transpositions included', () => {
    expect(editDistance('perhubungan', 'perhubungna')).toBe(1);
    expect(editDistance('dinas', 'dinsa')).toBe(1);
    expect(editDistance('kecamatan', 'kelurahan', 2)).toBeGreaterThan(2);
  });
  it('matches names, prefixes, typos and abbreviations', () => {
    expect(matchScore('dinas perhubungan', 'Dinas Perhubungan')).toBeGreaterThan(0);
    expect(matchScore('perhub', 'Dinas Perhubungan')).toBeGreaterThan(0);
    expect(matchScore('dinas perhubngan', 'Dinas Perhubungan')).toBeGreaterThan(0);
    expect(matchScore('RSUD', 'Rumah Sakit Umum Daerah dr. Gondo Suwarno')).toBeGreaterThan(0);
    expect(matchScore('setda', 'Sekretariat Daerah')).toBeGreaterThan(0);
    expect(matchScore('uptd puskesmas', 'UPTD Pusat Kesehatan Masyarakat')).toBeGreaterThan(0);
    expect(matchScore('dinas perhubungan', 'Dinas Kesehatan')).toBe(0);
    expect(matchScore('kelurahan', 'Kecamatan')).toBe(0);
  });
  it('ranks an exact name above a partial one', () => {
    expect(matchScore('dinas sosial', 'Dinas Sosial')).toBeGreaterThan(
      matchScore('dinas sosial', 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa'),
    );
  });
});

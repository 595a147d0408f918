/** The question parser: what is asked, and the region, scope, variant, category and jenjang named. */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/search/question/parse';

const REGIONS = [
  { id: 'semarang', name: 'Kabupaten Semarang' },
  { id: 'kaltim', name: 'Provinsi Kalimantan Timur' },
  { id: 'lombok-barat', name: 'Kabupaten Lombok Barat' },
];
const parse = (q: string) => parseQuestion(q, REGIONS);

describe('parseQuestion', () => {
  it.each([
    ['siapa penilai kinerja saya', { kind: 'relation', relation: 'penilaianKinerja' }],
    ['siapa penilai kinrja saya', { kind: 'relation', relation: 'penilaianKinerja' }],
    ['who appraises me', { kind: 'relation', relation: 'penilaianKinerja' }],
    ['siapa pimpinan unit organsasi saya', { kind: 'relation', relation: 'pimpinanUnit' }],
    ['siapa yang menugaskan saya', { kind: 'relation', relation: 'penugasan' }],
    ['who assigns me work', { kind: 'relation', relation: 'penugasan' }],
    ['siapa ketua tim saya', { kind: 'relation', relation: 'koordinasi' }],
    ['kepada siapa saya melapor', { kind: 'relation', relation: 'pertanggungjawaban' }],
    ['who do I report to', { kind: 'relation', relation: 'pertanggungjawaban' }],
    ['siapa atasan langsung saya', { kind: 'relation', relation: 'kedudukan' }],
    ['siapa yang menerbitkan surat perintah', { kind: 'issuer' }],
    ['who issues the letter', { kind: 'issuer' }],
    ['apa langkah berikutnya setelah laporan', { kind: 'nextStep' }],
    ['what is the next step', { kind: 'nextStep' }],
    ['batas waktu laporan ketua tim', { kind: 'rule', rule: 'batasWaktu' }],
    ['berapa lama masa tugas ketua tim', { kind: 'rule', rule: 'masaTugas' }],
    ['how long is the term of a team lead', { kind: 'rule', rule: 'masaTugas' }],
    ['syarat menjadi ketua tim', { kind: 'rule', rule: 'persyaratan' }],
  ])('%s', (q, intent) => {
    expect(parse(q)?.intent).toEqual(intent);
  });

  it('role words without a question are a search, not a question', () => {
    expect(parse('penilai kinerja')).toBeUndefined();
    expect(parse('Dinas Perhubungan')).toBeUndefined();
    expect(parse('constructor __proto__ toString')).toBeUndefined();
  });

  it('reads region, category and jenjang, and leaves the unit words', () => {
    const f = parse('Siapa penilai kinerja saya, JF Ahli Muda di Kecamatan Semarang?')!;
    expect(f.regions).toEqual(['semarang']);
    expect(f.categories).toEqual(['jf']);
    expect(f.jenjang).toEqual(['ahli-muda']);
    expect(f.rest).toEqual(['kecamatan']);
    expect(f.asked).toBe(true);
  });

  it('a region named by its id or with a typo', () => {
    expect(parse('siapa penilai kinerja pelaksana kaltim')?.regions).toEqual(['kaltim']);
    expect(parse('siapa penilai kinerja pelaksana kalimantan timur')?.regions).toEqual(['kaltim']);
    expect(parse('siapa penilai kinerja pelaksana lombk barat')?.regions).toEqual(['lombok-barat']);
  });

  it.each([
    ['siapa menerbitkan surat perintah penugasan dalam unit', 'dalamUnit'],
    ['siapa menerbitkan surat perintah lintas unit', 'lintasUnit'],
    ['kalau saya dipinjam dinas lain siapa menerbitkan surat perintahnya', 'lintasPerangkatDaerah'],
    ['who issues the letter when I am borrowed by another agency', 'lintasPerangkatDaerah'],
    ['siapa menerbitkan surat tugas lintas instansi', 'lintasInstansi'],
  ])('scope: %s', (q, scope) => {
    expect(parse(q)?.scope).toBe(scope);
  });

  it('variant: tim and individu', () => {
    expect(parse('siapa menerbitkan surat perintah untuk tim kerja')?.variant).toBe('tim');
    expect(parse('siapa menerbitkan surat perintah penugasan individu')?.variant).toBe('individu');
  });

  it('"pelaksanaan" is not the category pelaksana, "Tipe A" keeps its letter', () => {
    expect(parse('siapa penilai kinerja saya pada pelaksanaan tugas')?.categories).toEqual([]);
    expect(parse('who is the unit leader of a pelaksana in a uptd tipe a')?.rest).toEqual([
      'uptd',
      'tipe',
      'a',
    ]);
  });
});

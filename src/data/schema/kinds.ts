/**
 * The closed lists of the region data format: position categories and jenjang, roles, relation
 * and flow kinds, stages, scopes, variants, sides, rule kinds and subjects, note kinds, levels
 * and basis kinds. The schema picks from them; the editor and the glossary list them.
 */

export const CATEGORIES = ['jpt', 'administrator', 'pengawas', 'jf', 'pelaksana', 'kelompok'] as const;
export const JENJANG = [
  'ahli-utama',
  'ahli-madya',
  'ahli-muda',
  'ahli-pertama',
  'penyelia',
  'mahir',
  'terampil',
  'pemula',
] as const;
export const ROLES = [
  'pejabatPenilaiKinerja',
  'pimpinanUnitOrganisasi',
  'pemilikKinerja',
  'atasanLangsung',
  'ketuaTim',
  'anggotaTim',
  'pengendali',
  'pelaksanaKoordinasi',
] as const;
/**
 * Relation kinds, read "from <verb> to":
 * kedudukan: from is placed under to; pertanggungjawaban: from reports to to;
 * penilaianKinerja: from appraises to; pimpinanUnit: from leads to (Pimpinan Unit Organisasi);
 * penugasan: from assigns to; koordinasi: from coordinates to (see `as`);
 * rekomendasi: from recommends to to.
 */
export const RELATION_KINDS = [
  'kedudukan',
  'penilaianKinerja',
  'pimpinanUnit',
  'penugasan',
  'koordinasi',
  'pertanggungjawaban',
  'rekomendasi',
] as const;
export const COORDINATION_ROLES = ['ketuaTim', 'pengendali', 'pelaksanaKoordinasi'] as const;
export const STAGES = ['perencanaan', 'pelaksanaan', 'evaluasi'] as const;
export const FLOW_KINDS = [
  'mekanismeKerja',
  'penunjukan',
  'pengajuanSukarela',
  'pelaksanaanTugas',
  'pertanggungjawaban',
  'pengelolaanKinerja',
  'penetapanTim',
] as const;
export const SCOPES = ['dalamUnit', 'lintasUnit', 'lintasPerangkatDaerah', 'lintasInstansi'] as const;
export const VARIANTS = ['individu', 'tim'] as const;
export const SIDES = ['pemohon', 'tujuan', 'luar'] as const;
export const RULE_KINDS = ['persyaratan', 'masaTugas', 'batasWaktu', 'kewenangan', 'ketentuan'] as const;
export const RULE_SUBJECTS = [
  'kedudukan',
  'penugasan',
  'ketuaTim',
  'anggotaTim',
  'pengendali',
  'pelaksanaKoordinasi',
  'pelaksanaanTugas',
  'pertanggungjawaban',
  'pengelolaanKinerja',
  'teknologiInformasi',
  'prosesBisnis',
  'umum',
] as const;
export const NOTE_KINDS = ['slip', 'conflict', 'interpretation', 'silent'] as const;
export const LEVELS = ['kabupaten', 'kota', 'provinsi'] as const;
/** How an item stands in the text (see `Basis`). */
export const BASIS_KINDS = ['stated', 'derived', 'supplied'] as const;

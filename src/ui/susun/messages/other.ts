/** Susun's words for the rules, letter forms and notes. Indonesian and English side by side. */
export default {
  'susun.rules': { id: 'Ketentuan ({n})', en: 'Rules ({n})' },
  'susun.subject': { id: 'Pokok', en: 'Subject' },
  'susun.ruleText': { id: 'Bunyi ketentuan', en: 'The rule' },
  'susun.addRule': { id: 'Tambah ketentuan', en: 'Add a rule' },
  'susun.forms': { id: 'Formulir surat ({n})', en: 'Letter forms ({n})' },
  'susun.formTitle': { id: 'Judul formulir', en: 'Form title' },
  'susun.template': {
    id: 'Isi formulir, baris demi baris; {{isian}} untuk titik-titik',
    en: 'The form line by line; {{field}} for blanks',
  },
  'susun.addForm': { id: 'Tambah formulir', en: 'Add a form' },
  'susun.notes': { id: 'Catatan ({n})', en: 'Notes ({n})' },
  'susun.noteText': { id: 'Catatan', en: 'Note (Indonesian)' },
  'susun.noteTextEn': { id: 'Catatan dalam bahasa Inggris', en: 'Note in English' },
  'susun.addNote': { id: 'Tambah catatan', en: 'Add a note' },
} satisfies Record<string, { id: string; en: string }>;

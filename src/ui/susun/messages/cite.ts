/**
 * Susun's words for the citation field of every item: Kutip, the address in the text and the
 * quote. Indonesian and English side by side.
 */
export default {
  'susun.cite': { id: 'Kutip', en: 'Kutip (cite)' },
  'susun.citeFor': { id: 'Kutip untuk {what}', en: 'Cite for {what}' },
  'susun.selectFirst': { id: 'Pilih baris teks lebih dulu', en: 'Select lines of the text first' },
  'susun.uncited': { id: 'Belum dikutip', en: 'Not cited yet' },
  'susun.was': { id: 'dulu: {locator}', en: 'was: {locator}' },
  'susun.uncite': { id: 'Hapus kutipan', en: 'Remove the citation' },
  'susun.locator': {
    id: 'Alamat (pasal, ayat, huruf, angka, lampiran)',
    en: 'Address (pasal, ayat, huruf, angka, lampiran)',
  },
  'susun.quote': { id: 'Kutipan', en: 'Quote' },
} satisfies Record<string, { id: string; en: string }>;

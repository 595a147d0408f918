/**
 * Susun's words for the check: the summary over the tabs and the list of what is not cited or not
 * valid. Indonesian and English side by side.
 */
export default {
  'susun.check': { id: 'Pemeriksaan', en: 'Check' },
  'susun.checkOk': {
    id: 'Sah: setiap butir dikutip dan setiap kutipan ada di teksnya.',
    en: 'Valid: every item is cited and every quote stands in its text.',
  },
  'susun.checkCounts': {
    id: '{uncited} butir belum dikutip · {other} masalah lain',
    en: '{uncited} items not cited · {other} other problems',
  },
  'susun.checkWorkerFailed': {
    id: 'Pemeriksa draf tidak dapat dimuat, jadi draf ini belum diperiksa. Periksa sambungan internet Anda, lalu coba lagi.',
    en: 'The draft checker could not be loaded, so this draft is not checked yet. Check your internet connection, then try again.',
  },
  'susun.problems': { id: 'Masalah', en: 'Problems' },
  'susun.toCite': { id: 'Belum dikutip', en: 'Not cited yet' },
} satisfies Record<string, { id: string; en: string }>;

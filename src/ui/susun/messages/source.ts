/**
 * Susun's words for the text pane: opening or pasting the regulation, its outline, and its
 * numbered lines with the selection. Indonesian and English side by side.
 */
export default {
  'susun.source': { id: 'Teks peraturan', en: 'Regulation text' },
  'susun.openText': { id: 'Buka teks (.txt atau PDF berteks)', en: 'Open text (.txt or a text PDF)' },
  'susun.pasteText': { id: 'Tempel teks', en: 'Paste text' },
  'susun.pasteLabel': {
    id: 'Tempel seluruh teks peraturan di sini',
    en: 'Paste the whole regulation text here',
  },
  'susun.useText': { id: 'Pakai teks ini', en: 'Use this text' },
  'susun.lineCount': { id: '{n} baris · {file}', en: '{n} lines · {file}' },
  'susun.tooLarge': {
    id: 'Berkas terlalu besar ({mb} MB; batas 20 MB).',
    en: 'The file is too large ({mb} MB; the limit is 20 MB).',
  },
  'susun.readingPdf': { id: 'Membaca teks {file}…', en: 'Reading the text of {file}…' },
  'susun.noTextLayer': {
    id: 'PDF ini ({pages} halaman) tidak punya lapisan teks: isinya gambar hasil pindai. Jalankan OCR lebih dulu, atau tempel teksnya.',
    en: 'This PDF ({pages} pages) has no text layer: it is a scanned image. Run OCR first, or paste the text.',
  },
  'susun.pdfFailed': { id: 'PDF tidak dapat dibaca: {reason}', en: 'The PDF could not be read: {reason}' },
  'susun.outline': { id: 'Susunan teks', en: 'Outline of the text' },
  'susun.noOutline': {
    id: 'Belum ada BAB, Pasal atau Lampiran yang dikenali.',
    en: 'No BAB, Pasal or Lampiran recognised yet.',
  },
  'susun.linesHelp': {
    id: 'Baris teks bernomor. Pilih dengan tetikus, atau dengan papan ketik: panah untuk pindah, Shift+panah untuk memperluas pilihan.',
    en: 'Numbered lines of the text. Select with the mouse, or the keyboard: arrows move, Shift+arrows extend the selection.',
  },
  'susun.lineCut': { id: '… ({n} karakter lagi tidak ditampilkan)', en: '… ({n} more characters not shown)' },
  'susun.emptyLine': { id: 'Baris {n} (kosong)', en: 'Line {n} (empty)' },
  'susun.noSelection': { id: 'Belum ada baris yang dipilih.', en: 'No lines selected.' },
  'susun.lines': { id: 'baris {from}–{to}', en: 'lines {from}–{to}' },
  'susun.lineN': { id: 'baris {n}', en: 'line {n}' },
} satisfies Record<string, { id: string; en: string }>;

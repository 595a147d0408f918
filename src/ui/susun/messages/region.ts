/** Susun's words for the region and regulation form. Indonesian and English side by side. */
export default {
  'susun.region': { id: 'Wilayah dan peraturan', en: 'Region and regulation' },
  'susun.regionName': { id: 'Nama wilayah', en: 'Region name' },
  'susun.regionId': { id: 'Id wilayah (nama berkas)', en: 'Region id (file name)' },
  'susun.level': { id: 'Tingkat', en: 'Level' },
  'susun.province': { id: 'Provinsi', en: 'Province' },
  'susun.regType': { id: 'Jenis peraturan', en: 'Type of regulation' },
  'susun.regNumber': { id: 'Nomor', en: 'Number' },
  'susun.regYear': { id: 'Tahun', en: 'Year' },
  'susun.regDate': { id: 'Tanggal ditetapkan', en: 'Date set' },
  'susun.regTitle': { id: 'Judul (tentang)', en: 'Title' },
  'susun.sourceFile': { id: 'Nama berkas teks', en: 'Text file name' },
  'susun.regulationWhat': { id: 'peraturan', en: 'the regulation' },
} satisfies Record<string, { id: string; en: string }>;

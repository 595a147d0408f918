/** How a regulation is named wherever it is shown: its type, number and year, then its title. */
interface Named {
  type: string;
  number: string;
  year: number;
  title: string;
}

/** "Peraturan Bupati Nomor 7 Tahun 2025". */
export const regulationName = (r: Omit<Named, 'title'>): string =>
  `${r.type} Nomor ${r.number} Tahun ${r.year}`;

/** "Peraturan Bupati Nomor 7 Tahun 2025 tentang Sistem Kerja …". */
export const regulationTitle = (r: Named): string => `${regulationName(r)} tentang ${r.title}`;

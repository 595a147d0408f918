/** A generated unit type of n positions, cited to a real line, for layout stress tests. */
import type { UnitType } from '../../src/model/types';

export function syntheticUnit(n: number): UnitType {
  const cite = {
    file: 'synthetic.txt',
    locator: 'sintetis',
    lines: [1, 1] as [number, number],
    quote: 'data sintetis untuk uji beban',
  };
  const positions: UnitType['positions'] = [
    { id: 'p0', name: 'Kepala Unit Sintetis', category: 'jpt', cite },
  ];
  const relations: UnitType['relations'] = [];
  const cats = ['administrator', 'pengawas', 'jf', 'pelaksana'] as const;
  for (let i = 1; i < n; i++) {
    const parent = `p${Math.floor((i - 1) / 4)}`;
    const depth = Math.floor(Math.log(i * 3 + 1) / Math.log(4));
    positions.push({
      id: `p${i}`,
      name: `Jabatan Sintetis Nomor ${i}`,
      category: cats[Math.min(depth, 3)]!,
      cite,
    });
    relations.push({ kind: 'kedudukan', from: `p${i}`, to: parent, cite });
    if (i % 7 === 0) relations.push({ kind: 'penilaianKinerja', from: parent, to: `p${i}`, cite });
    if (i % 11 === 0 && i > 12)
      relations.push({ kind: 'koordinasi', as: 'ketuaTim', from: `p${i - 5}`, to: `p${i}`, cite });
  }
  return {
    id: `sintetis-${n}`,
    name: `Unit sintetis ${n} jabatan`,
    levels: [3],
    head: 'p0',
    positions,
    relations,
    cite,
  };
}

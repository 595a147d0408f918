/**
 * Cues of what a question narrows its answer to: the scope of an assignment (within a unit,
 * across units, across regional agencies, across institutions), the individual or team variant,
 * the category of position and the jenjang of a functional position.
 */
import type { JENJANG } from '../../../data/schema';
import type { Scope } from '../../../model/myPosition';
import { p, type Phrase } from './phrase';

export const SCOPE_CUES: readonly { scope: Scope; phrases: readonly Phrase[] }[] = [
  {
    scope: 'lintasInstansi',
    phrases: [
      p('lintas instansi'),
      p('instansi lain'),
      p('antar instansi'),
      p('another institution'),
      p('other institution'),
      p('across institutions'),
    ],
  },
  {
    scope: 'lintasPerangkatDaerah',
    phrases: [
      p('lintas perangkat daerah'),
      p('lintas pd'),
      p('lintas opd'),
      p('antar perangkat daerah'),
      p('perangkat daerah lain'),
      p('pd lain'),
      p('opd lain'),
      p('dinas lain'),
      p('badan lain'),
      p('dipinjam'),
      p('another agency'),
      p('other agency'),
      p('another department'),
      p('other department'),
      p('across agencies'),
      p('borrowed'),
    ],
  },
  {
    scope: 'lintasUnit',
    phrases: [
      p('lintas unit organisasi'),
      p('lintas unit'),
      p('antar unit'),
      p('unit lain'),
      p('unit organisasi lain'),
      p('bidang lain'),
      p('bagian lain'),
      p('another unit'),
      p('other unit'),
      p('across units'),
    ],
  },
  {
    scope: 'dalamUnit',
    phrases: [
      p('dalam unit organisasi'),
      p('dalam unit'),
      p('satu unit'),
      p('unit sendiri'),
      p('dalam perangkat daerah'),
      p('within the unit'),
      p('within my unit'),
      p('same unit'),
    ],
  },
];

export const VARIANT_CUES: readonly { variant: 'individu' | 'tim'; phrases: readonly Phrase[] }[] = [
  { variant: 'individu', phrases: [p('individu'), p('perorangan'), p('perseorangan'), p('individual')] },
  { variant: 'tim', phrases: [p('tim kerja'), p('tim'), p('team')] },
];

export type Category = 'jpt' | 'administrator' | 'pengawas' | 'jf' | 'pelaksana';

export const CATEGORY_CUES: readonly { category: Category; phrases: readonly Phrase[] }[] = [
  {
    category: 'jf',
    phrases: [p('pejabat fungsional'), p('jabatan fungsional'), p('fungsional'), p('jf'), p('functional')],
  },
  { category: 'pelaksana', phrases: [p('pelaksana'), p('staf'), p('staff'), p('executor')] },
  { category: 'pengawas', phrases: [p('pejabat pengawas'), p('pengawas'), p('supervisor')] },
  { category: 'administrator', phrases: [p('pejabat administrator'), p('administrator')] },
  { category: 'jpt', phrases: [p('pimpinan tinggi pratama'), p('jpt pratama'), p('jpt')] },
];

export type Jenjang = (typeof JENJANG)[number];

export const JENJANG_CUES: readonly { jenjang: readonly Jenjang[]; phrases: readonly Phrase[] }[] = [
  { jenjang: ['ahli-utama'], phrases: [p('ahli utama'), p('utama')] },
  { jenjang: ['ahli-madya'], phrases: [p('ahli madya'), p('madya')] },
  { jenjang: ['ahli-muda'], phrases: [p('ahli muda'), p('muda')] },
  { jenjang: ['ahli-pertama'], phrases: [p('ahli pertama')] },
  { jenjang: ['penyelia'], phrases: [p('penyelia')] },
  { jenjang: ['mahir'], phrases: [p('mahir')] },
  { jenjang: ['terampil'], phrases: [p('terampil')] },
  { jenjang: ['pemula'], phrases: [p('pemula')] },
  { jenjang: ['penyelia', 'mahir', 'terampil', 'pemula'], phrases: [p('keterampilan'), p('skill')] },
];

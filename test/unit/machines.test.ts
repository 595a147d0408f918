/**
 * Model-based tests over every flow of every bundled region: the generated machine, walked with
 * xstate/graph, stands on every step, offers exactly the transitions the data defines, reaches
 * `selesai` from every state, and has no unreachable state.
 *
 * The expected transitions are read here from the data's own `next` / `decision` fields (never
 * from the generator), and for a few flows they are written out by hand.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionData } from '../../src/data/schema';
import { coverage, variantsOf } from '../../src/machines/coverage';
import { regionFiles } from '../../scripts/sources';
import { fixture } from './fixture';
import { flow as flowOf, region as regionOf } from './regions/helpers';

type Flow = RegionData['flows'][number];
type Variant = 'individu' | 'tim';

/**
 * Where the data sends a step's event: the branch's `next`, or the step's `next`, or the step
 * written after it, or `selesai`. A step written for the other variant is passed over along the
 * same fields, unless it is a decision (the reader chooses there).
 */
function dataTransitions(flow: Flow, variant: Variant | undefined, from: ReadonlySet<string>): Set<string> {
  const chosen = variant ?? flow.variants?.[0];
  const after = (i: number) => flow.steps[i]!.next ?? flow.steps[i + 1]?.id ?? 'selesai';
  const land = (target: string, seen = new Set<string>()): string => {
    const i = flow.steps.findIndex((s) => s.id === target);
    const step = flow.steps[i];
    if (!step || seen.has(target)) return target;
    const ours = step.variant === undefined || chosen === undefined || step.variant === chosen;
    if (ours || step.decision) return target;
    return land(after(i), seen.add(target));
  };
  const out = new Set<string>();
  flow.steps.forEach((step, i) => {
    if (!from.has(step.id)) return;
    if (step.decision)
      for (const b of step.decision.branches) out.add(`${step.id} --${b.event}--> ${land(b.next)}`);
    else out.add(`${step.id} --langkah.lanjut--> ${land(after(i))}`);
  });
  return out;
}

const regions: RegionData[] = [
  fixture(),
  ...regionFiles().map((p) => JSON.parse(readFileSync(p, 'utf8')) as RegionData),
];

let totals = { flows: 0, states: 0, transitions: 0 };

for (const region of regions) {
  describe(`${region.id}: every flow as a machine`, () => {
    for (const flow of region.flows) {
      it(`${flow.id}`, () => {
        const reachedAnywhere = new Set<string>();
        for (const variant of variantsOf(flow)) {
          const cov = coverage(flow, variant);
          expect(cov.deadEnds, `dead ends (${variant ?? '-'})`).toEqual([]);
          expect(cov.pathsToEnd, `paths to selesai (${variant ?? '-'})`).toBeGreaterThan(0);
          expect([...cov.transitions].sort()).toEqual([...dataTransitions(flow, variant, cov.states)].sort());
          for (const s of flow.steps)
            if (variant && s.variant === variant) expect(cov.states.has(s.id), s.id).toBe(true);
          cov.states.forEach((s) => reachedAnywhere.add(s));
          totals = {
            flows: totals.flows,
            states: totals.states + cov.states.size,
            transitions: totals.transitions + cov.transitions.size,
          };
        }
        expect([...reachedAnywhere].sort()).toEqual(flow.steps.map((s) => s.id).sort());
        totals.flows++;
      });
    }
  });
}

/** Lombok Barat, JF leading a unit on its own: the steps both variants take, and the review. */
const LOMBOK_BARAT_SHARED = [
  'perjanjian-kinerja --langkah.lanjut--> arahan-dan-strategi',
  'arahan-dan-strategi --langkah.lanjut--> permohonan-pelibatan-lintas-unit',
  'permohonan-pelibatan-lintas-unit --langkah.lanjut--> rencana-kegiatan',
  'rencana-kegiatan --langkah.lanjut--> rincian-kegiatan',
  'rincian-kegiatan --langkah.lanjut--> pelaksanaan-kegiatan',
  'pelaksanaan-kegiatan --langkah.lanjut--> monitoring',
];
const LOMBOK_BARAT_REVIEW = [
  'peninjauan-hasil --hasil.sesuai--> selesai',
  'peninjauan-hasil --hasil.tidakSesuai--> pelaksanaan-kegiatan',
];

/** Transitions written out by hand from the data files (step order and fields as listed there). */
const STATED: { region: string; flow: string; variant?: Variant; transitions: string[] }[] = [
  {
    // Steps: permohonan; jawaban (setujui -> surat-penugasan, tolak -> surat-jawaban);
    // surat-penugasan (next menerima-surat-penugasan); surat-jawaban (next selesai); menerima-...
    region: 'semarang',
    flow: 'penunjukan-lintas-perangkat-daerah',
    transitions: [
      'permohonan --langkah.lanjut--> jawaban',
      'jawaban --keputusan.setujui--> surat-penugasan',
      'jawaban --keputusan.tolak--> surat-jawaban',
      'surat-penugasan --langkah.lanjut--> menerima-surat-penugasan',
      'surat-jawaban --langkah.lanjut--> selesai',
      'menerima-surat-penugasan --langkah.lanjut--> selesai',
    ],
  },
  {
    // menunjuk; surat-penugasan (individu); surat-keputusan-tim-kerja (tim).
    region: 'kaltim',
    flow: 'penunjukan-dalam-unit',
    variant: 'individu',
    transitions: [
      'menunjuk --langkah.lanjut--> surat-penugasan',
      'surat-penugasan --langkah.lanjut--> selesai',
    ],
  },
  {
    region: 'kaltim',
    flow: 'penunjukan-dalam-unit',
    variant: 'tim',
    transitions: [
      'menunjuk --langkah.lanjut--> surat-keputusan-tim-kerja',
      'surat-keputusan-tim-kerja --langkah.lanjut--> selesai',
    ],
  },
  {
    // 11 steps; 8 monitoring-ketua-tim (tim), 9 penyampaian-hasil-individu (individu),
    // 10 penyampaian-hasil-ketua-tim (tim); 11 peninjauan-hasil: sesuai -> selesai,
    // tidakSesuai -> pelaksanaan-kegiatan (back to step 6).
    region: 'lombok-barat',
    flow: 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri',
    variant: 'tim',
    transitions: [
      ...LOMBOK_BARAT_SHARED,
      'monitoring --langkah.lanjut--> monitoring-ketua-tim',
      'monitoring-ketua-tim --langkah.lanjut--> penyampaian-hasil-ketua-tim',
      'penyampaian-hasil-ketua-tim --langkah.lanjut--> peninjauan-hasil',
      ...LOMBOK_BARAT_REVIEW,
    ],
  },
  {
    region: 'lombok-barat',
    flow: 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri',
    variant: 'individu',
    transitions: [
      ...LOMBOK_BARAT_SHARED,
      'monitoring --langkah.lanjut--> penyampaian-hasil-individu',
      'penyampaian-hasil-individu --langkah.lanjut--> peninjauan-hasil',
      ...LOMBOK_BARAT_REVIEW,
    ],
  },
];

describe('transitions stated by hand', () => {
  for (const row of STATED) {
    it(`${row.region}/${row.flow}${row.variant ? ` (${row.variant})` : ''}`, () => {
      const cov = coverage(flowOf(regionOf(row.region), row.flow), row.variant);
      expect([...cov.transitions].sort()).toEqual([...row.transitions].sort());
    });
  }
});

describe('coverage totals', () => {
  it('walked every flow', () => {
    const expected = regions.reduce((n, r) => n + r.flows.length, 0);
    expect(totals.flows).toBe(expected);
    console.log(
      `machines: ${totals.flows} flows, ${totals.states} states, ${totals.transitions} transitions covered (${basename(import.meta.filename)})`,
    );
  });
});

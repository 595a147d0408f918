/**
 * The player over xstate's pure transitions: forward pushes a snapshot, back pops one (nothing is
 * replayed), a link's `jalur` is taken up to the first event the flow does not accept and at most
 * 500 events. Expected steps are read from the data files by hand.
 */
import { describe, expect, it } from 'vitest';
import { FlowPlayer } from '../../src/state/player.svelte';
import { playerRoute } from '../../src/ui/flow/link';
import { fixture } from './fixture';
import { flow as flowOf, region as regionOf } from './regions/helpers';

describe('history of snapshots', () => {
  // Fixture: kirim-permohonan; jawab (setujui -> surat-penugasan, tolak -> surat-jawaban);
  // surat-jawaban (next selesai); surat-penugasan; terima.
  const flow = fixture().flows[0]!;

  it('forward pushes, back pops the very moment it left', () => {
    const player = new FlowPlayer(flow);
    expect(player.stepId).toBe('kirim-permohonan');
    const first = player.now;
    expect(player.forward()).toBe(true);
    expect(player.stepId).toBe('jawab');
    expect(player.forward()).toBe(false); // a decision: the reader chooses
    const atDecision = player.now;
    expect(player.choose(2)).toBe(true);
    expect(player.stepId).toBe('surat-jawaban');
    expect(player.lastMove).toEqual({ from: 'jawab', event: 'keputusan.tolak', to: 'surat-jawaban' });
    expect(player.path).toEqual(['lanjut', 'keputusan.tolak']);
    expect(player.trail.map((t) => t.step)).toEqual(['kirim-permohonan', 'jawab', 'surat-jawaban']);
    player.back();
    expect(player.now).toBe(atDecision);
    player.back();
    expect(player.now).toBe(first);
    player.back();
    expect(player.now).toBe(first);
    expect(player.path).toEqual([]);
  });

  it('ends at selesai', () => {
    const player = new FlowPlayer(flow, undefined, ['lanjut', 'keputusan.setujui', 'lanjut', 'lanjut']);
    expect(player.done).toBe(true);
    expect(player.step).toBeUndefined();
    expect(player.trail.map((t) => t.step)).toEqual([
      'kirim-permohonan',
      'jawab',
      'surat-penugasan',
      'terima',
    ]);
  });

  it('a link is taken up to the first event the flow does not accept', () => {
    const player = new FlowPlayer(flow, undefined, [
      'lanjut',
      'keputusan.tolak',
      'keputusan.setujui',
      'lanjut',
    ]);
    expect(player.path).toEqual(['lanjut', 'keputusan.tolak']);
    expect(player.stepId).toBe('surat-jawaban');
  });
});

describe('a long jalur', () => {
  // Lombok Barat, JF leading a unit on its own (individu): eight steps forward reach
  // 11 peninjauan-hasil; "tidak sesuai" returns to 6 pelaksanaan-kegiatan, three steps lead back.
  const flow = flowOf(regionOf('lombok-barat'), 'mekanisme-kerja-jf-pimpinan-unit-kerja-mandiri');
  const loop = ['hasil.tidakSesuai', 'lanjut', 'lanjut', 'lanjut'];
  const jalur = [...Array<string>(8).fill('lanjut'), ...Array.from({ length: 3000 }, () => loop).flat()];

  it('replays at most 500 events, quickly', () => {
    expect(jalur.length).toBe(12_008);
    const started = performance.now();
    const player = new FlowPlayer(flow, 'individu', jalur);
    const ms = performance.now() - started;
    expect(player.path).toHaveLength(500);
    // 8 + 4 * 123 = 500 events: the last loop ends on peninjauan-hasil again.
    expect(player.stepId).toBe('peninjauan-hasil');
    expect(ms).toBeLessThan(5000);
  });
});

describe('variant', () => {
  // Kaltim penunjukan-dalam-unit: menunjuk; surat-penugasan (individu); surat-keputusan-tim-kerja (tim).
  const flow = flowOf(regionOf('kaltim'), 'penunjukan-dalam-unit');

  it('tim passes over the individu step', () => {
    const player = new FlowPlayer(flow, 'tim', ['lanjut']);
    expect(player.stepId).toBe('surat-keputusan-tim-kerja');
    player.setVariant('individu');
    expect(player.path).toEqual([]);
    player.forward();
    expect(player.stepId).toBe('surat-penugasan');
  });

  it('the link keeps the variant whatever unit is shown', () => {
    const player = new FlowPlayer(flow, 'tim', ['lanjut']);
    const link = (unit: string | undefined) =>
      playerRoute({ region: 'kaltim', flow, unit, variant: player.variant, path: player.path });
    expect(link('pd-tipe-1')).toEqual({
      name: 'flow',
      region: 'kaltim',
      flow: 'penunjukan-dalam-unit',
      unit: 'pd-tipe-1',
      variant: 'tim',
      path: ['lanjut'],
    });
    expect(link('pd-tipe-2')).toMatchObject({ unit: 'pd-tipe-2', variant: 'tim' });
  });
});

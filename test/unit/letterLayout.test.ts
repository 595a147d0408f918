import { describe, expect, it } from 'vitest';
import { letterLayout } from '../../src/model/letterLayout';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionData } from '../../src/data/schema';

/** The region file as published in data/: the oracle is the annex's own text. */
const regionData = (id: string): RegionData =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'data', 'regions', `${id}.json`), 'utf8'),
  ) as RegionData;

describe('letter layout (tata naskah dinas)', () => {
  it('Kaltim surat tugas: kop, centred title and number, body, signature block with place and date', () => {
    const region = regionData('kaltim');
    const form = region.forms.find((f) => f.id === 'surat-tugas')!;
    const lines = letterLayout(form.template, form.title);
    const of = (kind: string) =>
      lines
        .filter((l) => l.kind === kind)
        .map((l) => l.text.trim())
        .filter(Boolean);
    expect(of('kop')).toEqual(['KEPALA PERANGKAT DAERAH']);
    expect(of('title')).toEqual(['SURAT TUGAS']);
    expect(of('number')).toEqual(['Nomor : 100.3.5.4/{{nomor-urut}}/{{nomor-kode}}']);
    expect(of('signature')).toEqual([
      '{{nama-tempat}}, {{tanggal}}',
      'Kepala Perangkat Daerah,',
      '{{nama-lengkap-penandatangan}}',
      '{{pangkat-penandatangan}}',
      'NIP {{nip-penandatangan}}',
    ]);
    expect(of('body')).toContain('MEMERINTAHKAN:');
    expect(of('body')).toContain('Untuk : 1. {{untuk-1}}');
  });
  it('a letter that opens with its date and number has no kop; its signer still signs on the right', () => {
    const lines = letterLayout(
      [
        'Sambas, tanggal bulan tahun',
        'Nomor : 1',
        'Perihal : Permohonan',
        '',
        'Isi.',
        'Pemohon,',
        'Nama Lengkap',
      ],
      'SURAT PERMOHONAN',
    );
    expect(lines.map((l) => l.kind)).toEqual([
      'body',
      'body',
      'body',
      'body',
      'body',
      'signature',
      'signature',
    ]);
  });
});

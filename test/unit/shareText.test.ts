/** "Bagikan" without the Web Share API: the copied text carries every citation and the link back. */
import { describe, expect, it } from 'vitest';
import { catalogue, terms, type MessageKey } from '../../src/i18n/messages';
import { answerFor } from '../../src/model/myPosition';
import { href } from '../../src/state/router.svelte';
import { shareText } from '../../src/ui/position/shareText';
import { region, textSays, unit } from './regions/helpers';

const t = (key: MessageKey, params: Record<string, string | number> = {}) =>
  catalogue.id[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

describe('shared answer text', () => {
  it('quotes each line with its article and lines, the recommendation and the link that reopens the answer', () => {
    const r = region('semarang');
    const u = unit(r, 'sekretariat-daerah-asisten-perekonomian-pembangunan');
    const a = answerFor(r, u, 'jf-ahli-madya')!;
    const link = `https://example.org/${href({ name: 'myPosition', region: r.id, unit: u.id, position: 'jf-ahli-madya' })}`;
    const text = shareText(a, r, link, t, terms.id);
    // Lampiran V huruf c angka 4 (line 685): the Asisten appraises on the Kepala Bagian's recommendation.
    expect(textSays(r, 685, 685, 'dilaksanakan oleh Asisten Sekretaris Daerah')).toBe(true);
    expect(text).toContain('Pejabat Penilai Kinerja saya:');
    expect(text).toContain('- Asisten Perekonomian dan Pembangunan');
    expect(text).toContain(
      '[Lampiran V huruf c angka 4, baris 685–685: “Penilaian kinerja bagi Pejabat Fungsional Ahli Madya',
    );
    expect(text).toContain('atas rekomendasi Kepala Bagian [Lampiran V huruf c angka 4, baris 685–685');
    expect(text).toContain('Peraturan Bupati 35/2023');
    expect(text.trim().split('\n').at(-1)).toBe(`Buka jawaban ini: ${link}`);
    expect(link).toBe(
      'https://example.org/posisi/semarang/sekretariat-daerah-asisten-perekonomian-pembangunan/jf-ahli-madya/',
    );
    // Every answer line of the answer has its citation in the text.
    for (const x of [...a.placedUnder, ...a.appraisers, ...a.unitLeaders, ...a.assigners, ...a.reportsTo])
      expect(text).toContain(
        `${x.cite.locator}, baris ${x.cite.lines[0]}–${x.cite.lines[1]}: “${x.cite.quote}”`,
      );
  });

  it('says where the unit is silent and which rules apply instead', () => {
    const r = region('sambas');
    const a = answerFor(r, unit(r, 'pd-dipimpin-administrator'), 'pejabat-pengawas')!;
    const text = shareText(a, r, 'L', t, terms.id);
    expect(text).toContain(
      'Ketentuan untuk tipe unit ini: Pejabat Administrator akan menetapkan kinerja Pejabat Pengawas.',
    );
    expect(text).toContain('Berlaku umum: Pasal 1 angka 21');
  });
});

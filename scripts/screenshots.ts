/**
 * npm run screenshots: the README's pictures, from the built site (run `npm run build` first).
 * Usage: tsx scripts/screenshots.ts [baseURL]   (default: starts `vite preview` itself)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const out = (name: string) => join(root, 'docs', 'screenshots', `${name}.png`);

/** `scroll`: a selector scrolled to the top of the window first (the part of the page the picture is about). */
const SHOTS: {
  name: string;
  path: string;
  width: number;
  height: number;
  full?: boolean;
  scroll?: string;
}[] = [
  { name: 'home', path: '', width: 1280, height: 800 },
  { name: 'region', path: 'kaltim/', width: 1280, height: 900 },
  {
    name: 'chart-desktop',
    path: 'semarang/sekretariat-daerah-asisten-perekonomian-pembangunan/?jabatan=kepala-bagian-pengadaan-barang-dan-jasa',
    width: 1280,
    height: 900,
  },
  { name: 'chart-kaltim', path: 'kaltim/pd-tipe-2/', width: 1280, height: 900 },
  { name: 'chart-kaltim-360', path: 'kaltim/pd-tipe-2/', width: 360, height: 760 },
  { name: 'chart-surakarta', path: 'surakarta/badan-dinas/', width: 1280, height: 900 },
  { name: 'chart-surakarta-360', path: 'surakarta/badan-dinas/', width: 360, height: 760 },
  {
    name: 'chart-sambas',
    path: 'sambas/dinas-badan-penyederhanaan-sebagian-bidang/',
    width: 1280,
    height: 900,
  },
  {
    name: 'chart-sambas-360',
    path: 'sambas/dinas-badan-penyederhanaan-sebagian-bidang/',
    width: 360,
    height: 760,
  },
  { name: 'chart-360', path: 'semarang/kecamatan/', width: 360, height: 760 },
  { name: 'outline', path: 'semarang/kecamatan/daftar/', width: 1280, height: 900 },
  {
    name: 'player-desktop',
    path: 'semarang/alur/penunjukan-lintas-perangkat-daerah/?unit=unit-organisasi-2-level&jalur=lanjut',
    width: 1280,
    height: 900,
    scroll: '.player',
  },
  { name: 'player-step-1', path: 'semarang/alur/mekanisme-kerja-kecamatan/', width: 1280, height: 900 },
  {
    name: 'player-step-2',
    path: 'semarang/alur/mekanisme-kerja-kecamatan/?jalur=lanjut',
    width: 1280,
    height: 900,
    scroll: '.player',
  },
  {
    name: 'player-step-3',
    path: 'semarang/alur/mekanisme-kerja-kecamatan/?jalur=lanjut,lanjut,lanjut,lanjut,lanjut,lanjut',
    width: 1280,
    height: 900,
    scroll: '.player',
  },
  {
    name: 'player-360',
    path: 'semarang/alur/mekanisme-kerja-kecamatan/?jalur=lanjut,lanjut,lanjut',
    width: 360,
    height: 760,
    scroll: '.player',
  },
  {
    name: 'posisi-saya-360',
    path: 'posisi/semarang/kecamatan/jf-ahli-muda/',
    width: 360,
    height: 760,
    full: true,
  },
  { name: 'compare', path: 'banding/?a=semarang/kecamatan&b=kaltim/pd-tipe-2', width: 1280, height: 1000 },
  { name: 'import', path: 'impor/', width: 1280, height: 800 },
  {
    name: 'presentation-720',
    path: 'presentasi/?dek=kaltim/pd-tipe-2,semarang/alur/penunjukan-lintas-perangkat-daerah@unit-organisasi-2-level&butir=1&jalur=lanjut&tur=1',
    width: 1280,
    height: 720,
  },
  { name: 'presentation-1080', path: 'presentasi/?dek=surakarta/badan-dinas', width: 1920, height: 1080 },
  { name: 'letter', path: 'sambas/surat/surat-penolakan/', width: 1280, height: 900 },
  { name: 'embed', path: 'sematkan/kaltim/pd-tipe-3/', width: 900, height: 760 },
];

async function main() {
  let base = process.argv[2];
  let server: ReturnType<typeof spawn> | undefined;
  if (!base) {
    server = spawn('npx', ['vite', 'preview', '--port', '4190', '--strictPort', '--host', '127.0.0.1'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    base = 'http://127.0.0.1:4190/';
    await new Promise((r) => setTimeout(r, 2500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu'],
  });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    const response = await page.goto(base + shot.path);
    if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status()}`);
    await page
      .waitForSelector('html.hydrated', { state: 'attached', timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
    if (shot.scroll)
      await page.evaluate(
        (sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }),
        shot.scroll,
      );
    await page.waitForTimeout(800);
    await page.screenshot({ path: out(shot.name), fullPage: shot.full ?? false });
    await page.close();
    console.log(`docs/screenshots/${shot.name}.png`);
  }
  await browser.close();
  server?.kill();
}
void main();

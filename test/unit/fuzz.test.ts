/**
 * Loader fuzzing: mutated and truncated region files never make the validator throw, and every
 * problem it reports names a JSON path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateRegion, validateRegionText } from '../../src/data/validate';
import { regionFiles } from '../../scripts/sources';
import { fixtureText } from './fixture';

/** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  '',
  'x',
  '<script>alert(1)</script>',
  [],
  {},
  [null],
  { id: 1 },
  'selesai',
  1e308,
];

function mutateJson(value: unknown, random: () => number): unknown {
  const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        paths.push({ parent: v, key: i });
        walk(c);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        paths.push({ parent: v as Record<string, unknown>, key: k });
        walk(c);
      }
    }
  };
  walk(value);
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n && paths.length > 0; i++) {
    const { parent, key } = paths[Math.floor(random() * paths.length)]!;
    const op = random();
    if (op < 0.35)
      (parent as Record<string | number, unknown>)[key] = NASTY[Math.floor(random() * NASTY.length)];
    else if (op < 0.6) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key as string];
    } else if (op < 0.8) {
      const target = (parent as Record<string | number, unknown>)[key];
      if (typeof target === 'string')
        (parent as Record<string | number, unknown>)[key] = target.slice(
          0,
          Math.floor(random() * target.length),
        );
      else if (Array.isArray(target)) target.push(target[0]);
    } else (parent as Record<string | number, unknown>)[key] = 'x'.repeat(Math.floor(random() * 50));
  }
  return value;
}

const corpora = [
  { name: 'fixture', text: fixtureText() },
  ...regionFiles().map((p) => ({ name: p, text: readFileSync(p, 'utf8') })),
];

describe('loader fuzzing', () => {
  it('1000 structural mutations: no throw, every issue has a path', () => {
    const random = rng(20261124);
    let invalid = 0;
    for (let i = 0; i < 1000; i++) {
      const corpus = corpora[i % corpora.length]!;
      const mutated = mutateJson(JSON.parse(corpus.text), random);
      const result = validateRegion(mutated, `fuzz-${i}.json`);
      if (!result.ok) {
        invalid++;
        for (const issue of result.issues) {
          expect(issue.path).toMatch(/^\$/);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.file).toBe(`fuzz-${i}.json`);
        }
      }
    }
    expect(invalid).toBeGreaterThan(900);
  });

  it('500 truncations and byte flips: no throw, every issue has a path', () => {
    const random = rng(7);
    for (let i = 0; i < 500; i++) {
      const text = corpora[i % corpora.length]!.text;
      const cut = Math.floor(random() * text.length);
      const broken =
        i % 2 === 0
          ? text.slice(0, cut)
          : text.slice(0, cut) + String.fromCharCode(Math.floor(random() * 128)) + text.slice(cut + 1);
      const result = validateRegionText(broken, 'broken.json');
      for (const issue of result.issues) expect(issue.path).toMatch(/^\$/);
    }
  });
});

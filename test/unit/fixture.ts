import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionData } from '../../src/data/schema';

export const FIXTURE_PATH = join(import.meta.dirname, '..', 'fixtures', 'minimal.json');
export const fixtureText = (): string => readFileSync(FIXTURE_PATH, 'utf8');
/** A fresh, mutable copy of the minimal valid region. */
export const fixture = (): RegionData => JSON.parse(fixtureText()) as RegionData;

/** npm run validate [file...]: ok, or every error with file, JSON path and reason. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { validateRegionBytes } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { conventionWarnings } from '../src/data/conventions';
import { readSources, regionFiles } from './sources';

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : regionFiles();
const sources = readSources();
const ids = new Map<string, string>();
let failed = 0;
for (const path of targets) {
  const name = relative(process.cwd(), path);
  let bytes: Buffer;
  try {
    // Bytes, not text: the validator decodes them strictly, as the import page does.
    bytes = readFileSync(path);
  } catch (error) {
    console.error(`${name}: $: tidak dapat dibaca (${(error as Error).message})`);
    failed++;
    continue;
  }
  const result = validateRegionBytes(bytes, name, { sources });
  if (!result.ok) {
    failed++;
    for (const issue of result.issues) console.error(formatIssue(issue));
    console.error(`${name}: ${result.issues.length} masalah`);
    continue;
  }
  const other = ids.get(result.region.id);
  if (other) {
    failed++;
    console.error(`${name}: $.id: id wilayah "${result.region.id}" sudah dipakai oleh ${other}`);
    continue;
  }
  ids.set(result.region.id, name);
  const r = result.region;
  const steps = r.flows.reduce((n, f) => n + f.steps.length, 0);
  const warnings = conventionWarnings(r);
  for (const w of warnings) console.warn(`${name}: ${w.path}: peringatan: ${w.message}`);
  console.log(
    `ok ${name}: ${r.unitTypes.length} tipe unit, ${r.flows.length} alur, ${steps} langkah, ${r.rules.length} ketentuan, ${r.forms.length} formulir, ${r.notes.length} catatan${warnings.length ? `, ${warnings.length} peringatan konvensi` : ''}`,
  );
}
if (targets.length === 0) console.error('tidak ada berkas wilayah di data/regions');
process.exit(failed > 0 || targets.length === 0 ? 1 : 0);

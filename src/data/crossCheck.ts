/**
 * Checks across a schema-valid region file: unique ids, references that resolve, and flows
 * whose every step is reachable and can reach the end. Each problem names its JSON path.
 */
import type { RegionData } from './schema';
import { formatPath, type DataIssue, type PathItem } from './issues';
import { END, relationKey } from '../model/flowGraph';
import { RESERVED_REGION_IDS, RESERVED_UNIT_IDS } from '../routes';
import { checkBases } from './crossCheck/bases';
import { citations } from './crossCheck/citations';
import { checkFlow } from './crossCheck/flow';
import { checkFormerIds, knownIds, uniqueIds } from './crossCheck/ids';
import { checkUnit } from './crossCheck/unit';

// Kept for older imports: the rules themselves live in the model.
export { END, relationKey };
export { citations, type CitationAt } from './crossCheck/citations';
export { RESERVED_REGION_IDS };

export function crossCheck(region: RegionData, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (path: PathItem[], message: string) =>
    issues.push({ file, path: formatPath(path), message });

  if (RESERVED_REGION_IDS.has(region.id))
    report(['id'], `id wilayah "${region.id}" dicadangkan untuk halaman aplikasi; pilih id lain`);
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (file.endsWith('.json') && expectedId !== region.id && !file.startsWith('import:'))
    report(['id'], `id wilayah "${region.id}" tidak sama dengan nama berkas "${expectedId}.json"`);

  const unitIds = uniqueIds(region.unitTypes, ['unitTypes'], 'tipe unit', report);
  region.unitTypes.forEach((unit, u) => {
    // "alur" and "surat" are the second path segments of flow and letter links (<region>/alur/<flow>/).
    if (RESERVED_UNIT_IDS.has(unit.id))
      report(['unitTypes', u, 'id'], `id "${unit.id}" dicadangkan untuk tautan; pilih id lain`);
  });
  region.unitTypes.forEach((unit, u) => checkUnit(unit, ['unitTypes', u], report));

  const formIds = uniqueIds(region.forms, ['forms'], 'formulir', report);
  const flowIds = uniqueIds(region.flows, ['flows'], 'alur', report);
  region.flows.forEach((flow, f) => checkFlow(flow, ['flows', f], region, unitIds, formIds, report));

  const ruleIds = uniqueIds(region.rules, ['rules'], 'ketentuan', report);
  region.rules.forEach((rule, r) =>
    rule.unitTypes?.forEach((id, i) => {
      if (!unitIds.has(id)) report(['rules', r, 'unitTypes', i], `tipe unit "${id}" tidak ada di berkas ini`);
    }),
  );

  region.forms.forEach((form, f) => {
    const fieldIds = uniqueIds(form.fields, ['forms', f, 'fields'], 'isian', report);
    const used = new Set<string>();
    form.template.forEach((line, l) => {
      for (const m of line.matchAll(/\{\{([^}]*)\}\}/g)) {
        const id = m[1] ?? '';
        used.add(id);
        if (!fieldIds.has(id))
          report(['forms', f, 'template', l], `isian "{{${id}}}" tidak ada di daftar fields`);
      }
    });
    form.fields.forEach((field, i) => {
      if (!used.has(field.id))
        report(['forms', f, 'fields', i], `isian "${field.id}" tidak dipakai di template`);
    });
  });

  const noteIds = uniqueIds(region.notes, ['notes'], 'catatan', report);
  checkBases(region, noteIds, report);
  checkFormerIds(region, report);
  region.offices?.forEach((office, o) => {
    office.unitTypes.forEach((id, i) => {
      if (!unitIds.has(id))
        report(['offices', o, 'unitTypes', i], `tipe unit "${id}" tidak ada di berkas ini`);
    });
    if ((office.cite === undefined) === (office.common === undefined))
      report(
        ['offices', o],
        'nama kantor perlu tepat satu dari "cite" (nama dari teks) atau "common": true (nama umum, bukan dari teks)',
      );
    if (office.unitTypes.length > 1)
      office.unitTypes.forEach((id, i) => {
        const unit = region.unitTypes.find((u) => u.id === id);
        if (unit && !unit.criterion)
          report(
            ['offices', o, 'unitTypes', i],
            `tipe unit "${id}" perlu "criterion" agar pejabat dapat memilih di antara beberapa tipe`,
          );
      });
  });
  const known = knownIds(region, unitIds, flowIds, ruleIds, formIds);
  region.notes.forEach((note, n) =>
    note.about?.forEach((ref, i) => {
      if (!known.has(ref))
        report(['notes', n, 'about', i], `"${ref}" tidak merujuk ke id mana pun di berkas ini`);
    }),
  );

  for (const { path, citation } of citations(region)) {
    if (citation.file !== region.source)
      report(
        [...path, 'file'],
        `kutipan merujuk "${citation.file}", bukan sumber wilayah "${region.source}"`,
      );
  }
  return issues;
}

/**
 * A flow step on its unit type's chart as one standalone SVG document (the player's "Unduh SVG"):
 * the chart, the parties outside the unit, the frames round the step's actor and recipients, its
 * "tafsir" marks where the step card shows them, and under the chart the step in words, what its
 * marks mean (the note, the general rule), the decision's branches (one the text leaves open says
 * so) and the citation. Pure: a string from the layout, no DOM; text escaped, never markup.
 */
import { catalogue, terms, type Lang, type MessageKey } from '../i18n/messages';
import { regulationTitle } from '../model/regulation';
import { FONT, wrap } from '../layout/measure';
import type { ChartLayout } from '../layout/types';
import { reading, undefinedBranch } from '../model/basis';
import { branchText, leadsTo, questionText, stepText } from '../model/stepText';
import type { Flow, FlowStep, Region, UnitType } from '../model/types';
import { MARK_PAD, markBadges, markLabels, stepOverlay, type FlowScene } from './flowOverlay';
import { boxSvg, chartLayer, escapeXml, markerDefs } from './svgExport';

const INK = '#1a1f24';
const MUTED = '#4a5560';
const TAFSIR = '#7a5200';
const FRAME: Record<'actor' | 'recipient' | 'cc', string> = {
  actor: 'stroke="#0b5cab" stroke-width="4"',
  recipient: 'stroke="#1b6e3a" stroke-width="4" stroke-dasharray="8 4"',
  cc: 'stroke="#4a5560" stroke-width="2" stroke-dasharray="2 4"',
};

const say = (lang: Lang, key: MessageKey, params: Record<string, string | number> = {}) =>
  catalogue[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : '',
  );

/** The lines under the chart: the step, its marks in words, the branches, the citation. */
export function stepWords(
  region: Region,
  flow: Flow,
  step: FlowStep,
  lang: Lang,
): { text: string; tafsir: boolean }[] {
  const out: { text: string; tafsir: boolean }[] = [{ text: stepText(flow, step, lang).line, tafsir: false }];
  if (step.document) out.push({ text: `${say(lang, 'flow.document')}: ${step.document}`, tafsir: false });
  const explain = (basis: FlowStep['basis'], prefix: string) => {
    const read = reading(basis, region.notes);
    if (!read) return;
    const note = read.note ? (lang === 'en' ? read.note.textEn : read.note.text) : '';
    const why = say(lang, read.kind === 'derived' ? 'tafsir.derived' : 'tafsir.supplied');
    out.push({ text: `${prefix}${say(lang, 'tafsir.mark')}: ${why} ${note}`.trim(), tafsir: true });
    if (read.rule)
      out.push({
        text: `${say(lang, 'tafsir.generalRule', { locator: read.rule.locator })}: “${read.rule.quote}”`,
        tafsir: true,
      });
  };
  explain(step.basis, '');
  const question = questionText(step, lang);
  if (step.decision && question) {
    out.push({ text: `${say(lang, 'flow.decision')}: ${question.text}`, tafsir: false });
    for (const b of step.decision.branches) {
      const open = undefinedBranch(b) ? ` — ${say(lang, 'tafsir.undefinedBranch')}` : '';
      const label = branchText(b, lang).text;
      out.push({ text: `→ ${label}: ${leadsTo(flow, step.id, b.next, lang)}${open}`, tafsir: open !== '' });
      if (!open) explain(b.basis, `${label} — `);
    }
  }
  const c = step.cite;
  out.push({
    text: `${c.locator} (${say(lang, 'cite.lines', { from: c.lines[0], to: c.lines[1] })}): “${c.quote}”`,
    tafsir: false,
  });
  return out;
}

export function flowStepSvg(
  region: Region,
  flow: Flow,
  unit: UnitType,
  layout: ChartLayout,
  scene: FlowScene,
  step: FlowStep,
  lang: Lang,
): string {
  const pad = 24;
  const width = Math.max(scene.width, 560) + pad * 2;
  const textWidth = width - pad * 2;
  const overlay = stepOverlay(layout, scene, step);
  const n = flow.steps.indexOf(step) + 1;
  const titleLines = wrap(flow.name, textWidth, { weight: 'semibold', size: 18 });
  const stage = step.stage ? ` · ${terms[lang].stage[step.stage]}` : '';
  const subtitle = `${say(lang, 'player.stepOf', { n, total: flow.steps.length })}${stage}`;
  const top = pad + titleLines.length * 24 + 20 + 16;
  let y = top + scene.height + 20;
  const words = stepWords(region, flow, step, lang).map((w) => {
    const lines = wrap(w.text, textWidth, FONT.small);
    const at = y;
    y += lines.length * 15 + 6;
    return { ...w, lines, at };
  });
  const footer = wrap(`${regulationTitle(region.regulation)} · ${flow.cite.locator}`, textWidth, {
    weight: 'regular',
    size: 11,
  });
  const footerTop = y + 10;
  const height = footerTop + footer.length * 15 + pad;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans', sans-serif">`,
    `<title>${escapeXml(flow.name)} — ${escapeXml(subtitle)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...markerDefs(),
  ];
  titleLines.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${pad + 18 + i * 24}" font-size="18" font-weight="600" fill="${INK}">${escapeXml(line)}</text>`,
    ),
  );
  out.push(
    `<text x="${pad}" y="${pad + titleLines.length * 24 + 14}" font-size="13" fill="${MUTED}">${escapeXml(subtitle)}</text>`,
    `<g transform="translate(${pad},${top})">`,
    ...chartLayer(unit, layout, lang),
  );
  for (const box of scene.external) out.push(...boxSvg(box, '', lang));
  const frames = [
    ...overlay.actor.map((b) => ['actor', b] as const),
    ...overlay.recipients.map((b) => ['recipient', b] as const),
    ...overlay.cc.map((b) => ['cc', b] as const),
  ];
  for (const [role, b] of frames)
    out.push(
      `<rect class="mark-${role}" x="${b.x - MARK_PAD}" y="${b.y - MARK_PAD}" width="${b.width + MARK_PAD * 2}" height="${b.height + MARK_PAD * 2}" rx="9" fill="none" ${FRAME[role]}/>`,
    );
  for (const b of markBadges(overlay, markLabels(overlay.tafsir, lang)))
    out.push(
      `<g class="step-tafsir" transform="translate(${b.x},${b.y})"><rect width="${b.width}" height="${FONT.badge.height}" rx="3" fill="#fff8ec" stroke="${TAFSIR}" stroke-dasharray="3 2"/><text x="${FONT.badge.padX}" y="${FONT.badge.height - 4.5}" font-size="${FONT.badge.size}" font-weight="600" fill="${TAFSIR}">${escapeXml(b.label)}</text></g>`,
    );
  out.push('</g>');
  for (const w of words)
    w.lines.forEach((line, j) =>
      out.push(
        `<text x="${pad}" y="${w.at + 11 + j * 15}" font-size="${FONT.small.size}" fill="${w.tafsir ? TAFSIR : INK}">${escapeXml(line)}</text>`,
      ),
    );
  footer.forEach((line, i) =>
    out.push(
      `<text x="${pad}" y="${footerTop + 11 + i * 15}" font-size="11" fill="${MUTED}">${escapeXml(line)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** The words drawn in a chart box, per language: shared by layout (sizes) and renderers (text). */
import { terms, type Lang } from '../i18n/messages';
import type { Position, Role } from '../model/types';
import type { BoxContent, BoxLabels } from './box';

export const LANGS: readonly Lang[] = ['id', 'en'];

export function subtitleOf(p: Position, lang: Lang, memberCount?: number): string {
  const t = terms[lang];
  if (p.category === 'kelompok' && memberCount !== undefined)
    return t.groupSize.replace('{n}', String(memberCount));
  const jenjang = p.jenjang?.map((j) => t.jenjang[j]).join(', ');
  return jenjang ? `${t.category[p.category]} · ${jenjang}` : t.category[p.category];
}

export function badgeLabels(roles: readonly Role[], lang: Lang): string[] {
  return roles.map((r) => terms[lang].role[r]);
}

export function boxLabels(p: Position, roles: readonly Role[], lang: Lang, memberCount?: number): BoxLabels {
  return { subtitle: subtitleOf(p, lang, memberCount), badges: badgeLabels(roles, lang) };
}

/** Everything a position's box says, in both languages. */
export function positionContent(p: Position, roles: readonly Role[], memberCount?: number): BoxContent {
  return {
    name: p.name,
    faces: {
      id: boxLabels(p, roles, 'id', memberCount),
      en: boxLabels(p, roles, 'en', memberCount),
    },
  };
}

/**
 * Susun's own words (Indonesian, English), kept out of the shared catalogue so that the first
 * view does not carry them: they load with the Susun chunk. One file per part of the page in
 * ./messages/, Indonesian and English side by side for every key (a key without its English does
 * not type-check); the parts share no key.
 */
import { format, i18n } from '../../i18n/i18n.svelte';
import page from './messages/page';
import source from './messages/source';
import cite from './messages/cite';
import region from './messages/region';
import unit from './messages/unit';
import flow from './messages/flow';
import other from './messages/other';
import check from './messages/check';
import exporting from './messages/export';

const all = { ...page, ...source, ...cite, ...region, ...unit, ...flow, ...other, ...check, ...exporting };

export type SusunKey = keyof typeof all;

/** A Susun message in the reader's language. */
export const t = (key: SusunKey, params: Record<string, string | number> = {}): string =>
  format(all[key][i18n.lang === 'en' ? 'en' : 'id'], params);

/**
 * The one message catalogue: Indonesian first, English beside it for every key, one file per part
 * of the app in ./messages/ (a key without its English does not type-check). Domain terms follow
 * ../shared/GLOSSARY.md and stay in Indonesian in the English UI where the regulations' own words
 * are the clearest (Pejabat Penilai Kinerja, tim kerja, ...).
 */
import site from './messages/site';
import chart from './messages/chart';
import flow from './messages/flow';
import position from './messages/position';
import present from './messages/present';
import compare from './messages/compare';
import importing from './messages/import';
import status from './messages/status';
import search from './messages/search';
import answer from './messages/answer';

/** Every part's messages; the parts share no key (test/unit/messages.test.ts). */
export const PARTS = [
  site,
  chart,
  flow,
  position,
  present,
  compare,
  importing,
  status,
  search,
  answer,
] as const;
const all = {
  ...site,
  ...chart,
  ...flow,
  ...position,
  ...present,
  ...compare,
  ...importing,
  ...status,
  ...search,
  ...answer,
};

export type MessageKey = keyof typeof all;
export type Lang = 'id' | 'en';

const inLang = (lang: Lang) =>
  Object.fromEntries(Object.entries(all).map(([key, both]) => [key, both[lang]])) as Record<
    MessageKey,
    string
  >;
export const catalogue: Record<Lang, Record<MessageKey, string>> = { id: inLang('id'), en: inLang('en') };

export { terms } from './terms';

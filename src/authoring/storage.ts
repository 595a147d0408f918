/**
 * Drafts kept in this browser's IndexedDB (database "bagan-susun"), never sent anywhere. The
 * source text is stored apart from the draft, so autosaving a form does not rewrite 5 MB.
 * Browser-only: call from effects and handlers.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { Draft } from './draft';

export interface DraftSummary {
  key: string;
  title: string;
  updated: number;
}

let store: UseStore | undefined;
const db = (): UseStore => (store ??= createStore('bagan-susun', 'drafts'));

export async function listDrafts(): Promise<DraftSummary[]> {
  const all = (await keys(db())).filter((k): k is string => typeof k === 'string' && k.startsWith('draft:'));
  const drafts = await Promise.all(all.map((k) => get<Draft>(k, db())));
  return drafts
    .filter((d): d is Draft => d !== undefined)
    .map((d) => ({ key: d.key, title: d.title, updated: d.updated }))
    .sort((a, b) => b.updated - a.updated);
}

export const loadDraft = (key: string): Promise<Draft | undefined> => get<Draft>(`draft:${key}`, db());
export const saveDraft = (draft: Draft): Promise<void> => set(`draft:${draft.key}`, draft, db());
export const loadSource = (key: string): Promise<string | undefined> => get<string>(`source:${key}`, db());
export const saveSource = (key: string, text: string): Promise<void> => set(`source:${key}`, text, db());

export async function deleteDraft(key: string): Promise<void> {
  await del(`draft:${key}`, db());
  await del(`source:${key}`, db());
}

/**
 * Passing a Posisi saya answer on: the system's share sheet where there is one, else the
 * clipboard, else the text shown to be copied by hand. Made by the page, so how the last share
 * went stays said while the reader moves on.
 */
import type { Region } from '../../model/types';
import { answerFor } from '../../model/myPosition';
import { unitType } from '../../model/queries';
import { i18n } from '../../i18n/i18n.svelte';
import { shareText } from './shareText';

export class AnswerShare {
  /** How the last share went, when it did not go through the share sheet. */
  status = $state<'copied' | 'failed' | undefined>(undefined);
  /** The text to copy by hand when the clipboard refused it. */
  fallback = $state('');

  constructor(private readonly link: (region?: string, unit?: string, position?: string) => string) {}

  async share(region: Region, unitIdNow: string, positionIdNow: string) {
    const unit = unitType(region, unitIdNow);
    const answer = unit ? answerFor(region, unit, positionIdNow) : undefined;
    if (!answer) return;
    const url = new URL(this.link(region.id, unitIdNow, positionIdNow), document.baseURI).href;
    const text = shareText(answer, region, url, i18n.t, i18n.terms);
    const title = i18n.t('me.shareTitle', { position: answer.position.name });
    this.status = undefined;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(text);
      this.status = 'copied';
    } catch {
      this.fallback = text;
      this.status = 'failed';
    }
  }
}

/**
 * The embed's postMessage protocol. The embedded page (inside `<iframe sandbox="allow-scripts …">`)
 * sends to its parent:
 *   { source: 'bagan-sistem-kerja', version: 1, type: 'ready',  view: 'chart' | 'flow' | 'error' }
 *   { source: 'bagan-sistem-kerja', version: 1, type: 'resize', height: <CSS px> }
 *   { source: 'bagan-sistem-kerja', version: 1, type: 'step',   ... }   (a flow moved; since v2)
 * Version 2 only adds fields, so `version` stays 1 and a version-1 host keeps working; a host
 * that knows more reads `revision: 2` and the context of every message:
 *   lang: 'id' | 'en', region, unit?, flow?, step?: { id, number, done }
 * The host must check `event.source === iframe.contentWindow` (the sandboxed frame's origin is
 * opaque, "null", so the origin cannot be checked) and the `source` and `version` fields.
 */
export const PROTOCOL_SOURCE = 'bagan-sistem-kerja';
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_REVISION = 2;

/** Where the embed stands: which flow step (1-based number), or that the flow has ended. */
export interface EmbedStep {
  id: string | undefined;
  number: number;
  done: boolean;
}

/** What the embed shows, sent with every message (revision 2). */
export interface EmbedContext {
  lang: 'id' | 'en';
  region?: string;
  unit?: string;
  flow?: string;
  step?: EmbedStep;
}

export type EmbedBody =
  { type: 'ready'; view: 'chart' | 'flow' | 'error' } | { type: 'resize'; height: number } | { type: 'step' };

export type EmbedMessage = EmbedBody &
  EmbedContext & {
    source: typeof PROTOCOL_SOURCE;
    version: typeof PROTOCOL_VERSION;
    revision: typeof PROTOCOL_REVISION;
  };

export function message(body: EmbedBody, context: EmbedContext = { lang: 'id' }): EmbedMessage {
  return {
    source: PROTOCOL_SOURCE,
    version: PROTOCOL_VERSION,
    revision: PROTOCOL_REVISION,
    ...context,
    ...body,
  };
}

export function isEmbedMessage(data: unknown): data is EmbedMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === PROTOCOL_SOURCE &&
    (data as { version?: unknown }).version === PROTOCOL_VERSION
  );
}

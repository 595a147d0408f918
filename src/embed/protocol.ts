/**
 * The embed's postMessage protocol, version 1. The embedded page (inside
 * `<iframe sandbox="allow-scripts">`) sends to its parent:
 *   { source: 'bagan-sistem-kerja', version: 1, type: 'ready',  view: 'chart' | 'flow' | 'error' }
 *   { source: 'bagan-sistem-kerja', version: 1, type: 'resize', height: <CSS px> }
 * The host must check `event.source === iframe.contentWindow` (the sandboxed frame's origin is
 * opaque, "null", so the origin cannot be checked) and the `source` and `version` fields.
 */
export const PROTOCOL_SOURCE = 'bagan-sistem-kerja';
export const PROTOCOL_VERSION = 1;

export type EmbedMessage =
  | {
      source: typeof PROTOCOL_SOURCE;
      version: typeof PROTOCOL_VERSION;
      type: 'ready';
      view: 'chart' | 'flow' | 'error';
    }
  | { source: typeof PROTOCOL_SOURCE; version: typeof PROTOCOL_VERSION; type: 'resize'; height: number };

export function message(
  body: { type: 'ready'; view: 'chart' | 'flow' | 'error' } | { type: 'resize'; height: number },
): EmbedMessage {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, ...body } as EmbedMessage;
}

export function isEmbedMessage(data: unknown): data is EmbedMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === PROTOCOL_SOURCE &&
    (data as { version?: unknown }).version === PROTOCOL_VERSION
  );
}

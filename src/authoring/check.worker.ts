/// <reference lib="webworker" />
/**
 * Checks the draft off the main thread as the forms change: schema, references, flow graph and
 * every quote against the source text (kept here between checks, so a 5 MB text crosses once).
 */
import { checkDraft } from './draft';
import type { CheckRequest, CheckResponse } from './checkProtocol';

let source: string | undefined;

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const message = event.data;
  if (message.type === 'source') {
    source = message.text;
    return;
  }
  const started = performance.now();
  let response: CheckResponse;
  try {
    response = { id: message.id, issues: checkDraft(message.region, source), ms: 0 };
  } catch (error) {
    response = {
      id: message.id,
      issues: [{ file: 'draft', path: '$', message: error instanceof Error ? error.message : String(error) }],
      ms: 0,
    };
  }
  response.ms = performance.now() - started;
  (self as unknown as Worker).postMessage(response);
};

/// <reference lib="webworker" />
/**
 * Reads and validates an imported (or kept) file off the main thread, tells each phase as it starts, and
 * points each problem at its line and column in the file. A region that passes comes back with
 * its `impor-` id and as the JSON text to keep.
 */
import { validateRegionBytes, validateRegionText } from './validate';
import { stripBom } from './textDoor';
import { locate } from './locate';
import {
  importedId,
  type ImportRequest,
  type ImportResponse,
  type KeptState,
  type ValidationPhase,
} from './importProtocol';
import { keptText } from '../state/keptRegions';

const post = (response: ImportResponse) => (self as unknown as Worker).postMessage(response);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, file, fileName } = event.data;
  const onPhase = (phase: ValidationPhase) => post({ id, kind: 'progress', phase });
  // A file picked is read here, off the page's thread.
  let bytes = event.data.bytes;
  if (file) {
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      post({ id, kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  try {
    let text = event.data.text;
    const result =
      bytes !== undefined
        ? (() => {
            const got = validateRegionBytes(new Uint8Array(bytes), fileName, { onPhase });
            text = got.text;
            return got;
          })()
        : validateRegionText(text ?? '', fileName, { onPhase });
    if (result.ok) {
      const region = { ...result.region, id: importedId(result.region.id) };
      // The file as it was given, with only its id changed: what "Simpan" keeps.
      const json = JSON.parse(stripBom(text ?? '')) as Record<string, unknown>;
      const out = JSON.stringify({ ...json, id: region.id });
      const stored = event.data.kept ?? null;
      const keptNow = keptText({ getItem: () => stored, setItem: () => {}, removeItem: () => {} }, region.id);
      const kept: KeptState = keptNow === undefined ? 'no' : keptNow === out ? 'yes' : 'other';
      post({ id, kind: 'done', ok: true, region, text: out, kept });
      return;
    }
    onPhase('locate');
    const located = text !== undefined;
    post({
      id,
      kind: 'done',
      ok: false,
      issues: result.issues.slice(0, 500).map((issue) => ({
        ...issue,
        ...(located && issue.path !== '$' ? locate(text ?? '', issue.path) : {}),
      })),
      total: result.issues.length,
    });
  } catch (error) {
    post({
      id,
      kind: 'done',
      ok: false,
      issues: [
        { file: fileName, path: '$', message: error instanceof Error ? error.message : String(error) },
      ],
      total: 1,
    });
  }
};

/// <reference lib="webworker" />
/**
 * Validates an imported (or kept) file off the main thread, tells each phase as it starts, and
 * points each problem at its line and column in the file. A region that passes comes back with
 * its `impor-` id and as the JSON text to keep.
 */
import { validateRegionBytes, validateRegionText } from './validate';
import { stripBom } from './textDoor';
import { locate } from './locate';
import { importedId, type ImportRequest, type ImportResponse, type ValidationPhase } from './importProtocol';

const post = (response: ImportResponse) => (self as unknown as Worker).postMessage(response);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, bytes, fileName } = event.data;
  const onPhase = (phase: ValidationPhase) => post({ id, kind: 'progress', phase });
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
      post({ id, kind: 'done', ok: true, region, text: JSON.stringify({ ...json, id: region.id }) });
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

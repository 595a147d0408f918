/// <reference lib="webworker" />
/**
 * Validates an imported file off the main thread (a file of tens of MB must not freeze the page)
 * and points each problem at its line and column in the file.
 */
import { validateRegionText } from './validate';
import { locate } from './locate';
import type { ImportRequest, ImportResponse } from './importProtocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, text, fileName, maxChars } = event.data;
  let response: ImportResponse;
  try {
    const result = validateRegionText(text, fileName, { maxChars });
    if (result.ok) response = { id, ok: true, region: result.region };
    else {
      const located = text.length <= maxChars;
      response = {
        id,
        ok: false,
        issues: result.issues
          .slice(0, 500)
          .map((issue) => ({ ...issue, ...(located && issue.path !== '$' ? locate(text, issue.path) : {}) })),
        total: result.issues.length,
      };
    }
  } catch (error) {
    response = {
      id,
      ok: false,
      issues: [
        { file: fileName, path: '$', message: error instanceof Error ? error.message : String(error) },
      ],
      total: 1,
    };
  }
  (self as unknown as Worker).postMessage(response);
};

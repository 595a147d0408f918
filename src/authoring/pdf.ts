/**
 * The text layer of a PDF, page by page, with pdf.js loaded only when a PDF is opened. Runs
 * under `script-src 'self'; worker-src 'self'`: the worker is a file of this site and eval is off.
 * A scanned PDF has no text layer: the caller is told, not given an empty text.
 */
export class NoTextLayer extends Error {
  constructor(readonly pages: number) {
    super('no text layer');
    this.name = 'NoTextLayer';
  }
}

export async function pdfText(data: ArrayBuffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerPort)
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(
      new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
      { type: 'module', name: 'pdf' },
    );
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  let characters = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      characters += item.str.trim().length;
      if (item.hasEOL) {
        lines.push(line.trimEnd());
        line = '';
      }
    }
    if (line) lines.push(line.trimEnd());
    pages.push(lines.join('\n'));
  }
  await doc.destroy();
  if (characters === 0) throw new NoTextLayer(doc.numPages);
  return `${pages.join('\n\n')}\n`;
}

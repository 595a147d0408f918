/**
 * Text made safe to place in an SVG (XML) document: markup escaped, and the characters XML 1.0
 * forbids dropped, so an exported file stays well-formed whatever a region file holds.
 */

/** Text as XML character data: markup escaped, and what XML 1.0 forbids (controls, lone surrogates) dropped. */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** Drops the characters an XML 1.0 document may not contain: the file must stay well-formed (F21). */
function stripXmlForbidden(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

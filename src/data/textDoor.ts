/**
 * Text at the door, the same for the CLI, the build and the import page: bytes are decoded as
 * strict UTF-8 (a bad sequence is named by its byte offset), a UTF-8 byte-order mark is dropped,
 * UTF-16 is refused by name, a JSON syntax error gets a line and column whatever the engine says,
 * and text that would hide or reorder what a reader sees (control characters, bidi overrides and
 * isolates, zero-width characters) is refused in every string of the file.
 */
export { forbiddenText, type TextIssue } from './textDoor/forbidden';
export { describeJsonError } from './textDoor/jsonError';
export { lineColumn } from './textDoor/position';
export { decodeUtf8, stripBom, type Decoded } from './textDoor/utf8';

import { describe, expect, it } from 'vitest';
import { locate, parsePath } from '../../src/data/locate';

const text = `{
  "id": "x",
  "unitTypes": [
    { "id": "a", "positions": [] },
    {
      "id": "b",
      "positions": [{ "id": "kepala", "name": "Kepala" }]
    }
  ],
  "odd key": 1
}`;

describe('locate a JSON path in the file text', () => {
  it('parses paths', () => {
    expect(parsePath('$.unitTypes[1].positions[0].name')).toEqual(['unitTypes', 1, 'positions', 0, 'name']);
    expect(parsePath('$["odd key"]')).toEqual(['odd key']);
  });
  it('finds values by line and column', () => {
    expect(locate(text, '$.id')).toEqual({ line: 2, column: 9 });
    expect(locate(text, '$.unitTypes[1].id')).toEqual({ line: 6, column: 13 });
    expect(locate(text, '$.unitTypes[1].positions[0].name')).toEqual({ line: 7, column: 47 });
    expect(locate(text, '$["odd key"]')).toEqual({ line: 10, column: 14 });
  });
  it('falls back to the deepest part that exists', () => {
    expect(locate(text, '$.unitTypes[1].missing').line).toBe(5);
    expect(locate(text, '$.unitTypes[9]').line).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonParseIssue } from './json-errors.ts';

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const t of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]} ', '"x"', '0']) expect(jsonErrorOffset(t)).toBe(-1);
  });
  it('points at the first offending character', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset("{'a':1}")).toBe(1);
    expect(jsonErrorOffset('[01]')).toBe(2);
  });
});

describe('jsonParseIssue', () => {
  it('gives line and column of a syntax error', () => {
    expect(jsonParseIssue('{\n  "a": 1,\n  "b": tru\n}')).toEqual({ code: 'import.notJson', params: { line: 3, column: 8, value: 'tru }' } });
  });
  it('calls a file that breaks off at its end truncated', () => {
    expect(jsonParseIssue('{"type":"FeatureCollection","features":[{"type":"Fea').code).toBe('import.truncated');
    expect(jsonParseIssue('[1,2\n\n').code).toBe('import.truncated');
  });
  it('calls whitespace an empty file', () => {
    expect(jsonParseIssue(' \n').code).toBe('import.emptyFile');
  });
});

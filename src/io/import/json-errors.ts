/**
 * Locates a JSON syntax error ourselves. Engines word and locate JSON.parse errors differently
 * (V8 often gives no position, Firefox says "line 3 column 5"), and planners need the line to fix
 * a hand-edited file. A file that fails exactly at its end was cut off: that is `truncated`.
 */
import { echo, issue, type Issue } from '../issue.ts';

class At {
  constructor(readonly offset: number) {}
}

/** Offset of the first syntax error, or -1 if the text is valid JSON. Throws RangeError if absurdly deep. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new At(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const string = () => {
    expect('"');
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail();
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    fail();
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        ws();
        if (c === '{') {
          string();
          ws();
          expect(':');
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else return void expect(close);
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (e) {
    if (e instanceof At) return e.offset;
    throw e;
  }
}

export function jsonParseIssue(text: string): Issue {
  if (text.trim() === '') return issue('import.emptyFile');
  let offset: number;
  try {
    offset = jsonErrorOffset(text);
  } catch {
    return issue('import.jsonTooDeep');
  }
  if (offset < 0) return issue('import.jsonTooDeep'); // JSON.parse gave up where the grammar did not: nesting
  if (offset >= text.trimEnd().length) return issue('import.truncated');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return issue('import.notJson', { line, column: offset - before.lastIndexOf('\n'), value: echo(text.slice(offset, offset + 20)) });
}

/**
 * JSON parsing whose syntax errors say where they are (line and column) in every engine:
 * V8 omits the position for some errors ("Unexpected token 'x', … is not valid JSON"), so
 * when JSON.parse fails a small iterative scanner (no recursion, so deep nesting cannot
 * overflow the stack) finds the first offending character. Values nested deeper than
 * MAX_JSON_DEPTH are refused, like XML nested deeper than MAX_XML_DEPTH: the readers keep
 * a nested attribute value as its JSON text, and JSON.stringify overflows the stack on a
 * few thousand levels.
 */
import type { ImportError } from './types.ts';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: ImportError };

/** `line 3, column 14` (both 1-based; columns count UTF-16 code units). */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}

export const MAX_JSON_DEPTH = 64;

/** The offset of the first `[` or `{` nested deeper than MAX_JSON_DEPTH (outside strings). */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i += 1; i < text.length; i += 1) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 1;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return undefined;
}

export function parseJson(text: string): JsonParse {
  const deep = tooDeep(text);
  if (deep !== undefined)
    return {
      ok: false,
      error: {
        where: lineColumn(text, deep),
        message: `values are nested more than ${MAX_JSON_DEPTH} deep`,
        expected: `at most ${MAX_JSON_DEPTH} levels of arrays and objects`,
      },
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = locateJsonError(text);
    const offset = found?.offset ?? text.length;
    return {
      ok: false,
      error: {
        where: lineColumn(text, offset),
        message: `invalid JSON: ${found?.message ?? (error as Error).message}`,
        expected: found?.expected ?? 'valid JSON',
      },
    };
  }
}

interface Located {
  offset: number;
  message: string;
  expected: string;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** The first syntax error of a JSON text, or undefined when it has none. */
export function locateJsonError(text: string): Located | undefined {
  let pos = 0;
  const stack: string[] = [];
  type State = 'value' | 'key-or-end' | 'key' | 'value-or-end' | 'after';
  let state: State = 'value';
  const fail = (message: string, expected: string): Located => ({ offset: pos, message, expected });
  const describe = () =>
    pos >= text.length
      ? 'unexpected end of input'
      : `unexpected character ${JSON.stringify(text[pos])}`;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const scanString = (): Located | undefined => {
    pos += 1;
    for (;;) {
      if (pos >= text.length) return fail('unterminated string', 'a closing "');
      const code = text.charCodeAt(pos);
      if (code === 0x22) {
        pos += 1;
        return undefined;
      }
      if (code < 0x20) return fail('control character in a string', 'an escape such as \\n');
      if (code === 0x5c) {
        ESCAPE.lastIndex = pos + 1;
        if (!ESCAPE.exec(text)) {
          pos += 1;
          return fail('bad escape in a string', 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX');
        }
        pos = ESCAPE.lastIndex;
      } else pos += 1;
    }
  };

  for (;;) {
    skip();
    switch (state) {
      case 'value': {
        const c = text[pos];
        if (c === '{') {
          stack.push('}');
          pos += 1;
          state = 'key-or-end';
        } else if (c === '[') {
          stack.push(']');
          pos += 1;
          state = 'value-or-end';
        } else if (c === '"') {
          const err = scanString();
          if (err) return err;
          state = 'after';
        } else if (c !== undefined && /[-\d]/.test(c)) {
          NUMBER.lastIndex = pos;
          if (!NUMBER.exec(text)) return fail('malformed number', 'a JSON number');
          pos = NUMBER.lastIndex;
          state = 'after';
        } else {
          const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, pos));
          if (!literal)
            return fail(describe(), 'a value (object, array, string, number, true, false or null)');
          pos += literal.length;
          state = 'after';
        }
        break;
      }
      case 'key-or-end':
        if (text[pos] === '}') {
          stack.pop();
          pos += 1;
          state = 'after';
        } else state = 'key';
        break;
      case 'key': {
        if (text[pos] !== '"') return fail(describe(), 'a double-quoted property name');
        const err = scanString();
        if (err) return err;
        skip();
        if (text[pos] !== ':') return fail(describe(), "':' after the property name");
        pos += 1;
        state = 'value';
        break;
      }
      case 'value-or-end':
        if (text[pos] === ']') {
          stack.pop();
          pos += 1;
          state = 'after';
        } else state = 'value';
        break;
      case 'after': {
        const close = stack[stack.length - 1];
        if (close === undefined) {
          if (pos >= text.length) return undefined;
          return fail(`${describe()} after the JSON value`, 'the end of the file');
        }
        if (text[pos] === ',') {
          pos += 1;
          state = close === '}' ? 'key' : 'value';
        } else if (text[pos] === close) {
          stack.pop();
          pos += 1;
        } else return fail(describe(), `',' or '${close}'`);
        break;
      }
    }
  }
}

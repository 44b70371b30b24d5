/** JSON parsing that says where a syntax error is, as line and column. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(source: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    if (at?.[1] === undefined) return { ok: false, message: `invalid JSON: ${message}` };
    const offset = Number(at[1]);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return {
      ok: false,
      message: `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
    };
  }
}

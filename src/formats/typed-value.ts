/**
 * Typed attribute values of the XML formats: GEXF `<attribute type>` and GraphML
 * `<key attr.type>` name their numeric and boolean types alike.
 */
import type { RawValue } from './raw.ts';

const NUMERIC = new Set([
  'integer',
  'int',
  'long',
  'double',
  'float',
  'short',
  'byte',
  'bigdecimal',
  'biginteger',
]);

/** A value read as its declared type, or what was expected when it does not parse. */
export function typedValue(value: string, type: string): RawValue | { error: string } {
  if (NUMERIC.has(type)) {
    const n = Number(value.trim());
    return value.trim() !== '' && Number.isFinite(n) ? n : { error: `a ${type}` };
  }
  if (type === 'boolean') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    return { error: 'true or false' };
  }
  return value;
}

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkedAtBuild, isCheckedAtBuild, readDigests, sha256Hex } from './verifiedData.ts';

const bytes = (text: string): ArrayBuffer => {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength);
};
const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('verified data', () => {
  it('hashes bytes as Node does', async () => {
    for (const text of ['', 'abc', '{"text":"Ким Чен Ын 🚀"}', 'x'.repeat(100_000)]) {
      expect(await sha256Hex(bytes(text))).toBe(nodeSha256(text));
    }
  });

  it('keeps only well-formed digests, and none from anything but an object', () => {
    const good = 'ab'.repeat(32);
    expect(
      readDigests({
        'data/documents.json': good,
        'data/short.json': 'abc',
        'data/upper.json': good.toUpperCase(),
        'data/number.json': 7,
      }),
    ).toEqual({ 'data/documents.json': good });
    for (const raw of [undefined, null, 'text', [good], 3]) expect(readDigests(raw)).toEqual({});
  });

  it('does not take a name from the prototype for a checked file', () => {
    const digests = readDigests({ 'data/a.json': 'ab'.repeat(32) });
    expect(isCheckedAtBuild('data/a.json', digests)).toBe(true);
    expect(isCheckedAtBuild('constructor', digests)).toBe(false);
    expect(isCheckedAtBuild('__proto__', digests)).toBe(false);
  });

  it('says whether bytes are those checked under their name', async () => {
    const text = '{"documents":[]}';
    const digests = readDigests({ 'data/documents.json': nodeSha256(text) });
    expect(await checkedAtBuild('data/documents.json', bytes(text), digests)).toBe(true);
    expect(await checkedAtBuild('data/documents.json', bytes(`${text}\n`), digests)).toBe(false);
    expect(await checkedAtBuild('data/other.json', bytes(text), digests)).toBe(false);
  });

  it('has no digests outside a build', () => {
    expect(isCheckedAtBuild('data/documents.json')).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from './zip.ts';

/** Reads the entries back from the central directory (stored entries only). */
function unzip(bytes: Uint8Array): { name: string; content: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: { name: string; content: string }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    const start = offset + 30 + view.getUint16(offset + 26, true);
    const data = bytes.subarray(start, start + size);
    expect(crc32(data)).toBe(view.getUint32(at + 16, true));
    out.push({ name, content: decoder.decode(data) });
    at += 46 + nameLength;
  }
  return out;
}

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('stores the entries in order, UTF-8 intact', () => {
    const entries = [
      { name: 'nodes.csv', content: 'id,label\r\nkim-jong-un,Kim Jong‑un\r\n' },
      { name: 'edges.csv', content: '' },
      { name: 'ünï.txt', content: '“quoted” – text' },
    ];
    const bytes = zip(entries, new Date(2023, 8, 13, 10, 30, 0));
    expect(unzip(bytes)).toEqual(entries);
  });

  const python = '/usr/bin/python3';
  it.skipIf(!existsSync(python))('is read by Python’s zipfile', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
    try {
      const file = path.join(dir, 'export.zip');
      writeFileSync(file, zip([{ name: 'nodes.csv', content: 'a,b\r\n1,2\r\n' }]));
      const script =
        'import sys, zipfile\n' +
        'z = zipfile.ZipFile(sys.argv[1])\n' +
        'assert z.testzip() is None\n' +
        'print(z.namelist()[0], z.read("nodes.csv").decode())';
      const out = execFileSync(python, ['-c', script, file], { encoding: 'utf8' });
      expect(out).toBe('nodes.csv a,b\r\n1,2\r\n\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

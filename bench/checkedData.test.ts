import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedAtBuild, isCorpusId } from './checkedData.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A build whose script carries the digest of `checked`, with data files written as given. */
async function build(checked: string, files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-checked-'));
  await mkdir(path.join(dir, 'assets'));
  await mkdir(path.join(dir, 'data'));
  await writeFile(
    path.join(dir, 'assets', 'index-x.js'),
    `const d={"data/a.json":"${sha256(checked)}"};`,
  );
  for (const [name, body] of Object.entries(files))
    await writeFile(path.join(dir, 'data', name), body);
  return dir;
}

describe('checkedAtBuild', () => {
  it('knows the files whose digest the build wrote, and no other', async () => {
    const out = await build('{"documents":[]}', { 'a.json': '{"documents":[]}', 'b.json': '{}' });
    expect(await checkedAtBuild(out, [path.join(out, 'data', 'a.json')])).toBe(true);
    expect(await checkedAtBuild(out, [path.join(out, 'data', 'b.json')])).toBe(false);
    expect(
      await checkedAtBuild(out, [
        path.join(out, 'data', 'a.json'),
        path.join(out, 'data', 'b.json'),
      ]),
    ).toBe(false);
  });

  it('does not know a checked file changed by a byte', async () => {
    const out = await build('{"documents":[]}', { 'a.json': '{"documents":[] }' });
    expect(await checkedAtBuild(out, [path.join(out, 'data', 'a.json')])).toBe(false);
  });
});

describe('isCorpusId', () => {
  it('tells the bench corpora from the documents of the build', () => {
    expect(isCorpusId('bench-10k')).toBe(true);
    expect(isCorpusId('rbc-2023-09-13-kim-putin')).toBe(false);
  });
});

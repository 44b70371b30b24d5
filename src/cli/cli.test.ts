import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './main.ts';
import { captureIo } from './test-io.ts';

const repo = path.resolve(import.meta.dirname, '../..');

// A test's folders go when it ends: every run of the suite left four behind.
const madeDirs: string[] = [];
afterEach(async () => {
  await Promise.all(madeDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
const fixtures = path.join(repo, 'graph-data/fixtures');

describe('claimgraph validate', () => {
  it('exits 0 on a valid document folder and on its graph.json', async () => {
    for (const target of ['valid', 'valid/graph.json']) {
      const io = captureIo({ cwd: fixtures });
      expect(await run(['validate', target], io)).toBe(0);
      expect(io.stdout.join('\n')).toMatch(/^ok valid\/graph\.json \(7 nodes, 5 edges\)$/);
    }
  });

  it('exits 1 with one line per problem, each as file: path: message', async () => {
    const io = captureIo({ cwd: fixtures });
    expect(await run(['validate', 'valid', 'schema-violation', 'dangling-endpoint'], io)).toBe(1);
    const lines = io.stderr.filter((l) => l.includes('graph.json: '));
    expect(lines).toEqual([
      expect.stringMatching(/^schema-violation\/graph\.json: nodes\[0\]\.actorType: /),
      expect.stringMatching(/^schema-violation\/graph\.json: edges\[0\]\.stance: /),
      'dangling-endpoint/graph.json: edges[2].target: "carol-nobody" is not a node of this document',
    ]);
    expect(io.stderr.at(-1)).toBe('3 problems in 3 documents');
  });

  it('validates every bundled document when given no path', async () => {
    const io = captureIo({ cwd: repo });
    const code = await run(['validate'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(
      io.stdout.some((l) =>
        l.startsWith('ok graph-data/documents/rbc-2023-09-13-kim-putin/graph.json'),
      ),
    ).toBe(true);
  });

  it('reports a missing path as a problem, not a crash', async () => {
    const io = captureIo({ cwd: fixtures });
    expect(await run(['validate', 'nowhere'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^nowhere\/graph\.json: \$: cannot read the file/);
  });
});

describe('claimgraph stats', () => {
  it('prints one JSON object with the documented keys', async () => {
    const io = captureIo({ dataRoot: path.join(repo, 'graph-data') });
    expect(await run(['stats', '--json'], io)).toBe(0);
    const stats = JSON.parse(io.stdout.join('\n'));
    for (const key of ['nodes', 'edges', 'byKind', 'byActorType', 'byStance', 'contested']) {
      expect(stats).toHaveProperty(key);
    }
    expect(stats.byKind.actor + stats.byKind.event + stats.byKind.claim).toBe(stats.nodes);
    const statements = Object.values(stats.byStance as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(statements).toBe(stats.statements);
    expect(stats.contested).toBe(stats.contestedClaims.length);
    expect(stats.contested).toBeGreaterThan(0);
  });

  it('prints a readable summary without --json', async () => {
    const io = captureIo();
    expect(await run(['stats', '--doc', 'rbc-2023-09-13-kim-putin'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(
      /^document +rbc-2023-09-13-kim-putin\nnodes +\d+ \(actor \d+/,
    );
  });

  it('refuses an unknown document with exit 2 naming the flag', async () => {
    const io = captureIo();
    expect(await run(['stats', '--doc', 'nope'], io)).toBe(2);
    expect(io.stderr[0]).toContain('--doc: no document "nope"');
  });
});

describe('usage errors', () => {
  it.each([
    [['frob'], 'unknown command "frob"'],
    [['stats', '--bogus'], "Unknown option '--bogus'"],
    [['stats', '--doc'], "Option '--doc <value>' argument missing"],
    [['stats', 'extra'], 'unexpected argument "extra"'],
    [[], 'usage: claimgraph'],
  ])('%j exits 2 with a usage message', async (argv, message) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(2);
    const text = io.stderr.join('\n');
    expect(text).toContain(message);
    expect(text).toContain('usage: claimgraph <command>');
  });
});

describe('the installed bin', () => {
  it('runs through npx-style execution with the right exit code', async () => {
    const exec = promisify(execFile);
    const bin = path.join(repo, 'bin/claimgraph.js');
    const ok = await exec(process.execPath, [bin, 'validate', path.join(fixtures, 'valid')]);
    expect(ok.stdout).toContain('ok ');
    await expect(
      exec(process.execPath, [bin, 'validate', path.join(fixtures, 'span-mismatch')]),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('nodes[0].mentions[0].exact: does not equal the text'),
    });
  });
});

describe('claimgraph stats with filter flags', () => {
  const statsOf = async (...flags: string[]) => {
    const io = captureIo();
    expect(await run(['stats', '--json', ...flags], io)).toBe(0);
    return JSON.parse(io.stdout.join('\n'));
  };

  it('counts only denials and their speakers and claims under --stance denial', async () => {
    const all = await statsOf();
    const denials = await statsOf('--stance', 'denial');
    expect(denials.filters).toEqual({ stance: 'denial' });
    expect(denials.statements).toBe(all.byStance.denial);
    expect(denials.byStance.allegation).toBe(0);
    expect(denials.byKind.event).toBe(0);
    expect(denials.byKind.actor).toBeGreaterThan(0);
  });

  it('ANDs across flags and ORs within a list', async () => {
    const either = await statsOf('--stance', 'allegation,denial');
    const allegations = await statsOf('--stance', 'allegation');
    const denials = await statsOf('--stance', 'denial');
    expect(either.statements).toBe(allegations.statements + denials.statements);
    const kirby = await statsOf('--stance', 'allegation,denial', '--speaker', 'john-kirby');
    expect(kirby.statements).toBeGreaterThan(0);
    expect(kirby.byStance.denial).toBe(0);
    expect(kirby.statements).toBeLessThan(either.statements);
  });

  it('keeps both sides of every contested claim under --contested', async () => {
    const contested = await statsOf('--contested');
    expect(contested.contested).toBe(contested.byKind.claim);
    expect(contested.byStance.denial + contested.byStance.rebuttal).toBeGreaterThan(0);
  });

  it.each([
    [['--stance', 'rumour'], '--stance: unknown stance "rumour"'],
    [['--actor-type', 'wizard'], '--actor-type:'],
    [['--from', '2023-13'], '--from:'],
    [['--focus', 'john-kirby', '--depth', '7'], '--depth:'],
    [['--speaker', 'nobody'], '--speaker: no node "nobody" in this document'],
    [['--via', 'Not A Slug'], '--via:'],
  ])('%j exits 2 with a message naming the flag', async (flags, message) => {
    const io = captureIo();
    expect(await run(['stats', ...flags], io)).toBe(2);
    expect(io.stderr[0]).toContain(message);
  });
});

describe('claimgraph export', () => {
  const tmp = () => tempDir('claimgraph-export-');

  it('the Denials export contains only denial statements, with their evidence', async () => {
    const io = captureIo();
    expect(
      await run(['export', '--format', 'jgf', '--stance', 'denial', '--no-positions'], io),
    ).toBe(0);
    const jgf = JSON.parse(io.stdout.join('\n'));
    const statements = jgf.graph.edges.filter(
      (e: { metadata: { edgeKind: string } }) => e.metadata.edgeKind === 'statement',
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s.metadata.stance).toBe('denial');
      expect(s.metadata.evidence.length).toBeGreaterThan(0);
    }
  });

  it('a json export validates on its own with claimgraph validate', async () => {
    const dir = await tmp();
    const out = path.join(dir, 'denials.json');
    const io = captureIo({ cwd: dir });
    expect(await run(['export', '--format', 'json', '--stance', 'denial', '--out', out], io)).toBe(
      0,
    );
    const check = captureIo({ cwd: dir });
    expect(await run(['validate', out], check)).toBe(0);
    expect(check.stdout[0]).toMatch(/^ok denials\.json \(\d+ nodes, \d+ edges\)$/);
  });

  it('csv writes nodes.csv and edges.csv into the --out folder', async () => {
    const dir = await tmp();
    const io = captureIo({ cwd: dir });
    expect(await run(['export', '--format', 'csv', '--contested', '--out', 'tables'], io)).toBe(0);
    const edges = await readFile(path.join(dir, 'tables/edges.csv'), 'utf8');
    const nodes = await readFile(path.join(dir, 'tables/nodes.csv'), 'utf8');
    expect(edges.split('\n')[0]).toContain('stance');
    expect(nodes).toContain('ashot-mkrtychev');
  });

  it('exports a selection with its 1-hop context', async () => {
    const io = captureIo();
    const args = ['export', '--format', 'cyjs', '--select', 'ashot-mkrtychev', '--no-positions'];
    expect(await run(args, io)).toBe(0);
    const alone = JSON.parse(io.stdout.join('\n')).elements.nodes.length;
    const withContext = captureIo();
    expect(await run([...args, '--context'], withContext)).toBe(0);
    expect(alone).toBe(1);
    expect(JSON.parse(withContext.stdout.join('\n')).elements.nodes.length).toBeGreaterThan(1);
  });

  it.each([
    [['export'], '--format is required'],
    [['export', '--format', 'pdf'], '--format: unknown format "pdf"'],
    [['export', '--format', 'csv'], '--out: csv writes nodes.csv and edges.csv'],
    [['export', '--format', 'md', '--select', 'nobody'], '--select: no node or edge "nobody"'],
    [['export', '--format', 'md', '--stance', 'rumour'], '--stance:'],
  ])('%j exits 2 naming the flag', async (argv, message) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr[0]).toContain(message);
  });
});

describe('claimgraph import', () => {
  it('prints the detected format and counts of an export', async () => {
    const dir = await tempDir('claimgraph-import-');
    const file = path.join(dir, 'denials.graphml');
    expect(
      await run(
        ['export', '--format', 'graphml', '--stance', 'denial', '--out', file],
        captureIo(),
      ),
    ).toBe(0);
    const io = captureIo({ cwd: dir });
    expect(await run(['import', 'denials.graphml', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.stdout.join('\n'));
    expect(summary).toMatchObject({ ok: true, format: 'graphml', claimgraph: true, statements: 5 });
  });

  it('reports where a malformed file breaks, exit 1', async () => {
    const dir = await tempDir('claimgraph-import-');
    await writeFile(path.join(dir, 'bad.graphml'), '<graphml>\n<node id="a">\n');
    const io = captureIo({ cwd: dir });
    expect(await run(['import', 'bad.graphml'], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^bad\.graphml: line \d+, column \d+: /);
  });
});

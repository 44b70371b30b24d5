import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './documents-fs.ts';
import { formatProblem, validateDocument } from './validate.ts';

const fixtures = path.resolve(import.meta.dirname, '../../graph-data/fixtures');
const fixture = (name: string) => path.join(fixtures, name);

async function problemsOf(name: string): Promise<string[]> {
  const checked = await checkDocument(fixture(name));
  return checked.problems.map((p) => formatProblem({ ...p, file: 'graph.json' }));
}

describe('validateDocument on fixtures', () => {
  it('accepts the valid fixture', async () => {
    const checked = await checkDocument(fixture('valid'));
    expect(checked.problems).toEqual([]);
    expect(checked.doc?.nodes).toHaveLength(7);
  });

  // One fixture per failure class: each differs from `valid` by one mistake.
  const cases: Array<[string, string[]]> = [
    [
      'schema-violation',
      [
        'graph.json: nodes[0].actorType: Invalid option: expected one of "person"',
        'graph.json: edges[0].stance: Invalid option: expected one of "allegation"',
      ],
    ],
    [
      'duplicate-id',
      ['graph.json: nodes[7].id: duplicate id "alice-smith" (first used at nodes[0])'],
    ],
    [
      'dangling-endpoint',
      ['graph.json: edges[2].target: "carol-nobody" is not a node of this document'],
    ],
    [
      'endpoint-kind',
      [
        'graph.json: edges[1].source: a statement edge goes actor → claim, but "council-meeting" is an event',
      ],
    ],
    [
      'span-out-of-range',
      ['graph.json: nodes[0].mentions[1]: span 150–400 is out of range (text has 165 characters)'],
    ],
    [
      'span-mismatch',
      [
        'graph.json: nodes[0].mentions[0].exact: does not equal the text at 0–11: expected "Alice Smith", found "Alice Smyth"',
      ],
    ],
    [
      'sha-mismatch',
      ['graph.json: document.textSha256: does not match the text: the file hashes to 6b1474f8'],
    ],
    [
      'cue-not-in-evidence',
      ['graph.json: edges[0].cue: cue "claimed" does not appear in the statement\'s evidence'],
    ],
    [
      'via-not-named',
      [
        'graph.json: edges[1].via[0]: outlet "daily-bugle" is not named in the statement\'s evidence',
      ],
    ],
    ['claim-without-statement', ['graph.json: nodes[7]: claim "claim-orphan" has no statement']],
    [
      'missing-evidence',
      ['graph.json: edges[3].evidence: every edge needs at least one evidence span'],
    ],
    ['invalid-json', ['graph.json: $: invalid JSON at line 5, column 3']],
  ];
  it.each(cases)('%s fails with the expected message', async (name, expected) => {
    const problems = await problemsOf(name);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((prefix, i) => expect(problems[i]).toContain(prefix));
  });
});

describe('validateDocument reports every problem at once', () => {
  it('lists schema, reference, span and editorial problems together', async () => {
    const dir = fixture('valid');
    const raw = JSON.parse(await readFile(path.join(dir, 'graph.json'), 'utf8'));
    const text = await readFile(path.join(dir, 'article.txt'), 'utf8');
    raw.nodes[0].actorType = 'wizard';
    raw.nodes[1].mentions[0].exact = 'Shelbyville';
    raw.edges[0].cue = 'whispered';
    raw.edges[2].target = 'nobody';
    raw.edges.push({ ...raw.edges[1] });
    const result = validateDocument({ raw, text, file: 'g.json' });
    expect(result.ok).toBe(false);
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'nodes[0].actorType',
        'nodes[1].mentions[0].exact',
        'edges[0].cue',
        'edges[2].target',
        'edges[5].id',
      ]),
    );
  });

  it('reports a missing text file without crashing the span checks', () => {
    const result = validateDocument({
      raw: { schemaVersion: 1, document: { textFile: 'gone.txt' }, nodes: [], edges: [] },
      text: undefined,
      file: 'g.json',
    });
    expect(result.problems.map(formatProblem)).toContain(
      'g.json: document.textFile: text file "gone.txt" could not be read',
    );
  });

  it('survives input that is not a graph at all', () => {
    for (const raw of [null, 42, 'text', [], { nodes: 'x', edges: [null, 1] }]) {
      const result = validateDocument({ raw, text: '', file: 'g.json' });
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it('accepts a cue or outlet written with other typography than the label', async () => {
    const dir = fixture('valid');
    const raw = JSON.parse(await readFile(path.join(dir, 'graph.json'), 'utf8'));
    const text = await readFile(path.join(dir, 'article.txt'), 'utf8');
    raw.nodes[2].label = 'DAILY\u00a0BUGLE';
    expect(validateDocument({ raw, text, file: 'g.json' }).problems).toEqual([]);
  });

  it('flags an endDate before its date but accepts a coarser endDate of the same year', async () => {
    const dir = fixture('valid');
    const text = await readFile(path.join(dir, 'article.txt'), 'utf8');
    const raw = JSON.parse(await readFile(path.join(dir, 'graph.json'), 'utf8'));
    raw.nodes[5].endDate = '2023';
    expect(validateDocument({ raw, text, file: 'g.json' }).problems).toEqual([]);
    raw.nodes[5].endDate = '2023-04';
    expect(validateDocument({ raw, text, file: 'g.json' }).problems.map((p) => p.path)).toEqual([
      'nodes[5].endDate',
    ]);
  });
});

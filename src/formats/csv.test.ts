import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { csvCell, neutralizeFormula, quoteField, toCsv } from './csv.ts';
import { genericGraph } from './fixtures/arbitraries.ts';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

let article: Loaded;
beforeAll(async () => {
  article = await loadArticle();
});

describe('CSV', () => {
  it('neutralises formula injection (OWASP): = + - @ tab CR NUL get a leading quote', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x', '=HYPERLINK("http://x")'])
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ['1', 'a=b', 'plain', ' =not first', "'already"])
      expect(neutralizeFormula(s)).toBe(s);
    expect(csvCell('=cmd|"/C calc"!A0')).toBe(`"'=cmd|""/C calc""!A0"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(['a|b', '=x'])).toBe('a\\|b|=x');
    expect(csvCell(['=x', 'y'])).toBe("'=x|y");
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\r')).toBe('"cr\r"');
    expect(quoteField('plain')).toBe('plain');
  });

  it('writes the article as two tables with a header and one row per node or edge', () => {
    const { nodes, edges } = toCsv(article.graph, { documentId: article.doc.document.id });
    expect(nodes.endsWith('\r\n')).toBe(true);
    const nodeRows = parseCsv(nodes);
    const edgeRows = parseCsv(edges);
    expect(nodeRows).toHaveLength(article.graph.order + 1);
    expect(edgeRows).toHaveLength(article.graph.size + 1);
    const header = edgeRows[0] ?? [];
    for (const column of [
      'id',
      'source',
      'target',
      'edgeKind',
      'stance',
      'cue',
      'via',
      'quote',
      'date',
      'evidence',
      'evidenceOffsets',
      'derived',
    ])
      expect(header).toContain(column);
    const denial = edgeRows.find((r) => r[0] === 'st-mkrtychev-denies-brokering') ?? [];
    const cell = (name: string) => denial[header.indexOf(name)];
    expect(cell('stance')).toBe('denial');
    expect(cell('evidenceOffsets')).toBe('6401-6545');
    expect(cell('evidence')).toContain('“flour, wheat, chocolate and some canned foods”');
    const derived = edgeRows.filter((r) => r[header.indexOf('derived')] === 'true');
    expect(derived.length).toBe(
      article.graph.edges().filter((id) => id.startsWith('reported:')).length,
    );
    const nodeHeader = nodeRows[0] ?? [];
    expect(nodeHeader).not.toContain('x');
    const nk = nodeRows.find((r) => r[0] === 'north-korea') ?? [];
    expect(nk[nodeHeader.indexOf('aliases')]?.split('|')).toEqual(
      expect.arrayContaining(['Pyongyang', 'DPRK']),
    );
  });

  it('adds x and y columns when positions are given, and neutralises hostile labels', () => {
    const graph = genericGraph({
      nodes: [
        {
          id: 'a',
          label: '=HYPERLINK("http://evil","click")',
          attributes: Object.assign(Object.create(null), { note: '@SUM(1)' }),
        },
        { id: 'b', label: 'comma, "quote"\nnewline', attributes: Object.create(null) },
      ],
      edges: [{ id: '-e', source: 'a', target: 'b', label: '+x', attributes: Object.create(null) }],
    });
    const { nodes, edges } = toCsv(graph, { documentId: 'x', positions: { a: { x: -1.5, y: 2 } } });
    const rows = parseCsv(nodes);
    expect(rows[0]).toEqual(['id', 'label', 'note', 'x', 'y', 'size', 'color']);
    expect(rows[1]).toEqual([
      'a',
      `'=HYPERLINK("http://evil","click")`,
      "'@SUM(1)",
      '-1.5',
      '2',
      '8',
      '#8c8c8c',
    ]);
    expect(rows[2]?.[1]).toBe('comma, "quote"\nnewline');
    expect(parseCsv(edges)[1]?.slice(0, 4)).toEqual(["'-e", 'a', 'b', "'+x"]);
  });
});

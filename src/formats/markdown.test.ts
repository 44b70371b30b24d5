import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build.ts';
import { loadArticle, type Loaded } from '../model/test-support.ts';
import { genericGraph } from './fixtures/arbitraries.ts';
import { blockquote, escapeMarkdown, inlineCode } from './markdown-escape.ts';
import { toMarkdown } from './markdown.ts';

let article: Loaded;
beforeAll(async () => {
  article = await loadArticle();
});

describe('Markdown escaping', () => {
  it('keeps markup inert', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('![x](http://t/p.png)')).toBe('!\\[x\\](http://t/p.png)');
    expect(escapeMarkdown('a & b &amp; c')).toBe('a &amp; b &amp;amp; c');
    expect(escapeMarkdown('*bold* _it_ `code` | ~s~ \\')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\| \\~s\\~ \\\\',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
    expect(escapeMarkdown('"quotes" and ‘curly’')).toBe('"quotes" and ‘curly’');
  });

  it('blockquotes every line and code spans cannot be broken out of', () => {
    expect(blockquote('one\n# two\n\n<b>')).toBe('> one\n> \\# two\n>\n> &lt;b&gt;');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('the evidence report', () => {
  it('lists claims, contested first, with every statement and its exact words', () => {
    const md = toMarkdown(article.graph, {
      documentId: article.doc.document.id,
      document: article.doc.document,
    });
    expect(md.startsWith(`# ${escapeMarkdown(article.doc.document.title)}\n`)).toBe(true);
    expect(md).toContain('- 108 nodes: 46 actors, 19 events, 43 claims');
    expect(md).toContain('- 7 contested claims');
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toHaveLength(43);
    expect(headings.slice(0, 7).every((h) => h.endsWith('(contested)'))).toBe(true);
    expect(headings.slice(7).some((h) => h.endsWith('(contested)'))).toBe(false);
    expect(md).toContain('**Ashot Mkrtychev**: _denial_ · “denied the allegations” · mixed quote');
    expect(md).toContain(
      '> Mkrtychev denied the allegations, saying he was only planning to export “flour, wheat, chocolate and some canned foods” from Russia to the DPRK.\n>\n> characters 6401–6545',
    );
    expect(md).toMatch(/via RIA Novosti/);
    expect(md).toContain('said 2023-03');
  });

  it('keeps hostile labels inert', () => {
    const doc = structuredClone(article.doc);
    const kim = doc.nodes.find((n) => n.id === 'ashot-mkrtychev');
    if (!kim) throw new Error('fixture changed');
    kim.label = '<img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const md = toMarkdown(buildGraph(doc), {
      documentId: doc.document.id,
      title: '<script>alert(1)</script>',
    });
    expect(md).not.toMatch(/<img|<script|(?<!\\)\]\(javascript/);
    expect(md).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('**&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(1))**');
  });

  it('lists foreign nodes and edges plainly', () => {
    const graph = genericGraph({
      nodes: [
        { id: '__proto__', label: '<b>x</b>', attributes: Object.create(null) },
        { id: 'b', label: 'B', attributes: Object.create(null) },
      ],
      edges: [
        {
          id: 'e`1',
          source: '__proto__',
          target: 'b',
          label: '*knows*',
          attributes: Object.create(null),
        },
      ],
    });
    const md = toMarkdown(graph, { documentId: 'foreign' });
    expect(md).toContain('- &lt;b&gt;x&lt;/b&gt; (`__proto__`)');
    expect(md).toContain('- &lt;b&gt;x&lt;/b&gt; → B: \\*knows\\* (``e`1``)');
  });
});

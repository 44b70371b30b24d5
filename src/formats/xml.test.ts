import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, escapeXmlText, replaceInvalidXmlChars, stripInvalidXmlChars } from './xml.ts';
import { parseXml } from './xml-parse.ts';

describe('XML escaping', () => {
  it('escapes & < > " \' and keeps whitespace in attributes as references', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXmlText('a\nb\rc<')).toBe('a\nb&#13;c&lt;');
  });

  it('strips the characters XML 1.0 does not allow', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\uFFFEh\uFFFFi')).toBe(
      'abcdefghi',
    );
    expect(stripInvalidXmlChars('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe(
      'lone  high, lone  low, pair 😀',
    );
    expect(stripInvalidXmlChars('\t\n\r ok\u0085\u00a0')).toBe('\t\n\r ok\u0085\u00a0');
  });

  it('writes the characters XML 1.0 does not allow as U+FFFD, one for one', () => {
    expect(replaceInvalidXmlChars('a\u0000b\uFFFEc\uD800d 😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd 😀');
    // A value made of nothing else stays a value (a mention's exact text must not be empty).
    expect(escapeXml('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
    expect(escapeXmlText('\u0001')).toBe('\uFFFD');
  });

  it('property: any string survives escape → parse, less the characters XML cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const parsed = parseXml(`<r a="${escapeXml(s)}">${escapeXmlText(s)}</r>`);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const clean = replaceInvalidXmlChars(s);
        expect(parsed.root.attrs.get('a')).toBe(clean);
        expect(parsed.root.text).toBe(
          clean.replace(/\r\n?/g, (m) => (m === '\r\n' ? '\r\n' : '\r')),
        );
      }),
      { numRuns: 300 },
    );
  });
});

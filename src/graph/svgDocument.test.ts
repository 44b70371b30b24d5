import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvg, type SvgPicture } from './svgDocument.ts';

const picture = (label: string, color = '#d62728'): SvgPicture => ({
  box: { x: -50, y: -50, w: 200, h: 120 },
  scale: 2,
  background: '#ffffff',
  nodes: [
    {
      x: 0,
      y: 0,
      width: 20,
      height: 20,
      shape: 'ellipse',
      fill: '#4e79a7',
      stroke: '#333',
      strokeWidth: 1,
      opacity: 1,
      label,
      fontSize: 9,
    },
    {
      x: 100,
      y: 0,
      width: 20,
      height: 20,
      shape: 'diamond',
      fill: '#fff3c4',
      stroke: '#b08900',
      strokeWidth: 1,
      strokeDash: '6 4',
      opacity: 0.2,
    },
  ],
  edges: [
    {
      points: [
        { x: 10, y: 0 },
        { x: 50, y: -20 },
        { x: 90, y: 0 },
      ],
      color,
      width: 2,
      dash: '6 4',
      opacity: 1,
      arrow: true,
    },
  ],
});

/** Parses the document strictly; returns element names and all text content. */
function parse(svg: string): { elements: string[]; text: string; attributes: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: string[] = [];
  const attributes: string[] = [];
  let text = '';
  parser.on('opentag', (tag) => {
    elements.push(tag.local);
    attributes.push(...Object.keys(tag.attributes));
  });
  parser.on('text', (t) => (text += t));
  parser.write(svg).close();
  return { elements, text, attributes };
}

describe('renderSvg', () => {
  it('writes a well-formed SVG with a node per shape, an edge path and its arrow', () => {
    const svg = renderSvg(picture('Vladimir Putin'));
    const { elements, text } = parse(svg);
    expect(elements[0]).toBe('svg');
    expect(elements).toEqual(expect.arrayContaining(['ellipse', 'path', 'text', 'rect']));
    expect(svg).toContain('width="400" height="240"');
    expect(svg).toContain('Q50 -20 90 0');
    expect(text).toContain('Vladimir Putin');
  });

  it('keeps hostile labels as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)>"&\'<script>alert(2)</script>';
    const svg = renderSvg(picture(hostile));
    const { elements, text, attributes } = parse(svg);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(attributes.some((a) => a.startsWith('on'))).toBe(false);
    expect(text).toContain(hostile);
  });

  it('refuses colour values that are not colours', () => {
    const svg = renderSvg(picture('x', 'red" onload="alert(1)'));
    expect(svg).not.toContain('onload');
    expect(parse(svg).attributes).not.toContain('onload');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d')).toBe('abcd');
  });
});

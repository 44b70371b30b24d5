/**
 * A small SVG writer for the graph picture: pure, so it is unit-tested without a browser,
 * and ours, so the app bundles no GPL code (cytoscape-svg is GPL-3.0). Every text and
 * attribute value is escaped: labels from strangers' files stay inert text.
 */

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDash?: string;
  opacity: number;
  label?: string;
  labelColor?: string;
  fontSize?: number;
  fontStyle?: string;
  fontWeight?: string;
  /** Where the label's baseline sits, relative to the node centre. */
  labelDy?: number;
  /** Horizontal offset of the label anchor, relative to the node centre. */
  labelDx?: number;
  labelAnchor?: 'start' | 'middle' | 'end';
}

export interface SvgEdge {
  /** Start, optional control points (quadratic or cubic bezier), end. */
  points: Array<{ x: number; y: number }>;
  color: string;
  width: number;
  dash?: string;
  opacity: number;
  arrow: boolean;
}

export interface SvgPicture {
  /** The drawn area in model coordinates. */
  box: { x: number; y: number; w: number; h: number };
  /** Output pixels per model unit. */
  scale: number;
  background?: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML content and attribute values; drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Only plain colour values reach the output: a crafted style cannot inject markup. */
function safeColor(color: string | undefined, fallback: string): string {
  if (!color) return fallback;
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(color.trim())
    ? color.trim()
    : fallback;
}

const n = (value: number): string =>
  Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';

function shapePath(node: SvgNode): string {
  const { x, y } = node;
  const w = node.width / 2;
  const h = node.height / 2;
  switch (node.shape) {
    case 'diamond':
      return `<path d="M${n(x)} ${n(y - h)}L${n(x + w)} ${n(y)}L${n(x)} ${n(y + h)}L${n(x - w)} ${n(y)}Z"`;
    case 'rectangle':
    case 'square':
      return `<rect x="${n(x - w)}" y="${n(y - h)}" width="${n(2 * w)}" height="${n(2 * h)}"`;
    case 'round-rectangle':
    case 'roundrectangle': {
      const r = Math.min(w, h) / 2;
      return `<rect x="${n(x - w)}" y="${n(y - h)}" width="${n(2 * w)}" height="${n(2 * h)}" rx="${n(r)}"`;
    }
    case 'triangle':
      return `<path d="M${n(x)} ${n(y - h)}L${n(x + w)} ${n(y + h)}L${n(x - w)} ${n(y + h)}Z"`;
    case 'hexagon':
      return `<path d="M${n(x - w)} ${n(y)}L${n(x - w / 2)} ${n(y - h)}L${n(x + w / 2)} ${n(y - h)}L${n(x + w)} ${n(y)}L${n(x + w / 2)} ${n(y + h)}L${n(x - w / 2)} ${n(y + h)}Z"`;
    default:
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w)}" ry="${n(h)}"`;
  }
}

function edgePath(edge: SvgEdge): string {
  const [start, ...rest] = edge.points;
  if (!start || rest.length === 0) return '';
  const end = rest[rest.length - 1] as { x: number; y: number };
  const controls = rest.slice(0, -1);
  let d = `M${n(start.x)} ${n(start.y)}`;
  if (controls.length === 1)
    d += `Q${n(controls[0]!.x)} ${n(controls[0]!.y)} ${n(end.x)} ${n(end.y)}`;
  else if (controls.length === 2) {
    d += `C${n(controls[0]!.x)} ${n(controls[0]!.y)} ${n(controls[1]!.x)} ${n(controls[1]!.y)} ${n(end.x)} ${n(end.y)}`;
  } else d += [...controls, end].map((p) => `L${n(p.x)} ${n(p.y)}`).join('');
  return d;
}

function arrowHead(edge: SvgEdge): string {
  const points = edge.points;
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return '';
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 4 + edge.width * 2;
  const left = {
    x: tip.x - size * Math.cos(angle - 0.45),
    y: tip.y - size * Math.sin(angle - 0.45),
  };
  const right = {
    x: tip.x - size * Math.cos(angle + 0.45),
    y: tip.y - size * Math.sin(angle + 0.45),
  };
  return `<path d="M${n(tip.x)} ${n(tip.y)}L${n(left.x)} ${n(left.y)}L${n(right.x)} ${n(right.y)}Z" fill="${escapeXml(safeColor(edge.color, '#999'))}"/>`;
}

/** The picture as a standalone SVG document. */
export function renderSvg(picture: SvgPicture): string {
  const { box, scale } = picture;
  const width = Math.max(1, Math.round(box.w * scale));
  const height = Math.max(1, Math.round(box.h * scale));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(box.x)} ${n(box.y)} ${n(box.w)} ${n(box.h)}" font-family="system-ui, sans-serif">`,
  ];
  if (picture.background) {
    out.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="${escapeXml(safeColor(picture.background, '#ffffff'))}"/>`,
    );
  }
  out.push('<g class="edges" fill="none">');
  for (const edge of picture.edges) {
    const d = edgePath(edge);
    if (d === '') continue;
    const dash = edge.dash ? ` stroke-dasharray="${escapeXml(edge.dash)}"` : '';
    out.push(
      `<g opacity="${n(edge.opacity)}"><path d="${d}" stroke="${escapeXml(safeColor(edge.color, '#999'))}" stroke-width="${n(edge.width)}"${dash}/>${edge.arrow ? arrowHead(edge) : ''}</g>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const node of picture.nodes) {
    const dash = node.strokeDash ? ` stroke-dasharray="${escapeXml(node.strokeDash)}"` : '';
    out.push(
      `<g opacity="${n(node.opacity)}">${shapePath(node)} fill="${escapeXml(safeColor(node.fill, '#cccccc'))}" stroke="${escapeXml(safeColor(node.stroke, '#333333'))}" stroke-width="${n(node.strokeWidth)}"${dash}/>`,
    );
    if (node.label) {
      const style = `${node.fontStyle === 'italic' ? ' font-style="italic"' : ''}${node.fontWeight && node.fontWeight !== 'normal' ? ` font-weight="${escapeXml(node.fontWeight)}"` : ''}`;
      out.push(
        `<text x="${n(node.x + (node.labelDx ?? 0))}" y="${n(node.y + (node.labelDy ?? node.height / 2 + (node.fontSize ?? 10)))}" text-anchor="${node.labelAnchor ?? 'middle'}" font-size="${n(node.fontSize ?? 10)}" fill="${escapeXml(safeColor(node.labelColor, '#1f2933'))}"${style}>${escapeXml(node.label)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}

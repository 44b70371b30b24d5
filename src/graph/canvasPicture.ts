/**
 * Pictures of what the canvas shows, for the PNG and SVG exports: the shown elements framed,
 * dimmed ones dimmed, labels in proportion, and a large graph's edge layer beneath its nodes.
 */
import type { Core } from 'cytoscape';
import type { EdgeLayer } from './edgeLayer.ts';
import { renderSvg } from './svgDocument.ts';
import { pictureOf } from './svgFromCy.ts';
import type { ImageOptions } from './visible.ts';

/** The longest side of an exported image, in pixels (browsers refuse far larger canvases). */
const MAX_IMAGE_SIDE = 16_384;

/**
 * Model units → pixels for a picture `options.scale` times as large as the canvas draws it now
 * (labels keep their size on screen, so this keeps them in proportion), within MAX_IMAGE_SIDE.
 */
function imageScale(cy: Core, options: ImageOptions): number {
  const wanted = (options.scale ?? 1) * cy.zoom();
  const box = cy.elements(':visible').boundingBox();
  const side = Math.max(box.w, box.h, 1) * wanted * (window.devicePixelRatio || 1);
  return side > MAX_IMAGE_SIDE ? (wanted * MAX_IMAGE_SIDE) / side : wanted;
}

/**
 * What the canvas shows, drawn into a PNG: the shown elements framed, dimmed ones dimmed. A
 * large graph's edge layer is painted beneath Cytoscape's picture, in the same frame (Cytoscape
 * draws `full` pictures from the top left of its elements' bounding box).
 */
export async function canvasPng(
  cy: Core,
  layer: EdgeLayer | null,
  options: ImageOptions = {},
): Promise<Blob> {
  if (cy.elements(':visible').empty()) throw new Error('nothing is shown on the canvas');
  const scale = imageScale(cy, options);
  const nodes = await cy.png({
    output: 'blob-promise',
    full: true,
    scale,
    ...(options.background !== undefined && !layer && { bg: options.background }),
  });
  if (!layer) return nodes;
  const picture = await createImageBitmap(nodes);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw a PNG');
  if (options.background !== undefined) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const box = cy.elements().boundingBox();
  const s = scale * (window.devicePixelRatio || 1);
  ctx.setTransform(s, 0, 0, s, -box.x1 * s, -box.y1 * s);
  layer.paintInto(ctx, s);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(picture, 0, 0);
  picture.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG was not made'))),
      'image/png',
    ),
  );
}

/** The same picture as an SVG document, written by our own serializer (svgDocument.ts). */
export async function canvasSvg(
  cy: Core,
  layer: EdgeLayer | null,
  options: ImageOptions = {},
): Promise<string> {
  if (cy.elements(':visible').empty()) throw new Error('nothing is shown on the canvas');
  const picture = pictureOf(cy, (options.scale ?? 1) * cy.zoom(), options.background);
  if (layer) picture.edges = [...layer.svgEdges(), ...picture.edges];
  return renderSvg(picture);
}

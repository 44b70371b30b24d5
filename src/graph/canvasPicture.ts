/**
 * Pictures of what the canvas shows, for the PNG and SVG exports: the shown elements framed,
 * dimmed ones dimmed, labels in proportion, and a large graph's edge layer beneath its nodes.
 */
import type { Core } from 'cytoscape';
import type { EdgeLayer } from './edgeLayer.ts';
import { withDimmedAsClass } from './dimmedElements.ts';
import { withHiddenTakenOut } from './hiddenElements.ts';
import { largeGraphStylesheet, overviewStylesheet } from './style.ts';
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
 * Runs an export with the nodes drawn by Cytoscape: the pictures below are made from what it
 * draws, and in a large graph's overview the layer draws the nodes instead. Costs a restyle
 * of the nodes each way (~0.3 s at 10 000 nodes), once per export.
 */
async function withNodesInCytoscape<T>(
  cy: Core,
  layer: EdgeLayer | null,
  work: () => Promise<T>,
): Promise<T> {
  if (!layer?.drawsNodes()) return work();
  cy.style(largeGraphStylesheet(false));
  // Cytoscape restyles lazily, and `:visible` reads a cached answer: read a property of each
  // node so that the pictures see them drawn.
  cy.nodes().forEach((node) => void node.numericStyle('opacity'));
  try {
    return await work();
  } finally {
    if (!cy.destroyed() && layer.drawsNodes()) cy.style(overviewStylesheet());
  }
}

/**
 * What the canvas shows, drawn into a PNG: the shown elements framed, dimmed ones dimmed. A
 * large graph's edge layer is painted beneath Cytoscape's picture, in the same frame (Cytoscape
 * draws `full` pictures from the top left of its elements' bounding box).
 */
export function canvasPng(
  cy: Core,
  layer: EdgeLayer | null,
  options: ImageOptions = {},
): Promise<Blob> {
  return withNodesInCytoscape(cy, layer, () => pngOf(cy, layer, options));
}

async function pngOf(cy: Core, layer: EdgeLayer | null, options: ImageOptions): Promise<Blob> {
  // Cytoscape draws the picture at once (and encodes it later), so hidden elements are out
  // of the instance only while it draws.
  const { drawing, scale, box } = withDimmedAsClass(cy, () =>
    withHiddenTakenOut(cy, () => {
      if (cy.elements(':visible').empty()) throw new Error('nothing is shown on the canvas');
      const scale = imageScale(cy, options);
      return {
        drawing: cy.png({
          output: 'blob-promise',
          full: true,
          scale,
          ...(options.background !== undefined && !layer && { bg: options.background }),
        }),
        scale,
        box: cy.elements().boundingBox(),
      };
    }),
  );
  const nodes = await drawing;
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
export function canvasSvg(
  cy: Core,
  layer: EdgeLayer | null,
  options: ImageOptions = {},
): Promise<string> {
  return withNodesInCytoscape(cy, layer, async () => {
    const picture = withDimmedAsClass(cy, () =>
      withHiddenTakenOut(cy, () => {
        if (cy.elements(':visible').empty()) throw new Error('nothing is shown on the canvas');
        return pictureOf(cy, (options.scale ?? 1) * cy.zoom(), options.background);
      }),
    );
    if (layer) picture.edges = [...layer.svgEdges(), ...picture.edges];
    return renderSvg(picture);
  });
}

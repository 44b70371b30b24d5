import type { SingularElementArgument } from 'cytoscape';

/** A style property as Cytoscape has resolved it for an element. */
export interface ParsedProperty {
  value: unknown;
  strValue: string;
  /** In pixels, for lengths. */
  pfValue?: number;
}

/**
 * `ele.pstyle(name)`: Cytoscape's resolved style property, an internal method missing from its
 * types. The one place that reaches for it, for the modules that read styles without asking
 * Cytoscape to compute a rendered value (node looks, the drawn elements, visibility, z-order).
 */
export function parsedStyle(ele: SingularElementArgument, name: string): ParsedProperty {
  return (ele as unknown as { pstyle(name: string): ParsedProperty }).pstyle(name);
}

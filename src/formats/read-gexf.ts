/**
 * Reading GEXF (1.1draft, 1.2draft, 1.3, in either the `www.gexf.net` or `gexf.net`
 * namespace spelling) into a RawGraph. Attribute values are typed by their declaration;
 * viz colour, size and position are read from any namespace other than the GEXF one (so a
 * file with a malformed viz namespace still gives its colours). Dynamics are ignored.
 */
import {
  ErrorList,
  type RawEdge,
  type RawGraph,
  type RawNode,
  type RawValue,
  type ReadResult,
} from './raw.ts';
import { rgbToHex, normalizeColor } from './style.ts';
import type { ImportWarning } from './types.ts';
import { typedValue } from './typed-value.ts';
import { childNamed, childrenNamed, whereXml, type XmlElement } from './xml-parse.ts';

interface Declared {
  title: string;
  type: string;
  default?: string;
}

function readDeclarations(
  graph: XmlElement,
  ns: string,
  warnings: ImportWarning[],
  errors: ErrorList,
) {
  const out = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const block of childrenNamed(graph, 'attributes', ns)) {
    const cls = block.attrs.get('class');
    if (cls !== 'node' && cls !== 'edge') {
      warnings.push({
        where: whereXml(block),
        message: `attributes of class ${JSON.stringify(cls)} are ignored`,
      });
      continue;
    }
    for (const decl of childrenNamed(block, 'attribute', ns)) {
      const id = decl.attrs.get('id');
      if (id === undefined) {
        errors.add({
          where: whereXml(decl),
          message: 'an <attribute> has no id',
          expected: 'an id attribute',
        });
        continue;
      }
      const def = childNamed(decl, 'default', ns);
      out[cls].set(id, {
        title: decl.attrs.get('title') ?? id,
        type: decl.attrs.get('type') ?? 'string',
        ...(def ? { default: def.text } : {}),
      });
    }
  }
  return out;
}

function readAttvalues(
  el: XmlElement,
  ns: string,
  declared: Map<string, Declared>,
  errors: ErrorList,
): Map<string, RawValue> {
  const attrs = new Map<string, RawValue>();
  for (const block of childrenNamed(el, 'attvalues', ns))
    for (const av of childrenNamed(block, 'attvalue', ns)) {
      const key = av.attrs.get('for') ?? av.attrs.get('id');
      const decl = key === undefined ? undefined : declared.get(key);
      const value = av.attrs.get('value');
      if (!decl || value === undefined) {
        errors.add({
          where: whereXml(av),
          message: decl
            ? 'an <attvalue> has no value'
            : `<attvalue for=${JSON.stringify(key ?? '')}> names no declared attribute`,
          expected: decl
            ? 'a value attribute'
            : `one of the <attribute> ids: ${[...declared.keys()].slice(0, 10).join(', ')}`,
        });
        continue;
      }
      const v = typedValue(value, decl.type);
      if (typeof v === 'object' && 'error' in v)
        errors.add({
          where: whereXml(av),
          message: `value ${JSON.stringify(value)} is not ${v.error}`,
          expected: v.error,
        });
      else attrs.set(decl.title, v);
    }
  for (const decl of declared.values())
    if (decl.default !== undefined && !attrs.has(decl.title)) {
      const v = typedValue(decl.default, decl.type);
      if (!(typeof v === 'object' && 'error' in v)) attrs.set(decl.title, v);
    }
  return attrs;
}

function readViz(el: XmlElement, ns: string, node: RawNode) {
  const viz = el.children.filter((c) => c.uri !== ns);
  const color = viz.find((c) => c.name === 'color');
  if (color) {
    const hex = color.attrs.get('hex');
    const [r, g, b] = ['r', 'g', 'b'].map((k) => Number(color.attrs.get(k)));
    const parsed =
      hex !== undefined ? normalizeColor(hex.startsWith('#') ? hex : `#${hex}`) : undefined;
    if (parsed) node.color = parsed;
    else if ([r, g, b].every((n) => Number.isFinite(n)))
      node.color = rgbToHex({ r: r ?? 0, g: g ?? 0, b: b ?? 0 });
  }
  const position = viz.find((c) => c.name === 'position');
  if (position) {
    const x = Number(position.attrs.get('x'));
    const y = Number(position.attrs.get('y'));
    if (Number.isFinite(x) && Number.isFinite(y)) node.position = { x, y };
  }
  const size = Number(viz.find((c) => c.name === 'size')?.attrs.get('value'));
  if (Number.isFinite(size)) node.size = size;
}

export function readGexf(root: XmlElement): ReadResult {
  const errors = new ErrorList();
  const warnings: ImportWarning[] = [];
  const ns = root.uri;
  const format = root.attrs.get('version') === '1.3' || /1\.3/.test(ns) ? 'gexf13' : 'gexf';
  const graph = childNamed(root, 'graph', ns);
  if (!graph)
    return {
      ok: false,
      errors: [
        {
          where: whereXml(root),
          message: 'the file has no <graph> element',
          expected: '<graph> inside <gexf>',
        },
      ],
    };
  const directedDefault = (graph.attrs.get('defaultedgetype') ?? 'undirected') !== 'undirected';
  const declared = readDeclarations(graph, ns, warnings, errors);

  const nodes: RawNode[] = [];
  for (const block of childrenNamed(graph, 'nodes', ns))
    for (const el of childrenNamed(block, 'node', ns)) {
      const id = el.attrs.get('id');
      if (id === undefined) {
        errors.add({
          where: whereXml(el),
          message: 'a <node> has no id',
          expected: 'an id attribute',
        });
        continue;
      }
      if (childNamed(el, 'nodes', ns))
        warnings.push({
          where: whereXml(el),
          message: 'nested (hierarchical) nodes are not supported: ignored',
        });
      const label = el.attrs.get('label');
      const node: RawNode = {
        id,
        ...(label !== undefined ? { label } : {}),
        attrs: readAttvalues(el, ns, declared.node, errors),
        where: whereXml(el),
      };
      readViz(el, ns, node);
      nodes.push(node);
    }

  const edges: RawEdge[] = [];
  for (const block of childrenNamed(graph, 'edges', ns))
    for (const el of childrenNamed(block, 'edge', ns)) {
      const source = el.attrs.get('source');
      const target = el.attrs.get('target');
      if (source === undefined || target === undefined) {
        errors.add({
          where: whereXml(el),
          message: `an <edge> has no ${source === undefined ? 'source' : 'target'}`,
          expected: 'source and target attributes naming nodes',
        });
        continue;
      }
      const id = el.attrs.get('id');
      const label = el.attrs.get('label');
      const type = el.attrs.get('type');
      const attrs = readAttvalues(el, ns, declared.edge, errors);
      const weight = el.attrs.get('weight');
      if (weight !== undefined && Number.isFinite(Number(weight)) && !attrs.has('weight'))
        attrs.set('weight', Number(weight));
      edges.push({
        ...(id !== undefined ? { id } : {}),
        source,
        target,
        ...(label !== undefined ? { label } : {}),
        directed: type === undefined ? directedDefault : type !== 'undirected',
        attrs,
        where: whereXml(el),
      });
    }
  if (errors.size > 0) return { ok: false, errors: errors.list() };

  const meta = childNamed(root, 'meta', ns);
  const title = meta ? childNamed(meta, 'description', ns)?.text.trim() : undefined;
  const keywords = meta ? childNamed(meta, 'keywords', ns)?.text.trim() : undefined;
  const raw: RawGraph = {
    format,
    nodes,
    edges,
    document: {
      ...(keywords && /^[a-z0-9][a-z0-9-]*$/.test(keywords) ? { id: keywords } : {}),
      ...(title ? { title } : {}),
    },
    warnings,
  };
  return { ok: true, raw };
}

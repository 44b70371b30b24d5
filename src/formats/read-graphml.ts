/**
 * Reading GraphML into a RawGraph: typed `<key>`s (with defaults), the first `<graph>`,
 * its nodes and edges. `label` becomes the node label, and `originalId` (written by our
 * exporter for ids that are not NMTOKENs) restores the original id. yFiles graphics data,
 * nested graphs, ports and hyperedges are skipped with a warning.
 */
import { ErrorList, type RawEdge, type RawNode, type RawValue, type ReadResult } from './raw.ts';
import type { ImportWarning } from './types.ts';
import { typedValue } from './typed-value.ts';
import { childrenNamed, whereXml, type XmlElement } from './xml-parse.ts';

interface Key {
  name: string;
  type: string;
  for: string;
  default?: string;
  yfiles: boolean;
}

function readKeys(root: XmlElement, ns: string, errors: ErrorList): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const el of childrenNamed(root, 'key', ns)) {
    const id = el.attrs.get('id');
    if (id === undefined) {
      errors.add({
        where: whereXml(el),
        message: 'a <key> has no id',
        expected: 'an id attribute',
      });
      continue;
    }
    const def = childrenNamed(el, 'default', ns)[0];
    keys.set(id, {
      name: el.attrs.get('attr.name') ?? id,
      type: el.attrs.get('attr.type') ?? 'string',
      for: el.attrs.get('for') ?? 'all',
      ...(def ? { default: def.text } : {}),
      yfiles: el.attrs.has('yfiles.type'),
    });
  }
  return keys;
}

export function readGraphml(root: XmlElement): ReadResult {
  const errors = new ErrorList();
  const warnings: ImportWarning[] = [];
  const ns = root.uri;
  const keys = readKeys(root, ns, errors);
  const graphs = childrenNamed(root, 'graph', ns);
  const graph = graphs[0];
  if (!graph)
    return {
      ok: false,
      errors: [
        {
          where: whereXml(root),
          message: 'the file has no <graph> element',
          expected: '<graph> inside <graphml>',
        },
      ],
    };
  if (graphs.length > 1)
    warnings.push({
      where: whereXml(graphs[1] ?? graph),
      message: `only the first of ${graphs.length} graphs is read`,
    });
  let skippedGraphics = false;

  const readData = (el: XmlElement, forWhat: string): Map<string, RawValue> => {
    const attrs = new Map<string, RawValue>();
    for (const data of childrenNamed(el, 'data', ns)) {
      const keyId = data.attrs.get('key') ?? '';
      const key = keys.get(keyId);
      if (!key) {
        errors.add({
          where: whereXml(data),
          message: `<data key=${JSON.stringify(keyId)}> names no declared <key>`,
          expected: `one of the <key> ids: ${[...keys.keys()].slice(0, 10).join(', ')}`,
        });
        continue;
      }
      if (key.yfiles || data.children.length > 0) {
        skippedGraphics = true;
        continue;
      }
      const v = typedValue(data.text, key.type);
      if (typeof v === 'object' && 'error' in v)
        errors.add({
          where: whereXml(data),
          message: `value ${JSON.stringify(data.text)} is not ${v.error}`,
          expected: v.error,
        });
      else attrs.set(key.name, v);
    }
    for (const key of keys.values())
      if (
        key.default !== undefined &&
        (key.for === forWhat || key.for === 'all') &&
        !attrs.has(key.name)
      ) {
        const v = typedValue(key.default, key.type);
        if (!(typeof v === 'object' && 'error' in v)) attrs.set(key.name, v);
      }
    return attrs;
  };

  const graphData = readData(graph, 'graph');
  const directedDefault = graph.attrs.get('edgedefault') === 'directed';
  const realId = new Map<string, string>();
  const nodes: RawNode[] = [];
  for (const el of childrenNamed(graph, 'node', ns)) {
    const fileId = el.attrs.get('id');
    if (fileId === undefined) {
      errors.add({
        where: whereXml(el),
        message: 'a <node> has no id',
        expected: 'an id attribute',
      });
      continue;
    }
    if (childrenNamed(el, 'graph', ns).length > 0 || childrenNamed(el, 'port', ns).length > 0)
      warnings.push({
        where: whereXml(el),
        message: 'nested graphs and ports are not supported: ignored',
      });
    const attrs = readData(el, 'node');
    const original = attrs.get('originalId');
    attrs.delete('originalId');
    const id = typeof original === 'string' ? original : fileId;
    realId.set(fileId, id);
    const label = attrs.get('label');
    attrs.delete('label');
    nodes.push({
      id,
      ...(label !== undefined ? { label: String(label) } : {}),
      attrs,
      where: whereXml(el),
    });
  }
  for (const el of childrenNamed(graph, 'hyperedge', ns))
    warnings.push({ where: whereXml(el), message: 'hyperedges are not supported: ignored' });

  const edges: RawEdge[] = [];
  for (const el of childrenNamed(graph, 'edge', ns)) {
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
    const attrs = readData(el, 'edge');
    const original = attrs.get('originalId');
    attrs.delete('originalId');
    const fileId = el.attrs.get('id');
    const id = typeof original === 'string' ? original : fileId;
    const label = attrs.get('label');
    attrs.delete('label');
    const directed = el.attrs.get('directed');
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source: realId.get(source) ?? source,
      target: realId.get(target) ?? target,
      ...(label !== undefined ? { label: String(label) } : {}),
      directed: directed === undefined ? directedDefault : directed === 'true',
      attrs,
      where: whereXml(el),
    });
  }
  if (skippedGraphics)
    warnings.push({
      where: '(file)',
      message: 'yFiles graphics data (shapes, geometry) is not read',
    });
  if (errors.size > 0) return { ok: false, errors: errors.list() };

  const documentId = graphData.get('documentId');
  const title = graphData.get('title');
  return {
    ok: true,
    raw: {
      format: 'graphml',
      nodes,
      edges,
      document: {
        ...(typeof documentId === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(documentId)
          ? { id: documentId }
          : {}),
        ...(typeof title === 'string' && title !== '' ? { title } : {}),
      },
      warnings,
    },
  };
}

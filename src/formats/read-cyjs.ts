/**
 * Reading Cytoscape.js / Cytoscape desktop JSON into a RawGraph: `{ elements: { nodes,
 * edges } }`, `{ elements: [...] }` or a bare element array. Node `data.label` (else
 * `data.name`) is the label; `position` is kept. The echo fields our exporter adds
 * (`name` equal to the label, `interaction` equal to the edge kind) are dropped.
 */
import { ErrorList, type RawEdge, type RawNode, type ReadResult } from './raw.ts';
import type { ImportWarning } from './types.ts';
import { asPoint, isRecord, jsonAttrs, jsonId } from './json-values.ts';

const NODE_SKIP = new Set(['id', 'label']);
const EDGE_SKIP = new Set(['id', 'source', 'target', 'label']);

interface Element {
  value: Record<string, unknown>;
  where: string;
  group: 'nodes' | 'edges';
}

function elementsOf(value: unknown, errors: ErrorList): Element[] {
  const out: Element[] = [];
  const fromArray = (list: unknown[], base: string, group?: 'nodes' | 'edges') =>
    list.forEach((el, i) => {
      const where = `${base}[${i}]`;
      if (!isRecord(el) || !isRecord(el.data)) {
        errors.add({
          where,
          message: 'an element has no data object',
          expected: '{"data": {"id": …}}',
        });
        return;
      }
      const g =
        group ??
        (el.group === 'edges' ||
        (el.group !== 'nodes' && (el.data.source !== undefined || el.data.target !== undefined))
          ? 'edges'
          : 'nodes');
      out.push({ value: el, where, group: g });
    });
  if (Array.isArray(value)) {
    fromArray(value, '$');
    return out;
  }
  if (!isRecord(value)) {
    errors.add({
      where: '$',
      message: 'not a JSON object or array',
      expected: '{"elements": {"nodes": […], "edges": […]}}',
    });
    return out;
  }
  const elements = value.elements;
  if (Array.isArray(elements)) fromArray(elements, '$.elements');
  else if (isRecord(elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = elements[group];
      if (list === undefined) continue;
      if (Array.isArray(list)) fromArray(list, `$.elements.${group}`, group);
      else
        errors.add({
          where: `$.elements.${group}`,
          message: `${group} is not an array`,
          expected: 'an array of elements',
        });
    }
  } else
    errors.add({
      where: '$.elements',
      message: 'missing or not an object',
      expected: '{"nodes": […], "edges": […]}',
    });
  return out;
}

export function readCyjs(value: unknown): ReadResult {
  const errors = new ErrorList();
  const warnings: ImportWarning[] = [];
  const elements = elementsOf(value, errors);
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  for (const { value: el, where, group } of elements) {
    const data = el.data as Record<string, unknown>;
    if (group === 'nodes') {
      const id = jsonId(data.id);
      if (id === undefined) {
        errors.add({
          where: `${where}.data.id`,
          message: 'missing or not a string',
          expected: 'a node id',
        });
        continue;
      }
      const attrs = jsonAttrs(data, `${where}.data`, warnings, NODE_SKIP);
      const label = typeof data.label === 'string' ? data.label : undefined;
      // Our exporter echoes the label as Cytoscape desktop's `name`.
      if (label !== undefined && attrs.get('name') === label) attrs.delete('name');
      const position = asPoint(el.position);
      nodes.push({
        id,
        ...(label !== undefined ? { label } : {}),
        attrs,
        where,
        ...(position ? { position } : {}),
      });
    } else {
      const source = jsonId(data.source);
      const target = jsonId(data.target);
      if (source === undefined || target === undefined) {
        errors.add({
          where: `${where}.data.${source === undefined ? 'source' : 'target'}`,
          message: 'missing or not a string',
          expected: 'the id of a node',
        });
        continue;
      }
      const attrs = jsonAttrs(data, `${where}.data`, warnings, EDGE_SKIP);
      if (attrs.has('edgeKind') && attrs.get('interaction') === attrs.get('edgeKind'))
        attrs.delete('interaction');
      const id = jsonId(data.id);
      edges.push({
        ...(id !== undefined ? { id } : {}),
        source,
        target,
        ...(typeof data.label === 'string' ? { label: data.label } : {}),
        directed: true,
        attrs,
        where,
      });
    }
  }
  if (errors.size > 0) return { ok: false, errors: errors.list() };
  const meta = isRecord(value) && isRecord(value.data) ? value.data : {};
  const documentId = meta.documentId;
  const title = typeof meta.title === 'string' ? meta.title : undefined;
  return {
    ok: true,
    raw: {
      format: 'cyjs',
      nodes,
      edges,
      document: {
        ...(typeof documentId === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(documentId)
          ? { id: documentId }
          : {}),
        ...(title ? { title } : {}),
      },
      warnings,
    },
  };
}

/**
 * The inverse of attributes.ts: claimgraph nodes and edges from named attribute values,
 * whichever format they came from (strings from the flat formats, arrays from the JSON
 * ones, typed values from GEXF and GraphML). Each result is checked with the zod schema.
 */
import type { z } from 'zod';
import {
  edgeSchema,
  nodeSchema,
  type GraphEdge,
  type GraphNode,
  type Span,
} from '../model/schema.ts';
import { EDGE_ATTRS, NODE_ATTRS, joinList, parseOffsets, splitList } from './attributes.ts';
import type { RawValue } from './raw.ts';

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

type Attrs = ReadonlyMap<string, RawValue>;

export const NODE_KINDS = new Set(['actor', 'event', 'claim']);
export const EDGE_KINDS = new Set(['statement', 'about', 'participant', 'affiliation', 'reported']);

/** Attribute names a claimgraph node or edge may carry (anything else is dropped with a warning). */
export const KNOWN_NODE_ATTRS: ReadonlySet<string> = new Set([
  'label',
  ...NODE_ATTRS.map((a) => a.name),
]);
export const KNOWN_EDGE_ATTRS: ReadonlySet<string> = new Set([
  'label',
  ...EDGE_ATTRS.map((a) => a.name),
]);

const str = (v: RawValue | undefined): string | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? joinList(v as string[]) : String(v);

const list = (v: RawValue | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : Array.isArray(v)
      ? (v as unknown[]).map(String)
      : splitList(String(v));

class DecodeError extends Error {}

function bool(v: RawValue | undefined, name: string): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw new DecodeError(`${name}: expected true or false, found ${JSON.stringify(v)}`);
}

/** Spans from a list of texts and a list of `start-end` offsets. */
function spans(texts: RawValue | undefined, offsets: RawValue | undefined, name: string): Span[] {
  const exacts = list(texts) ?? [];
  const ranges = list(offsets) ?? [];
  if (exacts.length !== ranges.length)
    throw new DecodeError(
      `${name}: ${exacts.length} text(s) but ${ranges.length} offset pair(s); expected one offset pair per text`,
    );
  return ranges.map((r, i) => {
    const at = parseOffsets(r);
    if (!at)
      throw new DecodeError(`${name}Offsets: expected start-end, found ${JSON.stringify(r)}`);
    return { ...at, exact: exacts[i] ?? '' };
  });
}

/** Sets only defined values, so optional fields stay absent rather than `undefined`. */
function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

const zodMessage = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.map(String).join('.') || '(value)'}: ${i.message}`).join('; ');

function attempt<T>(
  build: () => unknown,
  parse: (v: unknown) => z.ZodSafeParseResult<T>,
): Decoded<T> {
  let candidate: unknown;
  try {
    candidate = build();
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = parse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: zodMessage(parsed.error) };
}

export function decodeClaimNode(
  id: string,
  label: string | undefined,
  a: Attrs,
): Decoded<GraphNode> {
  return attempt(
    () => {
      const kind = str(a.get('nodeKind'));
      const common = defined({
        id,
        kind,
        label,
        aliases: list(a.get('aliases')),
        description: str(a.get('description')),
        mentions: spans(a.get('mentions'), a.get('mentionOffsets'), 'mentions'),
      });
      if (kind === 'actor')
        return defined({
          ...common,
          actorType: str(a.get('actorType')),
          anonymous: bool(a.get('anonymous'), 'anonymous'),
        });
      const dated = {
        date: str(a.get('date')),
        dateInferred: bool(a.get('dateInferred'), 'dateInferred'),
      };
      if (kind === 'event')
        return defined({
          ...common,
          eventType: str(a.get('eventType')),
          ...dated,
          endDate: str(a.get('endDate')),
          place: str(a.get('place')),
        });
      return defined({ ...common, ...dated });
    },
    (v) => nodeSchema.safeParse(v),
  );
}

/** A stored edge, or `'reported'` for a derived edge (rebuilt from `via`, never decoded). */
export function decodeClaimEdge(
  id: string,
  source: string,
  target: string,
  a: Attrs,
): Decoded<GraphEdge | 'reported'> {
  const kind = str(a.get('edgeKind'));
  if (kind === 'reported') return { ok: true, value: 'reported' };
  return attempt(
    () => {
      const common = defined({
        id,
        kind,
        source,
        target,
        evidence: spans(a.get('evidence'), a.get('evidenceOffsets'), 'evidence'),
      });
      if (kind === 'statement')
        return defined({
          ...common,
          stance: str(a.get('stance')),
          cue: str(a.get('cue')),
          via: list(a.get('via')) ?? [],
          quote: str(a.get('quote')),
          date: str(a.get('date')),
          dateInferred: bool(a.get('dateInferred'), 'dateInferred'),
          note: str(a.get('note')),
        });
      return defined({ ...common, role: str(a.get('role')) });
    },
    (v) => edgeSchema.safeParse(v),
  );
}

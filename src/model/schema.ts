/**
 * The document-graph schema (DESIGN.md §1) as zod, the single source of truth:
 * TypeScript types are inferred from it and graph-data/schema/document-graph.schema.json
 * is generated from it (`npm run schema`).
 *
 * The schema checks the shape of one graph.json on its own. Cross-references
 * (unique ids, endpoints, endpoint kinds, spans against the text) need the whole
 * document and the text, so they live in validate.ts.
 */
import { z } from 'zod';
import {
  ACTOR_TYPES,
  ID_PATTERN,
  QUOTE_KINDS,
  SCHEMA_VERSION,
  STANCES,
  type ActorType,
  type QuoteKind,
  type Stance,
} from './vocabulary.ts';

export * from './vocabulary.ts';

// zod compiles fast parsers with `new Function`, and probes for it even when told nothing:
// under the app's Content Security Policy (no 'unsafe-eval') the probe is reported as a
// violation. Interpreted parsing is plenty fast for documents, in the app and the CLI alike.
z.config({ jitless: true });
export type { ActorType, QuoteKind, Stance };

/** Node ids are slugs: lower-case ASCII letters, digits and hyphens, starting with a letter or digit. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'expected a slug id: lower-case letters, digits and hyphens');

/** Partial ISO date: `2023`, `2023-07` or `2023-09-13`. */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
  );

/** A span of article.txt: UTF-16 offsets, end exclusive; `exact` must equal text.slice(start, end). */
export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'span end must be greater than start' });

export const actorTypeSchema = z.enum(ACTOR_TYPES);

export const stanceSchema = z.enum(STANCES);

export const quoteKindSchema = z.enum(QUOTE_KINDS);

const plainText = z.string().min(1);

const nodeCommon = {
  id: idSchema,
  label: plainText,
  aliases: z.array(plainText).optional(),
  description: z.string().optional(),
  mentions: z.array(spanSchema).min(1, 'every node needs at least one mention span'),
};

export const actorNodeSchema = z
  .object({
    ...nodeCommon,
    kind: z.literal('actor'),
    actorType: actorTypeSchema,
    anonymous: z.boolean().optional(),
  })
  .strict();

export const eventNodeSchema = z
  .object({
    ...nodeCommon,
    kind: z.literal('event'),
    eventType: plainText,
    date: partialDateSchema.optional(),
    endDate: partialDateSchema.optional(),
    dateInferred: z.boolean().optional(),
    place: plainText.optional(),
  })
  .strict();

export const claimNodeSchema = z
  .object({
    ...nodeCommon,
    kind: z.literal('claim'),
    date: partialDateSchema.optional(),
    dateInferred: z.boolean().optional(),
  })
  .strict();

export const nodeSchema = z.discriminatedUnion('kind', [
  actorNodeSchema,
  eventNodeSchema,
  claimNodeSchema,
]);

const edgeCommon = {
  id: idSchema,
  source: idSchema,
  target: idSchema,
  evidence: z.array(spanSchema).min(1, 'every edge needs at least one evidence span'),
};

export const statementEdgeSchema = z
  .object({
    ...edgeCommon,
    kind: z.literal('statement'),
    stance: stanceSchema,
    cue: plainText,
    via: z.array(idSchema).default([]),
    quote: quoteKindSchema,
    date: partialDateSchema.optional(),
    dateInferred: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

export const aboutEdgeSchema = z
  .object({ ...edgeCommon, kind: z.literal('about'), role: plainText.optional() })
  .strict();

export const participantEdgeSchema = z
  .object({ ...edgeCommon, kind: z.literal('participant'), role: plainText })
  .strict();

export const affiliationEdgeSchema = z
  .object({ ...edgeCommon, kind: z.literal('affiliation'), role: plainText })
  .strict();

export const edgeSchema = z.discriminatedUnion('kind', [
  statementEdgeSchema,
  aboutEdgeSchema,
  participantEdgeSchema,
  affiliationEdgeSchema,
]);

export const documentMetaSchema = z
  .object({
    id: idSchema,
    title: plainText,
    publisher: plainText,
    publishedAt: partialDateSchema,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag'),
    textFile: z
      .string()
      .regex(/^[^/\\]+$/, 'expected a file name in the document folder, without a path'),
    textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256'),
    note: z.string().optional(),
  })
  .strict();

export const documentGraphSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    document: documentMetaSchema,
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
  })
  .strict();

export type Span = z.infer<typeof spanSchema>;
export type ActorNode = z.infer<typeof actorNodeSchema>;
export type EventNode = z.infer<typeof eventNodeSchema>;
export type ClaimNode = z.infer<typeof claimNodeSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type StatementEdge = z.infer<typeof statementEdgeSchema>;
export type AboutEdge = z.infer<typeof aboutEdgeSchema>;
export type ParticipantEdge = z.infer<typeof participantEdgeSchema>;
export type AffiliationEdge = z.infer<typeof affiliationEdgeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentGraph = z.infer<typeof documentGraphSchema>;

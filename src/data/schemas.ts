/**
 * What the app fetches (served by vite-plugins/graph-data.ts) and how it is checked on
 * arrival: the graph with the model's own schema, the rest with small schemas here.
 */
import { z } from 'zod';
import { documentGraphSchema, idSchema, partialDateSchema } from '../model/schema.ts';

export const documentSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  publisher: z.string(),
  publishedAt: partialDateSchema,
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
});

export const documentIndexSchema = z.object({ documents: z.array(documentSummarySchema) });

export const pointSchema = z.object({ x: z.number(), y: z.number() });

/**
 * The default (force-directed) layout, computed ahead of time by the data plugin
 * (src/graph/precompute-layout.ts): node positions keyed by node id, in model coordinates,
 * with the algorithm and seed that produced them.
 */
export const layoutSchema = z.object({
  name: z.string().optional(),
  seed: z.number().int().nonnegative().optional(),
  positions: z.record(z.string(), pointSchema),
});

export const documentPayloadSchema = z.object({
  graph: documentGraphSchema,
  text: z.string(),
  layout: layoutSchema.optional(),
});

export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type DocumentIndex = z.infer<typeof documentIndexSchema>;
export type Point = z.infer<typeof pointSchema>;
export type DocumentLayout = z.infer<typeof layoutSchema>;
export type DocumentPayload = z.infer<typeof documentPayloadSchema>;

/** Checks data against a schema; the message lists every problem readably. */
export function checkData<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; message: string } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, message: z.prettifyError(result.error) };
}

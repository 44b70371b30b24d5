/** The JSON Schema form of the document-graph schema, generated from zod. */
import { z } from 'zod';
import { documentGraphSchema } from './schema.ts';

export function documentGraphJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentGraphSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    title: 'claimgraph document graph',
    description:
      'One news document as a graph of actors, events and claims, with stance-bearing statement edges. Generated from src/model/schema.ts by `npm run schema`; do not edit by hand.',
  };
}

/** The file's exact text: 2-space JSON with a final newline. */
export const documentGraphJsonSchemaText = (): string =>
  `${JSON.stringify(documentGraphJsonSchema(), null, 2)}\n`;

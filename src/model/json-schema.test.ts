import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { documentGraphJsonSchemaText } from './json-schema.ts';

it('the checked-in JSON Schema is generated from the zod schema (run `npm run schema` if not)', async () => {
  const file = path.resolve(
    import.meta.dirname,
    '../../graph-data/schema/document-graph.schema.json',
  );
  const checkedIn = await readFile(file, 'utf8');
  expect(checkedIn).toBe(documentGraphJsonSchemaText());
});

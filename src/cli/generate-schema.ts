/**
 * Writes graph-data/schema/document-graph.schema.json from the zod schema.
 * `npm run schema` regenerates it; a unit test fails when the checked-in copy is stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentGraphJsonSchemaText } from '../model/json-schema.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'graph-data/schema/document-graph.schema.json');
await writeFile(out, documentGraphJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);

/**
 * Writes docs/directory.schema.json, the JSON Schema of the directory's open data
 * (GET /api/v1/directory/open-data.json), from the contract's zod schema. The server test checks
 * the file is current and that the open data validates against it.
 *
 *   npm run schema:directory
 */
import fs from 'node:fs';
import { directorySchemaJson } from '../sdk/schemas/directory-json-schema.ts';

const file = new URL('../docs/directory.schema.json', import.meta.url);
fs.mkdirSync(new URL('.', file), { recursive: true });
fs.writeFileSync(file, directorySchemaJson());
console.log(`wrote ${file.pathname}`);

import * as z from 'zod';
import { OpenDirectory } from './directory.ts';

/** The open data's JSON Schema (draft-07, which every validator reads), as the file holds it. */
export function directorySchemaJson(): string {
  const schema = z.toJSONSchema(OpenDirectory, { target: 'draft-7', io: 'output' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://tehostamo.fi/schemas/directory.schema.json',
      title: 'Tehostamo directory (hyvinvointitarjotin) open data',
      description:
        "Every public listing with its services. Organisation (business id) → service → service channel, as the public service catalogue (PTV) models them; see the README's Open data section.",
    },
    null,
    2,
  )}\n`;
}

/**
 * Exports an organisation's tasks, in every state, with the hours its helpers were approved
 * for, as CSV: for bookkeeping, or for a report to the funder.
 *
 *   TEHOSTAMO_URL=https://tehostamo.example TEHOSTAMO_SECRET_KEY=sk_… \
 *     npx tsx sdk/examples/export-tasks-csv.ts <organisationId> [tasks.csv]
 *
 * Without a file name the CSV goes to standard output. A user's token works instead of a
 * secret key (TEHOSTAMO_TOKEN) for a member of the organisation.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from '../index.ts';
import { TaskStatus } from '../schemas/tasks.ts';
import { toCsv } from './csv.ts';

export const COLUMNS = [
  'id',
  'status',
  'category',
  'title',
  'accountingReference',
  'createdAt',
  'completedAt',
  'estimatedHours',
  'helpersWanted',
  'selectedCount',
  'approvedHours',
  'helpers',
] as const;

export async function exportTasks(client: Client, organisationId: number): Promise<string> {
  const rows: (string | number | null)[][] = [[...COLUMNS]];
  const tasks = client.tasks.list({ organisationId, status: TaskStatus.options, limit: 100 });
  for await (const task of tasks) {
    let approvedHours = 0;
    const helpers: string[] = [];
    if (task.selectedCount > 0) {
      const { data } = await client.tasks.applications.list(task.id);
      for (const app of data) {
        if (app.status !== 'selected') continue;
        helpers.push(app.applicant.name);
        if (app.assignment?.status === 'approved') approvedHours += app.assignment.actualHours ?? 0;
      }
    }
    rows.push([
      task.id,
      task.status,
      task.category,
      task.title,
      task.accountingReference,
      task.createdAt,
      task.completedAt,
      task.estimatedHours,
      task.helpersWanted,
      task.selectedCount,
      approvedHours,
      helpers.join('; '),
    ]);
  }
  return toCsv(rows);
}

async function main() {
  const organisationId = Number(process.argv[2]);
  const out = process.argv[3];
  const baseUrl = process.env.TEHOSTAMO_URL;
  const secretKey = process.env.TEHOSTAMO_SECRET_KEY;
  const token = process.env.TEHOSTAMO_TOKEN;
  if (!Number.isInteger(organisationId) || !baseUrl || !(secretKey || token)) {
    console.error(
      'usage: TEHOSTAMO_URL=… TEHOSTAMO_SECRET_KEY=sk_… npx tsx sdk/examples/export-tasks-csv.ts <organisationId> [out.csv]',
    );
    process.exit(2);
  }
  const client = createClient({ baseUrl, ...(secretKey ? { secretKey } : { token }) });
  const csv = await exportTasks(client, organisationId);
  if (out) await writeFile(out, csv);
  else process.stdout.write(csv);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/**
 * Bulk-imports help requests for an organisation from a CSV file, with its secret key.
 *
 *   TEHOSTAMO_URL=https://tehostamo.example TEHOSTAMO_SECRET_KEY=sk_… \
 *     npx tsx sdk/examples/import-tasks-csv.ts tasks.csv
 *
 * The header line names the columns; any order, commas or semicolons:
 *   category, title, estimatedHours       required (category is a slug, e.g. kirjanpito-talous)
 *   schedule or startsAt                  one of them: free text ("this week") or an ISO time
 *   details, helpersWanted, remote (yes/no), postalCode, endsAt, accountingReference, groupCode
 *
 * Each row goes with an idempotency key made from its contents, so running the script again
 * (within the 24 hours the server keeps keys) creates nothing twice: the rows already imported
 * answer with the task they created. A row the server refuses is reported and the rest go on.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createClient, isApiError, type TaskCreate } from '../index.ts';
import { parseCsvRecords } from './csv.ts';

export interface RowResult {
  /** The line of the CSV file (the header is line 1). */
  line: number;
  taskId?: number;
  /** The task had been created by an earlier run. */
  existed?: boolean;
  error?: string;
}

const YES = new Set(['true', 'yes', 'kyllä', 'ja', '1', 'x']);
const NO = new Set(['false', 'no', 'ei', 'nej', '0']);

function number(value: string): number {
  // Finnish spreadsheets write 2,5.
  return Number(value.replace(',', '.'));
}

/** One CSV record as the body of POST /tasks; empty cells are left out. */
export function rowToTask(row: Record<string, string>): TaskCreate {
  const cell = (name: string) => {
    const value = row[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const remote = cell('remote')?.toLowerCase();
  const task: Record<string, unknown> = {
    category: cell('category'),
    title: cell('title'),
    details: cell('details'),
    estimatedHours: cell('estimatedHours') && number(cell('estimatedHours')!),
    helpersWanted: cell('helpersWanted') && number(cell('helpersWanted')!),
    remote:
      remote === undefined ? undefined : YES.has(remote) ? true : NO.has(remote) ? false : remote,
    postalCode: cell('postalCode'),
    schedule: { text: cell('schedule'), startsAt: cell('startsAt'), endsAt: cell('endsAt') },
    accountingReference: cell('accountingReference'),
    groupCode: cell('groupCode'),
  };
  // The server checks every field and answers which one is wrong; nothing to repeat here.
  return JSON.parse(JSON.stringify(task)) as TaskCreate;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ImportOptions {
  baseUrl: string;
  secretKey: string;
  csv: string;
  fetch?: typeof globalThis.fetch;
  log?: (line: string) => void;
}

export async function importTasks(options: ImportOptions): Promise<RowResult[]> {
  const log = options.log ?? console.log;
  const replayed = new Set<string>();
  const baseFetch = options.fetch ?? globalThis.fetch;
  const client = createClient({
    baseUrl: options.baseUrl,
    secretKey: options.secretKey,
    // The server marks an answer it gives again for a key it has seen: note which.
    fetch: async (input, init) => {
      const headers = input instanceof Request ? input.headers : new Headers(init?.headers);
      const key = headers.get('idempotency-key');
      const response = await baseFetch(input, init);
      if (key && response.headers.get('idempotent-replayed') === 'true') replayed.add(key);
      return response;
    },
  });

  const results: RowResult[] = [];
  const seen = new Map<string, number>();
  const records = parseCsvRecords(options.csv);
  for (const [index, record] of records.entries()) {
    const line = index + 2;
    const task = rowToTask(record);
    // Two identical rows are two tasks: the key counts the copies.
    const content = JSON.stringify(task);
    const copy = (seen.get(content) ?? 0) + 1;
    seen.set(content, copy);
    const idempotencyKey = `csv-import-${await sha256(content)}-${copy}`;
    try {
      const created = await client.tasks.create(task, { idempotencyKey });
      const existed = replayed.has(idempotencyKey);
      results.push({ line, taskId: created.id, existed });
      log(
        `line ${line}: task ${created.id}${existed ? ' (imported before)' : ''} ${created.title}`,
      );
    } catch (error) {
      if (!isApiError(error)) throw error; // no answer from the server: stop, rerun later
      const issues = (error.details as { issues?: { path: string; message: string }[] })?.issues;
      const why = issues?.length
        ? issues.map((i) => `${i.path}: ${i.message}`).join('; ')
        : error.message;
      results.push({ line, error: why });
      log(`line ${line}: not imported (${error.code}) ${why}`);
    }
  }
  return results;
}

async function main() {
  const file = process.argv[2];
  const baseUrl = process.env.TEHOSTAMO_URL;
  const secretKey = process.env.TEHOSTAMO_SECRET_KEY;
  if (!file || !baseUrl || !secretKey) {
    console.error(
      'usage: TEHOSTAMO_URL=… TEHOSTAMO_SECRET_KEY=sk_… npx tsx sdk/examples/import-tasks-csv.ts tasks.csv',
    );
    process.exit(2);
  }
  const results = await importTasks({ baseUrl, secretKey, csv: await readFile(file, 'utf8') });
  const failed = results.filter((r) => r.error).length;
  const existed = results.filter((r) => r.existed).length;
  console.log(
    `${results.length - failed - existed} created, ${existed} imported before, ${failed} refused`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

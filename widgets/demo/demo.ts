/**
 * The embedding page's glue (served as /widgets/demo.js, used by /embed): the applicant picker follows a task of
 * the signed-in user's organisation — the one they post or open, else their newest open one —
 * and the snippet can be copied. Nothing here is needed to embed the widgets.
 */
import { createClient } from '../../sdk/client.ts';
import { browserStorage } from '../../sdk/storage.ts';
import type { TehostamoApplicantPicker } from '../applicant-picker/applicant-picker.ts';
import '../provider/provider.ts';

// The page's three widgets, each defined as soon as its own chunks are in: the task list (whose
// chunks the page preloads) does not wait for the form and the picker. Properties set on them
// before that are taken over when they upgrade.
void import('../task-list/task-list.ts');
void import('../request-form/request-form.ts');
void import('../applicant-picker/applicant-picker.ts');

// The page calls the API where it was loaded from, whatever host name serves it (its own CSP
// allows only that origin); the snippet keeps the public address for other sites.
for (const provider of document.querySelectorAll('tehostamo-provider')) {
  if (!provider.baseUrl) provider.baseUrl = location.origin;
}

const KEY = 'tehostamo-demo:task';
const picker = document.querySelector<TehostamoApplicantPicker>('tehostamo-applicant-picker');
const hint = document.querySelector<HTMLElement>('#picker-hint');

function show(taskId: number | null) {
  if (!picker) return;
  picker.hidden = taskId === null;
  if (hint) hint.hidden = taskId !== null;
  if (taskId !== null) {
    picker.taskId = taskId;
    sessionStorage.setItem(KEY, String(taskId));
  }
}

/** The newest open task of the signed-in user's organisations, if any. */
async function newestOwnTask(): Promise<number | null> {
  const storage = browserStorage();
  if (!(await storage.get())) return null;
  const client = createClient({ baseUrl: location.origin, storage });
  try {
    const me = await client.me.get();
    for (const { organisation } of me.memberships) {
      const page = await client.tasks.list({
        organisationId: organisation.id,
        status: ['open'],
        limit: 1,
      });
      if (page.data[0]) return page.data[0].id;
    }
  } catch {
    // Signed out or offline: the hint stays.
  }
  return null;
}

const fromUrl = Number(new URLSearchParams(location.search).get('task'));
const kept = Number(sessionStorage.getItem(KEY));
show(fromUrl > 0 ? fromUrl : kept > 0 ? kept : null);
if (!(fromUrl > 0) && !(kept > 0)) void newestOwnTask().then((id) => id && show(id));

document.addEventListener('tehostamo-sign-in', () => {
  if (picker?.hidden) void newestOwnTask().then((id) => id && show(id));
});
document.addEventListener('tehostamo-task-created', (event) => show(event.detail.task.id));
document.addEventListener('tehostamo-task-select', (event) => {
  if (event.detail.task.viewer.canManage) show(event.detail.task.id);
});

document.querySelector('#copy')?.addEventListener('click', async () => {
  const code = document.querySelector('#snippet')?.textContent ?? '';
  const status = document.querySelector('#copy-status');
  try {
    await navigator.clipboard.writeText(code);
    if (status) status.textContent = 'Kopioitu.';
  } catch {
    if (status) status.textContent = 'Kopiointi ei onnistunut: valitse teksti ja kopioi se itse.';
  }
});

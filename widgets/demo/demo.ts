/**
 * The demo page's glue (served as /widgets/demo.js): the applicant picker follows the task the
 * visitor posted or opened, and the snippet can be copied. Nothing here is needed to embed the
 * widgets.
 */
import '../index.ts';
import type { TehostamoApplicantPicker } from '../applicant-picker/applicant-picker.ts';

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

const fromUrl = Number(new URLSearchParams(location.search).get('task'));
const kept = Number(sessionStorage.getItem(KEY));
show(fromUrl > 0 ? fromUrl : kept > 0 ? kept : null);

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

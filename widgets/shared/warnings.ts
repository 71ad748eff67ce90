/**
 * Misuse is reported with a console warning that carries a stable code, never a throw: a page
 * that embeds a widget wrongly keeps working around it. Each code is reported once per page.
 */
export type WarningCode = 'no-client' | 'missing-task-id' | 'no-base-url' | 'missing-user-id';

const issued = new Set<string>();

export function warnOnce(code: WarningCode, message: string): void {
  const key = `${code}:${message}`;
  if (issued.has(key)) return;
  issued.add(key);
  console.warn(`[tehostamo:${code}] ${message}`);
}

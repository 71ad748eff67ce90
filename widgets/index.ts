/**
 * Tehostamo's widgets: importing this module defines every element. Served as one script at
 * `/widgets/tehostamo.js`:
 *
 * ```html
 * <script type="module" src="https://tehostamo.example/widgets/tehostamo.js"></script>
 * <tehostamo-provider base-url="https://tehostamo.example">
 *   <tehostamo-task-list></tehostamo-task-list>
 * </tehostamo-provider>
 * ```
 *
 * The directory's elements are not in this bundle (they would double it): load
 * `/widgets/directory.js` or `/widgets/listing-editor.js` for them.
 */
export { TehostamoProvider } from './provider/provider.ts';
export { TehostamoTaskList } from './task-list/task-list.ts';
export { TehostamoRequestForm } from './request-form/request-form.ts';
export { TehostamoApplicantPicker } from './applicant-picker/applicant-picker.ts';
export { TehostamoSignIn } from './shared/sign-in.ts';
export { TehostamoDialog } from './shared/dialog.ts';
export { TehostamoTask } from './task/task.ts';
export { TehostamoTaskApply } from './shared/task-apply.ts';
export { TehostamoProfileCard } from './profile-card/profile-card.ts';
export { TehostamoMyData } from './my-data/my-data.ts';
export { TehostamoMyWork, type MyWorkView } from './my-work/my-work.ts';
export { TehostamoApp } from './app/app.ts';
export { TehostamoChat } from './chat/chat.ts';
export { TehostamoGroups } from './groups/groups.ts';
export { TehostamoOrganisation } from './organisation/organisation.ts';
export { TehostamoEmbedBuilder } from './embed-builder/embed-builder.ts';
export { TehostamoOnboarding } from './onboarding/onboarding.ts';
export { TehostamoProfileEditor } from './profile-editor/profile-editor.ts';
export { TehostamoNeedsReport } from './needs-report/needs-report.ts';
export { clientContext, userContext, type TehostamoClient } from './context.ts';
export {
  emit,
  type TehostamoEvent,
  type TehostamoEventMap,
  type TehostamoEventName,
} from './events.ts';
export { LANGS, type Lang, type Strings } from './i18n/index.ts';
export type { Theme } from './shared/tehostamo-element.ts';
export { createClient, type Client } from '../sdk/client.ts';

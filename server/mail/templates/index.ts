import { applicationMails } from './applications.ts';
import { signInCode } from './auth.ts';
import { directoryEditLink, directoryListingStale } from './directory.ts';
import { groupInvitation } from './groups.ts';
import { organisationInvitation } from './organisations.ts';
import { privacyTemplates } from './privacy.ts';
import { matchingTemplates } from './matching.ts';
import { taskTemplates } from './tasks.ts';
import { visitorTemplates } from './visitors.ts';

/** Every email the service sends, by kind. Each domain keeps its texts in its own file. */
export const templates = {
  sign_in_code: signInCode,
  directory_edit_link: directoryEditLink,
  directory_listing_stale: directoryListingStale,
  group_invitation: groupInvitation,
  organisation_invitation: organisationInvitation,
  ...applicationMails,
  ...taskTemplates,
  ...visitorTemplates,
  ...privacyTemplates,
  ...matchingTemplates,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<K extends TemplateName> = Parameters<(typeof templates)[K]['fi']>[0];

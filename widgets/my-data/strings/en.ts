import type { MyDataStrings } from '../strings.ts';

export const en: MyDataStrings = {
  heading: 'Your data',
  exportLead:
    'Download everything Tehostamo stores about you: profile, organisations, tasks, applications, hours, messages, feedback, sign-ins and emails.',
  downloadJson: 'Download as a file (JSON)',
  downloadHtml: 'Download as a readable page (HTML)',
  preparing: 'Gathering your data…',
  downloaded: 'Your data has been downloaded.',
  eraseHeading: 'Erase your account',
  eraseLead:
    'Erasure cannot be undone. Your profile, contact details, memberships and sessions are deleted, your messages are replaced by a notice, and your open applications are withdrawn.',
  eraseKeeps:
    'The hours of completed tasks and the feedback the requester gave stay for others, without your name ("a former user").',
  sendCode: 'Email me a confirmation code',
  codeSent: (minutes) => `We emailed you a confirmation code. It is valid for ${minutes} minutes.`,
  codeLabel: 'Confirmation code',
  codeHint: 'Six digits from the email.',
  codeFormat: 'The code is six digits.',
  wrongCode: (left) => `The code is not right. Tries left: ${left}.`,
  erase: 'Erase my account for good',
  erasing: 'Erasing…',
  erased: 'Your account has been erased. Thank you for taking part.',
  lastAdmin:
    'You are the only admin of these organisations. Make someone else admin, or close the organisation, before erasing your account:',
  organisationSettings: 'Organisation settings',
  orgHeading: (name) => (name ? `The organisation's data: ${name}` : "The organisation's data"),
  orgExportLead:
    "Download all of the organisation's data: members, keys, groups, tasks, applications, chats, feedback, directory listing and audit log.",
  closeHeading: 'Close the organisation',
  closeLead:
    'Closing cannot be undone: open tasks are cancelled and their applicants told, keys stop working, and the members, group members and directory listing are removed. The history of tasks stays.',
  closeButton: 'Close the organisation for good',
  closing: 'Closing…',
  closed: 'The organisation has been closed.',
  notSupported: "This page does not offer the organisation's data.",
};

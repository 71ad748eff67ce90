/** Every story of the feed, the task's parts and the app: see every-story.ts. */
import app, * as appStories from '../../stories/app.stories.ts';
import applicantPicker, * as pickerStories from '../../stories/applicant-picker.stories.ts';
import requestForm, * as formStories from '../../stories/request-form.stories.ts';
import signIn, * as signInStories from '../../stories/sign-in.stories.ts';
import profileCard, * as profileStories from '../../stories/profile-card.stories.ts';
import myWork, * as myWorkStories from '../../stories/my-work.stories.ts';
import chat, * as chatStories from '../../stories/chat.stories.ts';
import taskList, * as listStories from '../../stories/task-list.stories.ts';
import sharedParts, * as sharedStories from '../../stories/dialog.stories.ts';
import { describeEveryStory } from './every-story.ts';

describeEveryStory('every story of the feed, the task and the app', [
  ['tehostamo-task-list', { ...listStories, default: taskList }],
  ['tehostamo-request-form', { ...formStories, default: requestForm }],
  ['tehostamo-applicant-picker', { ...pickerStories, default: applicantPicker }],
  ['tehostamo-sign-in', { ...signInStories, default: signIn }],
  ['tehostamo-profile-card', { ...profileStories, default: profileCard }],
  ['tehostamo-my-work', { ...myWorkStories, default: myWork }],
  ['tehostamo-app', { ...appStories, default: app }],
  ['tehostamo-shared-parts-demo', { ...sharedStories, default: sharedParts }],
  ['tehostamo-chat', { ...chatStories, default: chat }],
]);

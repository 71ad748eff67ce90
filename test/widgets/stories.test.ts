/**
 * Every story of every widget, as a fixture: it renders, settles, and axe finds nothing.
 * The other suites test behaviour; this one makes sure no state is left unchecked.
 */
import { expect } from '@open-wc/testing';
import app, * as appStories from '../../stories/app.stories.ts';
import applicantPicker, * as pickerStories from '../../stories/applicant-picker.stories.ts';
import requestForm, * as formStories from '../../stories/request-form.stories.ts';
import signIn, * as signInStories from '../../stories/sign-in.stories.ts';
import profileCard, * as profileStories from '../../stories/profile-card.stories.ts';
import myWork, * as myWorkStories from '../../stories/my-work.stories.ts';
import chat, * as chatStories from '../../stories/chat.stories.ts';
import taskList, * as listStories from '../../stories/task-list.stories.ts';
import sharedParts, * as sharedStories from '../../stories/dialog.stories.ts';
import groups, * as groupsStories from '../../stories/groups.stories.ts';
import organisation, * as organisationStories from '../../stories/organisation.stories.ts';
import onboarding, * as onboardingStories from '../../stories/onboarding.stories.ts';
import profileEditor, * as profileEditorStories from '../../stories/profile-editor.stories.ts';
import suggestedHelpers, * as suggestionStories from '../../stories/suggested-helpers.stories.ts';
import { renderStory, until, type StoryLike } from './helpers.ts';

type Module = Record<string, unknown> & { default: { title?: string; args?: object } };

const modules: [string, Module][] = [
  ['tehostamo-task-list', { ...listStories, default: taskList }],
  ['tehostamo-request-form', { ...formStories, default: requestForm }],
  ['tehostamo-applicant-picker', { ...pickerStories, default: applicantPicker }],
  ['tehostamo-sign-in', { ...signInStories, default: signIn }],
  ['tehostamo-profile-card', { ...profileStories, default: profileCard }],
  ['tehostamo-my-work', { ...myWorkStories, default: myWork }],
  ['tehostamo-app', { ...appStories, default: app }],
  ['tehostamo-shared-parts-demo', { ...sharedStories, default: sharedParts }],
  ['tehostamo-chat', { ...chatStories, default: chat }],
  ['tehostamo-groups', { ...groupsStories, default: groups }],
  ['tehostamo-organisation', { ...organisationStories, default: organisation }],
  ['tehostamo-onboarding', { ...onboardingStories, default: onboarding }],
  ['tehostamo-profile-editor', { ...profileEditorStories, default: profileEditor }],
  ['tehostamo-suggested-helpers', { ...suggestionStories, default: suggestedHelpers }],
];

describe('every story', () => {
  afterEach(() => localStorage.clear());

  for (const [tag, module] of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default') continue;
      const story = value as StoryLike & {
        play?: (c: { canvasElement: HTMLElement }) => Promise<void>;
      };
      it(`${module.default.title} › ${name} passes axe`, async () => {
        const { root } = await renderStory(module.default, story);
        const el = await until(
          () => root.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> },
        );
        await el.updateComplete;
        if (story.play) await story.play({ canvasElement: root });
        // Let the fake answer and the widget render what it answered.
        await new Promise((r) => setTimeout(r, 30));
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

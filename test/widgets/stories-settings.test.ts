/** Every story of Asetukset's widgets and the suggested helpers: see every-story.ts. */
import groups, * as groupsStories from '../../stories/groups.stories.ts';
import organisation, * as organisationStories from '../../stories/organisation.stories.ts';
import onboarding, * as onboardingStories from '../../stories/onboarding.stories.ts';
import profileEditor, * as profileEditorStories from '../../stories/profile-editor.stories.ts';
import suggestedHelpers, * as suggestionStories from '../../stories/suggested-helpers.stories.ts';
import { describeEveryStory } from './every-story.ts';

describeEveryStory('every story of the settings and the suggested helpers', [
  ['tehostamo-groups', { ...groupsStories, default: groups }],
  ['tehostamo-organisation', { ...organisationStories, default: organisation }],
  ['tehostamo-onboarding', { ...onboardingStories, default: onboarding }],
  ['tehostamo-profile-editor', { ...profileEditorStories, default: profileEditor }],
  ['tehostamo-suggested-helpers', { ...suggestionStories, default: suggestedHelpers }],
]);

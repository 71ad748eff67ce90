/**
 * Every story of the given widgets, as a fixture: it renders, settles, and axe finds nothing.
 * The other suites test behaviour; these make sure no state is left unchecked. The stories are
 * split over several test files so that the browser runs them side by side.
 */
import { expect } from '@open-wc/testing';
import { renderStory, until, type StoryLike } from './helpers.ts';

export type StoryModule = Record<string, unknown> & {
  default: { title?: string; args?: object };
};

export function describeEveryStory(title: string, modules: [tag: string, StoryModule][]) {
  describe(title, () => {
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
}

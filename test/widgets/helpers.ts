import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TehostamoProvider } from '../../widgets/provider/provider.ts';
import { fakeDefaults, type FakeClient } from '../../stories/support/fake-client.ts';

// The fakes answer at once in tests; stories keep their realistic pause.
fakeDefaults.delay = 0;

/** What the tests need of a Storybook story object. */
export interface StoryLike {
  args?: object;
  // Storybook types render's arguments per story; tests pass the merged args back in.
  render?: (args: any, context: any) => unknown;
}

/** Renders a story (meta args under the story's) as a test fixture. */
export async function renderStory(meta: { args?: object }, story: StoryLike) {
  const args = { ...meta.args, ...story.args };
  const root = await fixture<HTMLElement>(story.render!(args, undefined) as TemplateResult);
  const provider = root.querySelector('tehostamo-provider') as TehostamoProvider;
  // Stories of the shared parts have no provider: they need no client.
  return { root, provider, fake: provider?.client as FakeClient };
}

/** Waits until `check` passes (or fails with its last error after `timeout` ms). */
export async function until<T>(
  check: () => T | undefined | null | false,
  timeout = 10_000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    let last: unknown;
    try {
      const value = check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (performance.now() - start > timeout) {
      throw last instanceof Error ? last : new Error(`timed out waiting for ${check.toString()}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

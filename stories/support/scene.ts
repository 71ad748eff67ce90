import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Me } from '../../sdk/schemas/users.ts';
import '../../widgets/provider/provider.ts';
import { fakeClient, type FakeOptions } from './fake-client.ts';

export interface SceneArgs {
  lang?: 'fi' | 'sv' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  /** Narrow the scene to this many pixels (the 320 px stories). */
  width?: number;
}

/**
 * A widget inside a provider that hands it a fake client (and, when given, a signed-in user).
 * Tests reach the fake through `provider.client`.
 */
export function scene(
  fake: FakeOptions,
  content: TemplateResult,
  args: SceneArgs = {},
): TemplateResult {
  const client = fakeClient(fake);
  // A pending `me.get` leaves the user unknown: the provider is still asking.
  const user: Me | null | undefined = fake.pending?.includes('me.get')
    ? undefined
    : fake.signedIn && fake.user
      ? fake.user
      : null;
  const dark = args.theme === 'dark';
  const style = [
    args.width ? `max-width:${args.width}px` : '',
    dark ? 'background:#0e0f17;padding:8px' : '',
  ]
    .filter(Boolean)
    .join(';');
  return html`<div style=${ifDefined(style || undefined)}>
    <tehostamo-provider .client=${client} .user=${user} lang=${ifDefined(args.lang)}>
      ${content}
    </tehostamo-provider>
  </div>`;
}

import { css } from 'lit';

// The dark palette, once: chosen by `theme="dark"` or, with the automatic theme, by the system.
const darkPalette = css`
  --_surface: var(--tehostamo-surface, #161824);
  --_surface-alt: var(--tehostamo-surface-alt, #212436);
  --_text: var(--tehostamo-text, #eceef6);
  --_text-muted: var(--tehostamo-text-muted, #b6bacd);
  --_border: var(--tehostamo-border, #8a90aa);
  --_border-soft: var(--tehostamo-border-soft, #3a3e54);
  --_danger: var(--tehostamo-danger, #ffb4ab);
  --_danger-soft: var(--tehostamo-danger-soft, #3b1614);
  --_success: var(--tehostamo-success, #8fdba8);
  --_success-soft: var(--tehostamo-success-soft, #12301d);
  --_shadow: var(--tehostamo-shadow, 0 1px 2px rgb(0 0 0 / 0.4));
`;
const darkHelper = css`
  --_role-accent: #a8bfff;
  --_role-on-accent: #0b1437;
  --_role-accent-soft: #222c4d;
`;
const darkRequester = css`
  --_role-accent: #ff9ec4;
  --_role-on-accent: #3a0a1d;
  --_role-accent-soft: #43192b;
`;

/**
 * The design tokens. Public `--tehostamo-*` properties set by the page win; otherwise the
 * defaults below apply, light or dark. The accent depends on whose view it is, after the
 * original app: requester views pink, helper views dark blue (`.role-requester`,
 * `.role-helper` on the base element). Every pair used for text passes WCAG AA (4.5:1), and
 * borders of controls pass 3:1.
 */
export const theme = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--tehostamo-font-family, inherit);
    font-size: var(--tehostamo-font-size, inherit);
    line-height: 1.5;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base {
    --_surface: var(--tehostamo-surface, #ffffff);
    --_surface-alt: var(--tehostamo-surface-alt, #f4f5f8);
    --_text: var(--tehostamo-text, #1b1d29);
    --_text-muted: var(--tehostamo-text-muted, #4a4e5f);
    --_border: var(--tehostamo-border, #767b90);
    --_border-soft: var(--tehostamo-border-soft, #d5d8e2);
    --_danger: var(--tehostamo-danger, #b3261e);
    --_danger-soft: var(--tehostamo-danger-soft, #fdecea);
    --_success: var(--tehostamo-success, #1b6e3a);
    --_success-soft: var(--tehostamo-success-soft, #e6f4ea);
    --_radius: var(--tehostamo-radius, 0.5rem);
    --_space: var(--tehostamo-space, 1rem);
    --_shadow: var(
      --tehostamo-shadow,
      0 1px 2px rgb(20 22 40 / 0.08),
      0 2px 8px rgb(20 22 40 / 0.06)
    );
    --_accent: var(--tehostamo-accent, var(--_role-accent));
    --_on-accent: var(--tehostamo-on-accent, var(--_role-on-accent));
    --_accent-soft: var(--tehostamo-accent-soft, var(--_role-accent-soft));
    --_focus: var(--tehostamo-focus-ring, var(--_accent));

    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--tehostamo-padding, var(--_space));
    container-type: inline-size;
  }
  .role-helper {
    --_role-accent: #1f3a8a;
    --_role-on-accent: #ffffff;
    --_role-accent-soft: #e8edfb;
  }
  .role-requester {
    --_role-accent: #ad1457;
    --_role-on-accent: #ffffff;
    --_role-accent-soft: #fce4ec;
  }

  .theme-dark {
    ${darkPalette}
  }
  .theme-dark.role-helper {
    ${darkHelper}
  }
  .theme-dark.role-requester {
    ${darkRequester}
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      ${darkPalette}
    }
    .theme-auto.role-helper {
      ${darkHelper}
    }
    .theme-auto.role-requester {
      ${darkRequester}
    }
  }
`;

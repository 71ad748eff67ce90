import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Decorators compile as tsconfig.json says (experimentalDecorators). The preview bundle holds
  // Storybook itself, so its size warning says nothing about the widgets.
  viteFinal: async (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 4096 },
  }),
};
export default config;

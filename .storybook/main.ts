import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The widgets use TypeScript's legacy decorators (see tsconfig.json).
  viteFinal: async (config) => ({
    ...config,
    esbuild: {
      target: 'es2022',
      tsconfigRaw: {
        compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
      },
    },
  }),
};
export default config;

// Widget tests in the system Chromium (never a downloaded browser).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { playwrightLauncher } from '@web/test-runner-playwright';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const quiet = process.env.WTR_QUIET === '1';

export default {
  files: ['test/widgets/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      },
    }),
  ],
  concurrency: 2,
  // A generous harness limit: a shared 2-core machine can be slow; no test asserts on time.
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 90_000,
  reporters: [
    quiet ? summaryReporter({ flatten: false }) : defaultReporter(),
    junitReporter({ outputPath: 'test-results/widgets.xml', reportLogs: true }),
  ],
};

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';

const browsers = [
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true },
  }),
];
const firefox = firefoxPath();
if (firefox) {
  browsers.push(
    playwrightLauncher({
      product: 'firefox',
      launchOptions: { channel: 'moz-firefox', executablePath: firefox, headless: true },
    }),
  );
}

export default {
  files: ['test/{api,core,ui,theme,i18n,hostile}/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};

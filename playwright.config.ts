import { defineConfig, type Project } from '@playwright/test';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8787);
const appsPort = Number(process.env.APPS_PORT ?? 5174);

const projects: Project[] = [
  {
    name: 'chromium',
    use: {
      browserName: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    },
  },
];
const firefox = firefoxPath();
if (firefox) {
  projects.push({
    name: 'firefox',
    use: {
      browserName: 'firefox',
      launchOptions: { channel: 'moz-firefox', executablePath: firefox },
    },
  });
}

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  // One worker: every test resets and reads the one shared sandbox (donations,
  // faults, request log), so two tests at once would wipe each other's state.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${demoPort}`,
    trace: 'off',
  },
  projects,
  webServer: [
    {
      command: 'npx tsx demo/serve.ts',
      url: `http://127.0.0.1:${sandboxPort}/__sandbox/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { SANDBOX_QUIET: '1' },
    },
    {
      // The built example apps (demo/apps/*/dist) for test/e2e/apps.spec.ts.
      command: 'node demo/apps/serve.mjs',
      url: `http://127.0.0.1:${appsPort}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { APPS_PORT: String(appsPort) },
    },
  ],
});

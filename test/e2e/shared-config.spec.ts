// 7. Several widgets on one page share the config request (and one
// organization request per nonprofit).
import { test, expect } from '@playwright/test';
import {
  SANDBOX,
  e2ePage,
  expectState,
  resetSandbox,
  sandboxLog,
  withoutHotReload,
} from './helpers';

test.beforeEach(async ({ page, request }) => {
  await resetSandbox(request);
  await withoutHotReload(page);
});

test('three widgets with one key make one config request', async ({ page, request }) => {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'OPTIONS' && r.url().startsWith(`${SANDBOX}/v1/`)) {
      seen.push(new URL(r.url()).pathname);
    }
  });
  await page.goto(
    e2ePage({
      key: 'acme',
      count: 3,
      nonprofit: 'american-red-cross,doctors-without-borders,american-red-cross',
    }),
  );
  for (const id of ['#w1', '#w2', '#w3']) await expectState(page, 'ready', id);
  await expect(page.getByRole('heading', { name: 'American Red Cross' })).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Doctors Without Borders' })).toHaveCount(1);

  const count = (paths: string[], path: string) => paths.filter((p) => p === path).length;
  const expected = {
    config: 1,
    'american-red-cross': 1,
    'doctors-without-borders': 1,
  };
  const tally = (paths: string[]) => ({
    config: count(paths, '/v1/partner/config'),
    'american-red-cross': count(paths, '/v1/partner/organizations/american-red-cross'),
    'doctors-without-borders': count(paths, '/v1/partner/organizations/doctors-without-borders'),
  });
  expect(tally(seen)).toEqual(expected);
  expect(seen).toHaveLength(3);
  // The sandbox saw the same (its log also holds the CORS preflights).
  const served = (await sandboxLog(request)).filter((e) => e.method === 'GET').map((e) => e.path);
  expect(tally(served)).toEqual(expected);
});

// npm test: every check the project has, in order, stopping at the first
// failure: typecheck, lint, sandbox HTTP tests (node), unit and component
// tests (web-test-runner, Chromium + Firefox), build, the example apps, dist
// checks (size, SRI, hygiene, package contents, manifest, typings, SSR, the
// bin), end-to-end (Playwright against the demo, the example apps and the
// sandbox).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

// Node 20's test runner does not glob .ts files itself.
const files = (dir, suffix) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .map((f) => `${dir}/${f}`)
    : [];

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['sandbox', 'node', ['--import', 'tsx', '--test', ...files('test/sandbox', '.test.ts')]],
  ['unit+component', 'npx', ['web-test-runner']],
  ['build', 'node', ['scripts/build.mjs']],
  // The example apps (demo/apps: React, Vue, plain HTML) from the built package, for e2e.
  ['apps', 'node', ['demo/apps/build.mjs']],
  ['dist', 'node', ['--test', ...files('test/dist', '.test.mjs')]],
  ['e2e', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
const started = Date.now();
const done = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  const t0 = Date.now();
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n== ${name} FAILED (exit ${status}, ${secs} s)`);
    process.exit(status ?? 1);
  }
  done.push(`${name} ${secs}s`);
}
console.log(
  `\n== all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s: ${done.join(', ')}`,
);

// The published package (run after `npm run build`): what `npm pack` would
// ship, and the two linters of package metadata: publint (exports, files,
// module formats) and Are The Types Wrong (types for every entry point under
// every TypeScript module resolution that can load an ESM-only package).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const npx = (args) =>
  execFileSync('npx', ['--no-install', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
)[0];
const files = packed.files.map((f) => f.path).sort();

test('the package holds what users need', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'bin/sir-donate.mjs',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/react.js',
    'dist/react.d.ts',
    'dist/jsx.d.ts',
    'dist/vue.d.ts',
    'dist/cdn.d.ts',
    'dist/cdn/sir-donate.js',
    'dist/cdn/sir-donate.iife.js',
    'dist/cdn/integrity.json',
    'dist/sandbox.mjs',
    'dist/ui/sir-donate.js',
    'dist/ui/sir-donate.d.ts',
    'dist/api/client.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is not in the package`);
  }
  assert.ok(files.some((f) => /^dist\/cdn\/locales\/fr-.*\.js$/.test(f)), 'CDN translation chunks');
  // Every path the exports map names exists in the package.
  for (const target of Object.values(pkg.exports).flatMap((t) =>
    typeof t === 'string' ? [t] : Object.values(t),
  )) {
    if (target.includes('*')) continue;
    assert.ok(files.includes(target.slice(2)), `exports → ${target} is not in the package`);
  }
  for (const f of files.filter((f) => f.endsWith('.js') && f.startsWith('dist/') && !f.startsWith('dist/cdn/'))) {
    assert.ok(
      f === 'dist/sandbox.mjs' || files.includes(f.replace(/\.js$/, '.d.ts')),
      `${f} has no .d.ts`,
    );
  }
});

test('the package holds nothing else: no sources, tests, demo, maps or secrets', () => {
  const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|bin\/sir-donate\.mjs|dist\/.+\.(js|mjs|d\.ts|json))$/;
  for (const f of files) assert.match(f, allowed, `unexpected file in the package: ${f}`);
  for (const f of files) {
    assert.doesNotMatch(f, /^(src|test|demo|scripts|docs|node_modules|\.ci)\//, f);
    assert.doesNotMatch(f, /\.map$|\.tsbuildinfo$|(^|\/)\.env|\.pem$|\.key$/, f);
  }
  const secret = /sk_(test|live)_[0-9a-zA-Z]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY-----/;
  for (const f of files) {
    assert.doesNotMatch(readFileSync(new URL(f, root), 'utf8'), secret, `${f} holds a secret`);
  }
  // A size sanity check: the tarball stays small (a stray folder would blow it up).
  assert.ok(packed.size < 400_000, `the tarball is ${packed.size} B`);
});

test('the npm build is unbundled: dependencies stay imports, the sandbox stays out of it', () => {
  const index = readFileSync(new URL('dist/ui/sir-donate.js', root), 'utf8');
  assert.match(index, /from 'lit'/);
  for (const f of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
    const text = readFileSync(new URL(f, root), 'utf8');
    assert.doesNotMatch(text, /from ['"](hono|@hono\/node-server)/, `${f} imports the sandbox's server`);
    assert.doesNotMatch(text, /demo\/sandbox/, `${f} refers to demo/sandbox`);
  }
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/react', 'lit', 'zod']);
  assert.equal(pkg.peerDependenciesMeta?.react?.optional, true);
});

test('publint: no errors, warnings or suggestions', () => {
  const out = npx(['publint', '--strict', '--level', 'suggestion']);
  assert.match(out, /All good!/, out);
});

test('attw: every entry point has correct types (ESM only)', () => {
  let out;
  try {
    out = npx(['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'json']);
  } catch (err) {
    assert.fail(`attw found problems:\n${err.stdout}\n${err.stderr}`);
  }
  const { analysis } = JSON.parse(out);
  // esm-only: CommonJS `require` and node10 resolution are out of scope (an ESM-only package).
  const problems = analysis.problems.filter(
    (p) => !['node10', 'node16-cjs'].includes(p.resolutionKind),
  );
  assert.deepEqual(problems, []);
  for (const entry of ['.', './define', './react', './jsx', './vue', './cdn']) {
    for (const kind of ['node16-esm', 'bundler']) {
      const resolution = analysis.entrypoints[entry]?.resolutions[kind]?.resolution;
      assert.ok(resolution?.isTypeScript, `${entry} (${kind}) resolves to types`);
    }
  }
});

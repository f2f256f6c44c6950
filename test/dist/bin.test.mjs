// `npx sir-donate sandbox` (run after `npm run build`): the bin starts the
// bundled sandbox (dist/sandbox.mjs) on a free port, prints its banner, and
// answers; it needs no dependency at run time (checked from a copy of the
// bin and the bundle alone, without node_modules).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ACME = 'pk_test_2b3050c21bf6503a146cc7d524a8c4de01de98aa51922fbc085f2b07540ce234';

/** A copy of what the bin needs and nothing else (no node_modules). */
function isolatedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'sir-donate-bin-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(root, pkg.bin['sir-donate']), join(dir, 'bin/sir-donate.mjs'));
  copyFileSync(join(root, 'dist/sandbox.mjs'), join(dir, 'dist/sandbox.mjs'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  return dir;
}

/** Starts `sir-donate sandbox …` and resolves with the URL from its banner. */
function startSandbox(cwd, args) {
  const child = spawn(process.execPath, ['bin/sir-donate.mjs', 'sandbox', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner after 15 s:\n${output}`)), 15_000);
    const onData = (chunk) => {
      output += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      // The banner's last line: the signal handlers are installed right after it.
      if (m && /Faults:/.test(output)) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before the banner:\n${output}`));
    });
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, url, exited, output: () => output };
}

test('package.json declares the bin', () => {
  assert.deepEqual(pkg.bin, { 'sir-donate': './bin/sir-donate.mjs' });
  assert.match(readFileSync(join(root, pkg.bin['sir-donate']), 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('sir-donate sandbox --port 0: banner, health, the API, a clean stop', async () => {
  const dir = isolatedCopy();
  const sandbox = startSandbox(dir, ['--port', '0', '--quiet']);
  try {
    const url = await sandbox.url;
    assert.notEqual(url, 'http://127.0.0.1:0');
    assert.match(sandbox.output(), /pk_test_2b3050c2/); // the banner lists the seeded keys

    const health = await fetch(`${url}/__sandbox/health`);
    assert.equal(health.status, 200);

    const config = await fetch(`${url}/v1/partner/config`, { headers: { 'X-Partner-Key': ACME } });
    assert.equal(config.status, 200);
    const body = await config.json();
    assert.equal(JSON.stringify(body).includes('Acme'), true);
  } finally {
    sandbox.child.kill('SIGTERM');
    const { code } = await sandbox.exited;
    assert.equal(code, 0, `exit code after SIGTERM:\n${sandbox.output()}`);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sir-donate: help, version, unknown commands', () => {
  const run = (...args) =>
    spawnSync(process.execPath, ['bin/sir-donate.mjs', ...args], { cwd: root, encoding: 'utf8' });
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /sir-donate <command>[\s\S]*sandbox \[--port/);
  const sandboxHelp = run('sandbox', '--help');
  assert.equal(sandboxHelp.status, 0);
  assert.match(sandboxHelp.stdout, /--port/);
  const version = run('version');
  assert.equal(version.stdout.trim(), pkg.version);
  const unknown = run('deploy');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "deploy"/);
  const badPort = run('sandbox', '--port', 'x');
  assert.equal(badPort.status, 2);
});

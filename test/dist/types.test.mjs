// The typings as a partner's project sees them (run after `npm run build`):
// the example apps and their type tests, which import `sir-donate/*` through
// the package's exports map, are compiled against React 19's and Vue 3's own
// types: tsc for demo/apps/react (sir-donate/jsx, sir-donate/react), vue-tsc
// for demo/apps/vue (sir-donate/vue). The type tests also hold expected
// errors (a wrong prop, a wrong event handler), which must stay errors.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);
const run = promisify(execFile);

async function check(cmd, project) {
  try {
    await run('npx', ['--no-install', cmd, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8' });
  } catch (err) {
    assert.fail(`${cmd} -p ${project} failed:\n${err.stdout}${err.stderr}`);
  }
}

// Both at once: each takes several seconds.
test('type checks', async (t) => {
  await Promise.all([
    t.test('React 19 JSX and the React wrapper (tsc)', () =>
      check('tsc', 'demo/apps/react/tsconfig.json'),
    ),
    t.test('Vue 3 templates (vue-tsc)', () => check('vue-tsc', 'demo/apps/vue/tsconfig.json')),
  ]);
});

// npm run build: the npm build (unbundled ES modules + .d.ts in dist/), the
// CDN build (dist/cdn: one ES module and one IIFE with everything inlined),
// integrity.json with sha384 SRI hashes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await build({ logLevel: 'warn' });

const integrity = {};
for (const file of ['sir-donate.js', 'sir-donate.iife.js']) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  integrity[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
writeFileSync('dist/cdn/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log('dist/cdn/integrity.json', integrity);

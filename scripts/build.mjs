// npm run build:
//   1. the npm build: unbundled ES modules + .d.ts in dist/ (tsc; no source
//      maps: src/ is not published, so maps would point nowhere),
//   2. the CDN build (dist/cdn: one ES module and one IIFE with everything
//      inlined, see vite.config.ts),
//   3. the custom elements manifest (custom-elements.json) and the framework
//      typings generated from it (dist/jsx.d.ts, dist/vue.d.ts), see
//      custom-elements-manifest.config.mjs,
//   4. the sandbox as one Node file for `npx sir-donate sandbox`
//      (dist/sandbox.mjs, hono bundled in: no runtime dependency, and nothing
//      of it reaches the browser bundles),
//   5. dist/cdn/integrity.json with sha384 SRI hashes.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch {
    console.error(`\nbuild failed: ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
};
const t0 = Date.now();

rmSync('dist', { recursive: true, force: true });
const noMaps = ['--sourceMap', 'false', '--declarationMap', 'false'];
run('npx', ['tsc', '-p', 'tsconfig.build.json', ...noMaps]);
// The manifest (a separate TypeScript parse) runs while Vite builds.
const manifest = new Promise((resolve) => {
  execFile('npx', ['cem', 'analyze', '--quiet'], (err, stdout, stderr) => {
    if (err) {
      process.stderr.write(stdout + stderr);
      console.error('\nbuild failed: npx cem analyze');
      process.exit(1);
    }
    resolve();
  });
});
await build({ logLevel: 'warn' });

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'demo/sandbox/cli.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { entryFileNames: 'sandbox.mjs', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});

await manifest;

// Every file a page may load from the CDN: the two entry points and the
// on-demand translation chunks.
const integrity = {};
const chunks = readdirSync('dist/cdn/locales').map((f) => `locales/${f}`);
for (const file of ['sir-donate.js', 'sir-donate.iife.js', ...chunks]) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  integrity[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
writeFileSync('dist/cdn/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log('dist/cdn/integrity.json', integrity);
console.log(`build done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

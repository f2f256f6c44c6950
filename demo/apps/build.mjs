// node demo/apps/build.mjs (npm run build:apps): builds the example apps into
// demo/apps/<app>/dist from the built package, so run `npm run build` first.
// react and vue go through Vite with their own config; plain is copied, with
// the IIFE from dist/cdn and its SRI hash from integrity.json.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cdn = here('../../dist/cdn/');
if (!existsSync(`${cdn}integrity.json`) || !existsSync(here('../../dist/index.js'))) {
  console.error('demo/apps/build.mjs: the package is not built; run `npm run build` first.');
  process.exit(1);
}

const t0 = Date.now();
for (const app of ['react', 'vue']) {
  await build({ configFile: here(`${app}/vite.config.ts`) });
}

const plain = here('plain/dist/');
rmSync(plain, { recursive: true, force: true });
mkdirSync(plain, { recursive: true });
const integrity = JSON.parse(readFileSync(`${cdn}integrity.json`, 'utf8'));
const html = readFileSync(here('plain/index.html'), 'utf8');
if (!html.includes('__INTEGRITY__'))
  throw new Error('plain/index.html: no __INTEGRITY__ placeholder');
writeFileSync(`${plain}index.html`, html.replace('__INTEGRITY__', integrity['sir-donate.iife.js']));
copyFileSync(here('plain/main.js'), `${plain}main.js`);
copyFileSync(`${cdn}sir-donate.iife.js`, `${plain}sir-donate.iife.js`);

console.log(`demo/apps built (react, vue, plain) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

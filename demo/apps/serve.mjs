// node demo/apps/serve.mjs (npm run apps): serves the built example apps at
// http://127.0.0.1:5174/{react,vue,plain}/ (APPS_PORT overrides the port).
// Static files only: build them first with `npm run build:apps`. Playwright
// starts it for test/e2e/apps.spec.ts.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const APPS = ['react', 'vue', 'plain'];
const port = Number(process.env.APPS_PORT ?? 5174);
const root = fileURLToPath(new URL('.', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  if (url.pathname === '/') {
    const links = APPS.map((a) => `<li><a href="/${a}/">${a}</a></li>`).join('');
    res.writeHead(200, { 'content-type': types['.html'] }).end(`<!doctype html><ul>${links}</ul>`);
    return;
  }
  const [, app, ...rest] = decodeURIComponent(url.pathname).split('/');
  if (!APPS.includes(app ?? '')) return notFound(res);
  if (rest.length === 0) {
    res.writeHead(301, { location: `/${app}/${url.search}` }).end();
    return;
  }
  const dist = join(root, app, 'dist');
  let file = normalize(join(dist, ...rest));
  if (!file.startsWith(dist)) return notFound(res);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    return notFound(res, existsSync(dist) ? '' : ` (${app} is not built: npm run build:apps)`);
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

function notFound(res, why = '') {
  res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found${why}`);
}

server.listen(port, '127.0.0.1', () => {
  console.log(`sir-donate example apps: http://127.0.0.1:${port}/{${APPS.join(',')}}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });

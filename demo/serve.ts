// `npm start`: the local sandbox API and the demo site (Vite, hot reload)
// together. The demo pages talk to the sandbox at http://127.0.0.1:8787.
import { createServer } from 'vite';
import { startSandbox } from './sandbox/server.js';

const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8787);
const sandbox = await startSandbox({ port: sandboxPort, quiet: process.env.SANDBOX_QUIET === '1' });
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
const demoUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  sir-donate demo:  ${demoUrl}`);
console.log(`  gallery:          ${demoUrl}demo/gallery.html`);
console.log(`  sandbox API:      ${sandbox.url}\n`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await Promise.allSettled([vite.close(), sandbox.close()]);
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

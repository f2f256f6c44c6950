#!/usr/bin/env node
// `npx sir-donate sandbox [--port 8787] [--host 127.0.0.1] [--quiet]`: the
// local SIR Giving Partner API sandbox (test keys, seeded partners and
// nonprofits, fault injection) for offline development against
// <sir-donate api-base="http://127.0.0.1:8787">. The sandbox itself is
// demo/sandbox/cli.ts, bundled into dist/sandbox.mjs by `npm run build`.
const usage = `Usage: sir-donate <command>

Commands:
  sandbox [--port 8787] [--host 127.0.0.1] [--quiet]
      Start the local Partner API sandbox (loopback only; --port 0 picks a free port;
      default port: $SANDBOX_PORT, else 8787). Stop it with Ctrl+C.
  version
      Print the sir-donate version.
`;

const [command, ...rest] = process.argv.slice(2);

if (command === 'sandbox') {
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(usage);
    process.exit(0);
  }
  // The sandbox reads its flags from process.argv.slice(2).
  process.argv.splice(2, 1);
  await import('../dist/sandbox.mjs');
} else if (command === 'version' || command === '--version' || command === '-v') {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(pkg.version);
} else if (
  command === undefined ||
  command === 'help' ||
  command === '--help' ||
  command === '-h'
) {
  process.stdout.write(usage);
} else {
  process.stderr.write(`sir-donate: unknown command "${command}"\n\n${usage}`);
  process.exit(2);
}

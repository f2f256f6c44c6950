// tsx demo/sandbox/cli.ts [--port 8787] [--host 127.0.0.1] [--quiet]
// Port default: SANDBOX_PORT, else 8787.
import { nonprofits, partners } from './seed.js';
import { startSandbox } from './server.js';

interface CliArgs {
  port: number;
  host: string;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    port: Number(process.env['SANDBOX_PORT'] ?? 8787),
    host: '127.0.0.1',
    quiet: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] =
      arg?.startsWith('--') === true && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag ?? ''} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port':
      case '-p':
        args.port = Number(value());
        break;
      case '--host':
        args.host = value();
        break;
      case '--quiet':
      case '-q':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        console.log('Usage: tsx demo/sandbox/cli.ts [--port 8787] [--host 127.0.0.1] [--quiet]');
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown argument: ${arg ?? ''}`);
    }
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65_535)
    throw new Error('--port must be 0-65535');
  return args;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`sandbox: ${(err as Error).message}`);
    process.exit(2);
  }
  const sandbox = await startSandbox({ port: args.port, host: args.host, quiet: args.quiet });

  console.log(`\nSIR Giving Partner API sandbox listening on ${sandbox.url}`);
  console.log(`Use it as the widget's api-base: <sir-donate api-base="${sandbox.url}" ...>\n`);
  console.log('Partners (publishable test keys are public):');
  console.log(
    table(
      ['slug', 'state', 'publishable key', 'exercises'],
      partners.map((p) => [p.slug, p.status, p.publishableKey, p.exercises]),
    ),
  );
  console.log('\nNonprofits:');
  console.log(
    table(
      ['slug', 'exercises'],
      nonprofits.map((n) => [n.slug, n.exercises]),
    ),
  );
  console.log(
    `\nFaults: ?sandbox_fault=<mode> or POST ${sandbox.url}/__sandbox/faults; index: ${sandbox.url}/\n`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      console.log(`\nsandbox: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\nsandbox: ${signal} received, closing`);
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`sandbox: close failed: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  console.error(
    `sandbox: could not start: ${e.code === 'EADDRINUSE' ? 'the port is already in use' : e.message}`,
  );
  process.exit(1);
});

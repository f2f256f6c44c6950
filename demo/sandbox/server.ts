// Runs the sandbox app on a loopback port. close() lets hanging requests go
// and drops open connections, so tests and Ctrl+C never wait on a `hang` fault.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

import type { SandboxOptions, SandboxState } from './app.js';
import { createSandboxApp } from './app.js';

export interface StartSandboxOptions extends Omit<SandboxOptions, 'quiet'> {
  /** 0 = an ephemeral port (default 0). */
  port?: number;
  /** A loopback address: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  quiet?: boolean;
}

export interface RunningSandbox {
  /** Origin to use as the widget's api-base, e.g. http://127.0.0.1:8787 */
  readonly url: string;
  readonly port: number;
  readonly state: SandboxState;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export async function startSandbox(opts: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { port = 0, host = '127.0.0.1', ...appOptions } = opts;
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(
      `The sandbox listens on loopback only (127.0.0.1, ::1 or localhost), not on ${host}.`,
    );
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid port: ${String(port)}`);
  }
  const { app, state } = createSandboxApp(appOptions);

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }) as Server;
    const onError = (err: Error): void => reject(err);
    s.once('error', onError);
    s.once('listening', () => {
      s.off('error', onError);
      resolve(s);
    });
  });

  const address = server.address() as AddressInfo;
  const hostForUrl =
    address.family === 'IPv6' || address.address.includes(':')
      ? `[${address.address}]`
      : address.address;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${hostForUrl}:${address.port}`,
    port: address.port,
    state,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve, reject) => {
        state.releasePending();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
        // Anything still open after the released requests finish is dropped.
        setTimeout(() => server.closeAllConnections(), 50).unref();
      });
      return closing;
    },
  };
}

// The Vite config every example app shares: its own folder as `root`, output
// in <app>/dist, relative asset URLs, and `sir-donate/*` resolved through the
// package's own `exports` map to the built package (dist/), as an installed
// copy would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Alias, PluginOption, UserConfig } from 'vite';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

function packageAliases(): Alias[] {
  const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as {
    name: string;
    exports: Record<string, string | { default: string }>;
  };
  return Object.entries(pkg.exports)
    .filter(([subpath]) => !subpath.includes('*'))
    .map(([subpath, target]) => ({
      find: new RegExp(`^${pkg.name}${subpath.slice(1).replace(/[.]/g, '\\.')}$`),
      replacement: repo + (typeof target === 'string' ? target : target.default).slice(2),
    }));
}

export function appConfig(app: string, plugins: PluginOption[] = []): UserConfig {
  return {
    root: fileURLToPath(new URL(`../${app}/`, import.meta.url)),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins,
    resolve: { alias: packageAliases() },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
    },
  };
}

// What each module costs in the CDN ES module: the real build (vite.config.ts,
// both minifier passes) with a source map, every output byte attributed to the
// module it came from. "Marginal" is how many gzip bytes the file loses when
// that module's bytes are taken out (what removing the module would save);
// the marginals do not add up to the total, since gzip shares repeats
// between modules. `node scripts/bench/bundle-costs.mjs` prints the table;
// the benchmark puts it in docs/benchmarks.md.
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (s) => gzipSync(s, { level: 9 }).length;

/** Folders of a package count as the package; the project's own files keep their path. */
const moduleOf = (source) => {
  if (!source) return '(glue)';
  const i = source.lastIndexOf('node_modules/');
  if (i < 0) return source.replace(/^.*?\bsrc\//, 'src/');
  const [scope, name] = source.slice(i + 13).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
};

export async function bundleCosts() {
  const out = await build({
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: true,
      lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'sir-donate.js' },
    },
  });
  const chunk = [out]
    .flat()
    .flatMap((o) => o.output)
    .find((o) => o.fileName === 'sir-donate.js');
  const { code } = chunk;
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
  const segments = [];
  eachMapping(new TraceMap(chunk.map), (m) =>
    segments.push([lineStart[m.generatedLine - 1] + m.generatedColumn, moduleOf(m.source)]),
  );
  segments.sort((a, b) => a[0] - b[0]);
  const owner = new Array(code.length).fill('(glue)');
  segments.forEach(([at, mod], i) => owner.fill(mod, at, segments[i + 1]?.[0] ?? code.length));
  const total = gzip(code);
  const rows = [...new Set(owner)].map((mod) => {
    let rest = '';
    let raw = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i] === mod) raw++;
      else rest += code[i];
    }
    return { module: mod, raw, gzip: total - gzip(rest) };
  });
  return { raw: code.length, gzip: total, rows: rows.sort((a, b) => b.gzip - a.gzip) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip: total, rows } = await bundleCosts();
  console.log(`sir-donate.js: ${raw} B raw, ${total} B gzip`);
  for (const r of rows)
    console.log(
      `${r.module.padEnd(34)} ${String(r.raw).padStart(7)} ${String(r.gzip).padStart(6)}`,
    );
}

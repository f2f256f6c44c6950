import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

// Lit's html`` and css`` templates keep their source whitespace unless minified:
// minify-literals (html-minifier-next + Lightning CSS) does it in the build only.
const minifyLiterals: Plugin = {
  name: 'minify-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result && { code: result.code, map: result.map };
  },
};

// A second minifier pass over the finished files: terser's repeated compress
// passes find what one Oxc pass leaves (about 0.4 KB gzip here).
const terserPass: Plugin = {
  name: 'terser-pass',
  apply: 'build',
  async generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const iife = file.fileName.endsWith('.iife.js');
      const out = await minify(file.code, {
        module: !iife,
        ecma: 2020,
        compress: { passes: 3 },
        format: { comments: false },
        // Only when a map was asked for (the bundle-cost breakdown): it maps through both passes.
        sourceMap: file.map ? { content: JSON.stringify(file.map), asObject: true } : false,
      });
      file.code = out.code!;
      if (file.map) Object.assign(file.map, out.map);
    }
  },
};

// One config for two jobs: the demo dev server (`npm start` serves index.html
// and demo/*.html with hot reload), and the CDN build (`npm run build` →
// dist/cdn: a self-contained ES module and an IIFE, everything inlined).
export default defineConfig({
  plugins: [minifyLiterals, terserPass],
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
  // Scan only the demo's pages for dependencies: the example apps under
  // demo/apps import `sir-donate/*` and .vue files, which only their own
  // configs resolve (a failed scan would turn pre-bundling off for the demo).
  optimizeDeps: { entries: ['index.html', 'demo/*.html'] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // Translations other than English are split out (ES build) and load on demand.
      // Vite keeps lib-mode ES output unminified; the CDN file must be minified.
      output: { minify: true, chunkFileNames: 'locales/[name]-[hash].js' },
    },
    lib: {
      entry: 'src/cdn.ts',
      name: 'SirDonate',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'sir-donate.js' : 'sir-donate.iife.js'),
    },
  },
});

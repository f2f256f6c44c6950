import { defineConfig } from 'vite';

// One config for two jobs: the demo dev server (`npm start` serves index.html
// and demo/*.html with hot reload), and the CDN build (`npm run build` →
// dist/cdn: a self-contained ES module and an IIFE, everything inlined).
export default defineConfig({
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
    // Vite keeps lib-mode ES output unminified; the CDN file must be minified.
    rolldownOptions: {
      // Translations other than English are split out (ES build) and load on demand.
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

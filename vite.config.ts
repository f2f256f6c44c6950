import { defineConfig } from 'vite';

// One config for two jobs: the demo dev server (`npm start` serves index.html
// and demo/*.html with hot reload), and the CDN build (`npm run build` →
// dist/cdn: a self-contained ES module and an IIFE, everything inlined).
export default defineConfig({
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // Vite keeps lib-mode ES output unminified; the CDN file must be minified.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/cdn.ts',
      name: 'SirDonate',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'sir-donate.js' : 'sir-donate.iife.js'),
    },
  },
});

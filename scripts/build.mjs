// Builds with esbuild: the server (npm packages stay external, installed by npm ci) and the tab
// (one bundle per area with code splitting; the admin area loads on demand).
import { build } from 'esbuild';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';

const started = performance.now();
await rm('dist/tab', { recursive: true, force: true });
await mkdir('dist/tab', { recursive: true });
const [, tab] = await Promise.all([
  build({
    entryPoints: { main: 'src/main.ts' },
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: { main: 'tabs/src/main.tsx' },
    outdir: 'dist/tab',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'safari15'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  }),
]);
await copyFile('tabs/index.html', 'dist/tab/index.html');
await writeFile('dist/tab/meta.json', JSON.stringify(tab.metafile));
console.log(`built dist/server and dist/tab in ${Math.round(performance.now() - started)} ms`);

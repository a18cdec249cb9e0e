// Bundles the server with esbuild. npm packages stay external (installed by npm ci), our code is one file.
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built dist/server in ${Math.round(performance.now() - started)} ms`);

// Compiles the server to JavaScript for production: dist/server/main.js, run by plain node
// (no TypeScript compiler at run time). Packages stay in node_modules; only our code is bundled.
import fs from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['server/main.ts'],
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  // Sequelize names a model after its class, and SQL written by hand refers to a model's alias
  // (`Task`.status): bundling must not rename classes (esbuild would make Task _Task).
  keepNames: true,
  logLevel: 'warning',
});
// The postal code coordinates are read at run time, next to where the bundle looks for them.
fs.mkdirSync('dist/data', { recursive: true });
fs.copyFileSync('server/data/postal-coordinates.json', 'dist/data/postal-coordinates.json');
console.log('built dist/server/main.js');

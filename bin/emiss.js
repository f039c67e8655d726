#!/usr/bin/env node
// The `emiss` command. The sources are TypeScript: they run compiled from .emiss-build/
// (bin/build-cache.js, rebuilt when a source changes), or through tsx (an npm dependency,
// esbuild inside) where that folder cannot be written. `npm ci` needs no build step and no
// install script either way.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledSources } from './build-cache.js';

// A closed pipe (`emiss raw dump … | head`) ends the command quietly, as Unix tools do.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const built = await compiledSources();
let main;
if (built) ({ main } = await import(pathToFileURL(join(built, 'src/cli/main.js')).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The `emiss` command. The sources are TypeScript; tsx (an npm dependency, esbuild inside)
// compiles them on load, so `npm ci` needs no build step and no install script.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`emiss raw dump … | head`) ends the command quietly, as Unix tools do.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

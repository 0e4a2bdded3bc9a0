#!/usr/bin/env node
/** Serve the built site (dist/) locally: node scripts/serve.ts [--port 4321] */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } } });
if (!existsSync(values.dir)) {
  console.error(`error: ${values.dir}/ does not exist: run \`npm run build\` first`);
  process.exit(1);
}
const { url } = await serveStatic(values.dir, Number(values.port));
console.log(`Serving the site at ${url}/  (Ctrl+C to stop)`);

#!/usr/bin/env node
/**
 * Serve the built site (dist/) locally on 127.0.0.1, with the headers of
 * dist/_headers (see scripts/lib/static-server.ts).
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 *
 * The port defaults to $PORT, then 4321; 0 picks a free one. Exit 1 when the
 * folder is missing or the port cannot be used (busy, not permitted, not a
 * port number); exit 2 on an unknown option.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const USAGE = 'usage: node scripts/serve.ts [--port 4321] [--dir dist]';

function fail(message: string, code: number): never {
  console.error(`error: ${message} (${USAGE})`);
  process.exit(code);
}

let values: { port: string; dir: string; help: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: process.env.PORT || '4321' },
      dir: { type: 'string', default: 'dist' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) fail(`--port must be a number from 0 to 65535, got "${values.port}"`, 1);
const port = Number(values.port);
if (!existsSync(values.dir)) fail(`${values.dir}/ does not exist: run \`npm run build\` first`, 1);

try {
  const { url } = await serveStatic(values.dir, port);
  console.log(`Serving the site at ${url}/  (Ctrl+C to stop)`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${port} is already in use on 127.0.0.1: stop the other server or choose another with --port, 0 for any free one`
      : code === 'EACCES'
        ? `not permitted to listen on port ${port}: choose a port above 1023 with --port`
        : `cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`;
  fail(reason, 1);
}

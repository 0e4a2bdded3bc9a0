import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/**
 * Serve dist/ for the site tests (the test command builds it first).
 * `SITE_DIR=…` serves another built copy instead (for tests that only talk to the server).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = process.env.SITE_DIR || 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: the site tests need \`npm run build\` first`);
  const { server, url } = await serveStatic(dir);
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

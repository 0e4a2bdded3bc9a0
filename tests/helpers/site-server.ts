import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serve dist/ for the site tests (the test command builds it first). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: the site tests need `npm run build` first');
  const { server, url } = await serveStatic('dist');
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

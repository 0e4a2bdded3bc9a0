import { readFile, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { headerRules, headersFor, parseHeaders, REVALIDATE, type HeaderRule } from './headers.ts';

/** Content types of the site's files (sirv's own table lacks charsets and Pagefind's files). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

const ALLOW = 'GET, HEAD';

/** Files of the output folder that are configuration for static hosts, never content. */
const NOT_SERVED = new Set(['/_headers', '/_redirects']);

/**
 * The header rules of `root/_headers` (re-read when the file changes), or the
 * built-in rules of scripts/lib/headers.ts when there is none. A malformed
 * file is reported once and the built-in rules are used.
 */
function headerRuleSource(root: string): () => HeaderRule[] {
  const file = join(root, '_headers');
  const fallback = headerRules();
  let seen = '';
  let rules = fallback;
  return () => {
    let stamp = '';
    try {
      const s = statSync(file);
      stamp = `${s.size}:${s.mtimeMs}`;
    } catch {
      stamp = '';
    }
    if (stamp === seen) return rules;
    seen = stamp;
    rules = fallback;
    if (!stamp) return rules;
    try {
      rules = parseHeaders(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`static server: ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return rules;
  };
}

/** Codings the client accepts (q > 0), among the precompressed ones. */
function acceptedCodings(header: string | string[] | undefined): string[] {
  const q = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token.trim(), Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  return ['br', 'gzip'].filter((c) => (q.get(c) ?? star ?? 0) > 0);
}

/** Keep a Range header only when it is one plain range sirv handles correctly; otherwise serve the whole file. */
function usableRange(header: string | undefined): boolean {
  if (!header) return false;
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!m) return false;
  const start = Number(m[1]);
  // sirv reads an end of 0 as "to the end"; a backwards range would throw in createReadStream.
  return m[2] === '' || (Number(m[2]) >= start && Number(m[2]) > 0);
}

function setAll(res: ServerResponse, headers: Map<string, { name: string; value: string }>): void {
  for (const { name, value } of headers.values()) res.setHeader(name, value);
}

/** An error response with a short plain-text body. */
function plain(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(`${text}\n`);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.setHeader('Cache-Control', REVALIDATE);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serve a built static site from `dir` on 127.0.0.1 with sirv: directory URLs
 * map to index.html, precompressed `.br`/`.gz` files are sent to clients that
 * accept them, pages carry ETag and Last-Modified (conditional requests get
 * 304), unknown paths get 404.html with status 404. Every response carries
 * the headers of `dir/_headers` (or the same built-in rules when the file is
 * missing): security headers, and long-lived caching of hashed files;
 * everything else is `no-cache`. Only GET and HEAD are allowed (405
 * otherwise); a malformed percent-escape or a `..` segment is a 400, and no
 * path can reach outside `dir`. Resolves with the server and its base URL;
 * rejects if the port cannot be bound.
 */
export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const rulesNow = headerRuleSource(root);
  // dev: look files up on each request, so a rebuilt dist/ is served as it is now
  // (sirv's cache mode would keep the file list and sizes of server start).
  const files = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const type = TYPES[extname(pathname).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
      else if (extname(pathname) && !/\.(br|gz)$/i.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });

  function notFound(req: IncomingMessage, res: ServerResponse): void {
    const codings = acceptedCodings(req.headers['accept-encoding']);
    const candidates: [file: string, coding: string | null][] = [];
    if (codings.includes('br')) candidates.push(['404.html.br', 'br']);
    if (codings.includes('gzip')) candidates.push(['404.html.gz', 'gzip']);
    candidates.push(['404.html', null]);
    const attempt = (i: number): void => {
      const [name, coding] = candidates[i]!;
      readFile(join(root, name), (error, body) => {
        if (res.destroyed) return;
        if (error) return i + 1 < candidates.length ? attempt(i + 1) : plain(req, res, 404, 'Not found');
        res.statusCode = 404;
        res.setHeader('Content-Type', TYPES['.html']!);
        res.setHeader('Content-Length', body.length);
        res.setHeader('Cache-Control', REVALIDATE);
        res.setHeader('Vary', 'Accept-Encoding');
        if (coding) res.setHeader('Content-Encoding', coding);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    };
    attempt(0);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const rules = rulesNow();
    const target = req.url ?? '';
    const rawPath = target.split(/[?#]/, 1)[0]!;
    let path: string | null = null;
    if (rawPath.startsWith('/')) {
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        path = null;
      }
    }
    const headers = headersFor(rules, path ?? rawPath);
    const cacheControl = headers.get('cache-control');
    headers.delete('cache-control');
    setAll(res, headers);

    if (path === null) return plain(req, res, 400, 'Bad request: malformed URL');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', ALLOW);
      return plain(req, res, 405, 'Method not allowed');
    }
    const segments = path.split('/');
    if (path.includes('\0') || path.includes('\\') || segments.includes('..')) return plain(req, res, 400, 'Bad request: path outside the site');
    if (segments.some((s) => s.startsWith('.')) || NOT_SERVED.has(path)) return notFound(req, res);

    // Hand sirv only what it handles correctly.
    const codings = acceptedCodings(req.headers['accept-encoding']);
    req.headers['accept-encoding'] = codings.join(', ');
    if (!usableRange(req.headers.range) || req.headers['if-range']) delete req.headers.range;

    res.setHeader('Cache-Control', cacheControl?.value ?? REVALIDATE);
    res.setHeader('Vary', 'Accept-Encoding');
    // sirv pipes a file stream into the response but never closes it when the
    // client goes away: close it with the response, and end the response if the file fails.
    res.on('pipe', (source: Readable) => {
      source.on('error', () => res.destroy());
      res.once('close', () => source.destroy());
    });
    // sirv's 304 carries no validator: repeat the one that matched.
    const etag = req.headers['if-none-match'];
    if (etag) {
      const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        if (status === 304) res.setHeader('ETag', etag);
        return writeHead(status, ...rest);
      }) as typeof res.writeHead;
    }
    files(req, res, () => notFound(req, res));
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`static server: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else plain(req, res, 500, 'Internal server error');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

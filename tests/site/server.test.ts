/**
 * The local static server (scripts/lib/static-server.ts), the header rules it
 * shares with the generated `_headers` file (scripts/lib/headers.ts,
 * scripts/headers.ts), the precompression step (scripts/precompress.ts) and
 * the serve command (scripts/serve.ts), on a tiny site built here:
 *
 *   <tmp>/dist/          index.html, 404.html, a hashed Astro bundle, search data (one file already gzipped), a large file
 *   <tmp>/dist-secret/   a sibling whose name starts with "dist": never reachable
 *   <tmp>/bare/          a site without _headers (the built-in rules apply)
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_ANCESTORS, formatHeaders, headerRules, headersFor, HeadersFileError, IMMUTABLE, matchesPattern, parseHeaders } from '../../scripts/lib/headers.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { precompress } from '../../scripts/precompress.ts';

const NODE = resolve('node_modules/.bin/node');
const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='; object-src 'none'";
const SECRET = 'SECRET-SIBLING-CONTENT';

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}"><title>${title}</title></head><body>${body}</body></html>\n`;

let tmp: string;
let dist: string;
let bare: string;
let site: { server: Server; url: string };
let bareSite: { server: Server; url: string };
const BUNDLE = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word-${i % 37}`))};\nconsole.log(words.length);\n`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request (the path is sent exactly as given, unnormalised). */
function get(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Run a command with the project's Node; resolve with its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(NODE, args, { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      ok({ code, stdout, stderr });
    });
  });
}

const openFds = (): number => readdirSync('/proc/self/fd').length;

async function expectAlive(base = site.url): Promise<void> {
  const home = await get(base, '/');
  expect(home.status).toBe(200);
  expect(home.body.toString()).toContain('Home page');
}

function expectSecurityHeaders(headers: IncomingHttpHeaders, what: string): void {
  expect(headers['content-security-policy'], what).toContain(FRAME_ANCESTORS);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pc-server-'));
  dist = join(tmp, 'dist');
  bare = join(tmp, 'bare');
  for (const dir of [dist, join(dist, '_astro'), join(dist, 'search', 'data'), join(dist, 'about'), join(tmp, 'dist-secret'), bare]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('Home', `<h1>Home page</h1>${'<p>Paragraph of the home page.</p>'.repeat(50)}`));
  writeFileSync(join(dist, 'about', 'index.html'), page('About', '<h1>About page</h1>'));
  writeFileSync(join(dist, '404.html'), page('Not found', '<h1>Custom not-found page</h1>'));
  writeFileSync(join(dist, '_astro', 'x.123abc.js'), BUNDLE);
  writeFileSync(join(dist, 'search', 'data', 'zh-hans.json'), JSON.stringify({ records: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, text: '中美关系关乎两国人民福祉' })) }));
  // A file already gzipped under a text file's name.
  writeFileSync(join(dist, 'search', 'data', 'packed.json'), gzipSync(JSON.stringify({ packed: 'x'.repeat(2000) })));
  // Larger than any socket buffer, so an aborted download is cut off mid-file.
  writeFileSync(join(dist, 'large.bin'), Buffer.alloc(24 * 1024 * 1024, 0x61));
  writeFileSync(join(dist, '.env'), SECRET);
  writeFileSync(join(tmp, 'dist-secret', 'x.txt'), SECRET);
  writeFileSync(join(bare, 'index.html'), '<!doctype html><title>Bare</title><h1>Home page</h1>\n');

  await precompress(dist);
  const headers = await run(['scripts/headers.ts', '--dir', dist]);
  expect(headers, headers.stderr).toMatchObject({ code: 0 });
  site = await serveStatic(dist);
  bareSite = await serveStatic(bare);
}, 60_000);

afterAll(async () => {
  for (const s of [site, bareSite]) if (s) await new Promise<void>((done) => s.server.close(() => done()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('header rules (scripts/lib/headers.ts)', () => {
  it('match paths with * across segments and :name within one', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/a/b.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astrox/b.js')).toBe(false);
    expect(matchesPattern('/search/*.json', '/search/data/zh-hans.json')).toBe(true);
    expect(matchesPattern('/search/*.json', '/search/data/zh-hans.json.br')).toBe(false);
    expect(matchesPattern('/topics/:slug/', '/topics/taiwan/')).toBe(true);
    expect(matchesPattern('/topics/:slug/', '/topics/a/b/')).toBe(false);
    expect(matchesPattern('/a.b', '/aXb')).toBe(false);
  });

  it('read back what they write, and combine matching rules as static hosts do', () => {
    const rules = headerRules(PAGE_POLICY);
    expect(parseHeaders(formatHeaders(rules, 'a comment'))).toEqual(rules);
    const forBundle = headersFor(rules, '/_astro/x.1.js');
    expect(forBundle.get('cache-control')?.value).toBe(IMMUTABLE);
    expect(forBundle.get('content-security-policy')?.value).toBe(`${PAGE_POLICY}; ${FRAME_ANCESTORS}`);
    expect(headersFor(rules, '/search/data/zh-hans.json').has('cache-control')).toBe(false);
    const extra = parseHeaders('/*\n  X-A: 1\n/x\n  x-a: 2\n  ! X-Gone\n/*\n  X-Gone: yes\n');
    expect(headersFor(extra, '/x').get('x-a')?.value).toBe('1, 2');
    expect(headersFor(extra, '/x').get('x-gone')?.value).toBe('yes');
    expect(headersFor(parseHeaders('/*\n  X-Gone: yes\n/x\n  ! X-Gone\n'), '/x').has('x-gone')).toBe(false);
  });

  it('name the line of a malformed _headers file', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(HeadersFileError);
    expect(() => parseHeaders('/*\n  X-A 1\n')).toThrow('_headers:2:');
    expect(() => parseHeaders('# c\n\nnot-a-path\n  X-A: 1\n')).toThrow('_headers:3:');
  });

  it('keep the pages’ policy and add frame-ancestors in the generated _headers', () => {
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    expect(text).toContain(`  Content-Security-Policy: ${PAGE_POLICY}; ${FRAME_ANCESTORS}\n`);
    expect(parseHeaders(text)).toEqual(headerRules(PAGE_POLICY));
  });

  it('refuse to generate _headers when the pages disagree on their policy', async () => {
    const other = join(tmp, 'disagree');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'index.html'), page('A', 'a'));
    writeFileSync(join(other, 'b.html'), page('B', 'b').replace("object-src 'none'", "object-src 'self'"));
    const result = await run(['scripts/headers.ts', '--dir', other]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/different Content-Security-Policies/);
    expect(readdirSync(other)).not.toContain('_headers');
  });
});

describe('static server', () => {
  it('answers malformed percent-escapes with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/%zz', '/topics/%E0%A4%A/']) {
      const reply = await get(site.url, path);
      expect(reply.status, path).toBe(400);
      expectSecurityHeaders(reply.headers, path);
    }
    await expectAlive();
  });

  it('never serves anything outside its folder, however the path is encoded', async () => {
    const attempts = [
      '/..%2fdist-secret/x.txt',
      '/..%2Fdist-secret%2Fx.txt',
      '/%2e%2e/dist-secret/x.txt',
      '/%2e%2e%2fdist-secret%2fx.txt',
      '/../dist-secret/x.txt',
      '/_astro/../../dist-secret/x.txt',
      '/_astro/..%2f..%2fdist-secret%2fx.txt',
      '/..%5cdist-secret%5cx.txt',
      '/..\\dist-secret\\x.txt',
      '//..%2fdist-secret/x.txt',
      '/.env',
      '/%2eenv',
      '/_headers',
      '/x.txt%00.html',
    ];
    for (const path of attempts) {
      const reply = await get(site.url, path);
      expect([400, 404], path).toContain(reply.status);
      expect(reply.body.toString(), path).not.toContain(SECRET);
    }
    await expectAlive();
  });

  it('serves 404.html with status 404 for a missing file', async () => {
    const reply = await get(site.url, '/no/such/page/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body.toString()).toContain('Custom not-found page');
    expectSecurityHeaders(reply.headers, '404');
    const head = await get(site.url, '/no/such/page/', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(head.body.length).toBe(0);
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const reply = await get(site.url, '/', { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe('GET, HEAD');
      expect(reply.body.toString(), method).not.toContain('Home page');
      expectSecurityHeaders(reply.headers, method);
    }
    const head = await get(site.url, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    await expectAlive();
  });

  it('closes the file of every aborted response (no descriptor leak)', async () => {
    await expectAlive();
    const before = openFds();
    const ABORTS = 200;
    const { hostname, port } = new URL(site.url);
    const statuses: number[] = [];
    for (let i = 0; i < ABORTS; i++) {
      await new Promise<void>((done, fail) => {
        const req = request({ hostname, port, path: '/large.bin', agent: false }, (res) => {
          statuses.push(res.statusCode ?? 0);
          res.on('error', () => undefined); // the abort below
          res.once('data', () => req.destroy());
        });
        req.on('close', () => done());
        req.on('error', (e) => (req.destroyed ? undefined : fail(e)));
        req.end();
      });
    }
    expect(statuses).toEqual(Array(ABORTS).fill(200));
    // The server notices each closed socket asynchronously: wait until the count settles.
    await expect.poll(openFds, { timeout: 15_000, interval: 25 }).toBeLessThanOrEqual(before + 8);
    await expectAlive();
    // A complete download still works, byte for byte.
    const whole = await get(site.url, '/large.bin');
    expect(whole.body.length).toBe(24 * 1024 * 1024);
  }, 120_000);

  it('survives range headers it cannot satisfy', async () => {
    for (const range of ['bytes=10-5', 'bytes=-5', 'bytes=0-0', 'bytes=abc', 'bytes=1-2,4-5']) {
      const reply = await get(site.url, '/about/', { headers: { range } });
      expect(reply.status, range).toBe(200);
      expect(reply.body.toString(), range).toContain('About page');
    }
    const part = await get(site.url, '/about/', { headers: { range: 'bytes=0-14' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe('<!doctype html>');
    const beyond = await get(site.url, '/about/', { headers: { range: 'bytes=99999999-' } });
    expect(beyond.status).toBe(416);
    await expectAlive();
  });

  it('sends the precompressed brotli or gzip file the client accepts', async () => {
    const files = readdirSync(join(dist, '_astro'));
    expect(files).toEqual(expect.arrayContaining(['x.123abc.js.br', 'x.123abc.js.gz']));
    const br = await get(site.url, '/_astro/x.123abc.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
    expect(br.body.length).toBeLessThan(BUNDLE.length);

    const gz = await get(site.url, '/_astro/x.123abc.js', { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);

    const plain = await get(site.url, '/_astro/x.123abc.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BUNDLE);

    const home = await get(site.url, '/', { headers: { 'accept-encoding': 'br' } });
    expect(home.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(home.body).toString()).toContain('Home page');
  });

  it('precompresses text only, never a file already compressed, and does nothing on a second run', async () => {
    const data = readdirSync(join(dist, 'search', 'data'));
    expect(data).toEqual(expect.arrayContaining(['zh-hans.json.br', 'zh-hans.json.gz']));
    expect(data.filter((f) => /^packed\.json\.(br|gz)$/.test(f))).toEqual([]);
    expect(readdirSync(dist).filter((f) => /^large\.bin\./.test(f))).toEqual([]);
    const again = await precompress(dist);
    expect(again.written).toBe(0);
    expect(again.removed).toBe(0);
    expect(again.unchanged).toBeGreaterThan(0);
    const forced = await precompress(dist, { force: true });
    expect(forced.written).toBe(0);
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    for (const path of ['/_astro/x.123abc.js']) {
      const reply = await get(site.url, path, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/about/', '/search/data/zh-hans.json', '/404.html']) {
      const reply = await get(site.url, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
      expect(reply.headers.etag, path).toBeTruthy();
      expect(reply.headers['last-modified'], path).toBeTruthy();
    }
    // A missing hashed file must not be cached for a year.
    const missing = await get(site.url, '/_astro/missing.0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });

  it('answers a conditional request for an unchanged page with 304', async () => {
    for (const encoding of ['', 'br']) {
      const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
      const first = await get(site.url, '/about/', { headers });
      expect(first.status).toBe(200);
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await get(site.url, '/about/', { headers: { ...headers, 'if-none-match': etag } });
      expect(again.status, encoding).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(again.headers, '304');
      const stale = await get(site.url, '/about/', { headers: { ...headers, 'if-none-match': '"stale"' } });
      expect(stale.status).toBe(200);
    }
    const identity = (await get(site.url, '/about/')).headers.etag;
    const brotli = (await get(site.url, '/about/', { headers: { 'accept-encoding': 'br' } })).headers.etag;
    expect(identity).not.toBe(brotli);
  });

  it('sends the _headers rules, with the pages’ policy, on every kind of response', async () => {
    const policy = `${PAGE_POLICY}; ${FRAME_ANCESTORS}`;
    for (const [path, status] of [['/', 200], ['/_astro/x.123abc.js', 200], ['/nope', 404], ['/%', 400]] as const) {
      const reply = await get(site.url, path);
      expect(reply.status, path).toBe(status);
      expectSecurityHeaders(reply.headers, path);
      expect(reply.headers['content-security-policy'], path).toBe(policy);
    }
  });

  it('falls back to the built-in rules without _headers, and follows a _headers file that appears', async () => {
    const before = await get(bareSite.url, '/');
    expectSecurityHeaders(before.headers, 'bare');
    expect(before.headers['content-security-policy']).toBe(FRAME_ANCESTORS);
    writeFileSync(join(bare, '_headers'), `${formatHeaders(headerRules("default-src 'none'"))}/index.html\n  X-Extra: yes\n/\n  X-Extra: root\n`);
    const after = await get(bareSite.url, '/');
    expect(after.headers['content-security-policy']).toBe(`default-src 'none'; ${FRAME_ANCESTORS}`);
    expect(after.headers['x-extra']).toBe('root');
    rmSync(join(bare, '_headers'));
    expect((await get(bareSite.url, '/')).headers['content-security-policy']).toBe(FRAME_ANCESTORS);
    await expectAlive(bareSite.url);
  });
});

describe('serve command (scripts/serve.ts)', () => {
  it('exits 1 with a one-line message when the port is busy', async () => {
    const port = (site.server.address() as AddressInfo).port;
    const result = await run(['scripts/serve.ts', '--port', String(port), '--dir', dist]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`port ${port} is already in use`));
    expect(result.stderr).toMatch(/usage: node scripts\/serve\.ts/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expectAlive();
  });

  it('exits 1 on a bad --port and 2 on an unknown option, with usage', async () => {
    for (const port of ['abc', '70000', '-1', '']) {
      const result = await run(['scripts/serve.ts', `--port=${port}`, '--dir', dist]);
      expect(result.code, port).toBe(1);
      expect(result.stderr, port).toMatch(/--port must be a number.*usage: node scripts\/serve\.ts/);
      expect(result.stderr.trim().split('\n'), port).toHaveLength(1);
    }
    const unknown = await run(['scripts/serve.ts', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: node scripts\/serve\.ts/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});

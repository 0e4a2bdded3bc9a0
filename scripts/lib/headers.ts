/**
 * The site's HTTP response headers, in one place: the security headers every
 * response carries and the caching of content-hashed files. The same rules
 * are written to `dist/_headers` (the format Netlify and Cloudflare Pages
 * read; see scripts/headers.ts) and applied by the local server
 * (scripts/lib/static-server.ts), so local and deployed serving agree.
 *
 * The `_headers` format: a line with a URL path pattern (`*` matches any run
 * of characters, `/` included; `:name` matches one path segment), then
 * indented `Name: value` lines; `# …` lines are comments. A request gets the
 * headers of every rule that matches it; a header set by several matching
 * rules has its values joined with `, ` (as those hosts do), so the rules
 * below never set the same header twice for one path.
 */

/** Cache-Control of a file whose name changes whenever its content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control of everything else: always revalidate (with ETag / Last-Modified). */
export const REVALIDATE = 'no-cache';

/**
 * Content-hashed files: Astro's bundles. Everything else (pages, the search
 * index under /search/data/, the data files) keeps its name and is revalidated.
 */
export const HASHED_PATTERNS = ['/_astro/*'] as const;

/** Appended to the pages' own policy: framing can only be forbidden by a header (it is ignored in a meta tag). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

export interface HeaderRule {
  /** URL path pattern, `*` wildcard. */
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * The header Content-Security-Policy: the pages' own policy (their meta tag)
 * plus `frame-ancestors 'none'`; just the latter when no page policy is known.
 */
export function headerPolicy(pagePolicy?: string): string {
  const directives = (pagePolicy ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .filter((d) => !/^frame-ancestors(\s|$)/i.test(d));
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/** The security headers of every response. */
export function securityHeaders(pagePolicy?: string): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy(pagePolicy)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
  ];
}

/** The site's header rules: security headers everywhere, long-lived caching for hashed files. */
export function headerRules(pagePolicy?: string): HeaderRule[] {
  return [
    { pattern: '/*', headers: securityHeaders(pagePolicy) },
    ...HASHED_PATTERNS.map((pattern) => ({ pattern, headers: [['Cache-Control', IMMUTABLE]] as [string, string][] })),
  ];
}

/** Rules as a `_headers` file. */
export function formatHeaders(rules: readonly HeaderRule[], comment?: string): string {
  const out: string[] = [];
  if (comment) out.push(...comment.split('\n').map((line) => `# ${line}`.trimEnd()), '');
  for (const rule of rules) {
    out.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`), '');
  }
  return out.join('\n');
}

/** A malformed `_headers` file, with its line number. */
export class HeadersFileError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`_headers:${line}: ${message}`);
    this.line = line;
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parse a `_headers` file. Throws HeadersFileError on a line it cannot read. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const [i, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      let pattern = trimmed;
      // Absolute URLs (https://host/path) match on their path here: the local server has one host.
      const absolute = /^https:\/\/[^/]+(\/.*)?$/.exec(pattern);
      if (absolute) pattern = absolute[1] ?? '/';
      if (!pattern.startsWith('/')) throw new HeadersFileError(line, `a rule must start with a path beginning with "/", got "${trimmed}"`);
      current = { pattern, headers: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new HeadersFileError(line, 'a header line comes before any path');
    if (trimmed.startsWith('!')) {
      // Cloudflare's "! Name": remove a header set by an earlier rule.
      const name = trimmed.slice(1).trim();
      if (!HEADER_NAME.test(name)) throw new HeadersFileError(line, `not a header name: "${name}"`);
      current.headers.push([`!${name}`, '']);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new HeadersFileError(line, `expected "Name: value", got "${trimmed}"`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) throw new HeadersFileError(line, `not a header name: "${name}"`);
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new HeadersFileError(line, `control character in the value of ${name}`);
    current.headers.push([name, value]);
  }
  return rules;
}

const patternCache = new Map<string, RegExp>();

/** Does a URL path match a rule's pattern? `*` matches anything (including `/`), `:name` one segment. */
export function matchesPattern(pattern: string, path: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${source}$`);
    patternCache.set(pattern, re);
  }
  return re.test(path);
}

/**
 * The headers the rules give a URL path, in rule order. Header names are
 * case-insensitive; the same header from several matching rules is joined
 * with `, `; `!Name` removes what earlier rules set.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, { name: string; value: string }> {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) {
        out.delete(name.slice(1).toLowerCase());
        continue;
      }
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, { name: prev?.name ?? name, value: prev ? `${prev.value}, ${value}` : value });
    }
  }
  return out;
}

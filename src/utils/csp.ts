import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for an inline script's exact text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of every page: everything from this site only,
 * no inline script but the hashed view-state snippet, no eval (WebAssembly
 * compilation is allowed for the search engine), no plugins, no third parties.
 */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(scriptHash).join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

import type { APIRoute } from 'astro';

/** Every page may be indexed; the sitemap is named only where the site's address is configured. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('sitemap.xml', site)}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

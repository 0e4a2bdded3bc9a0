import type { APIRoute } from 'astro';
import { getEdition, getTopics } from '../utils/edition.ts';

/** Every public page, for search engines. The /hant/ routes are listed as the pages' traditional-script versions. */
export const GET: APIRoute = async ({ site }) => {
  const topics = await getTopics();
  const { facts } = await getEdition();
  const paths = ['', 'reporters/', 'transcript/', 'glossary/', 'search/', 'about/', 'hant/transcript/', ...topics.flatMap((t) => [`topics/${t.slug}/`, `hant/topics/${t.slug}/`])];
  // A sitemap lists absolute addresses: without a configured site address (SITE_URL) it stays empty.
  const urls = site ? paths.map((p) => `  <url><loc>${new URL(p, site)}</loc><lastmod>${facts.date}</lastmod></url>`).join('\n') : '  <!-- no site address configured (SITE_URL) -->';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

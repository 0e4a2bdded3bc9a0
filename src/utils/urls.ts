/** Path of a site page, honouring Astro's base path. */
export function pagePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.replace(/^\//, '');
  return `${base}/${clean}`;
}

/** Path of a topic page. */
export function topicPath(slug: string): string {
  return pagePath(`topics/${slug}/`);
}

/** Path to one anchor (question, answer or paragraph) on a topic page. */
export function anchorPath(slug: string, id: string): string {
  return `${topicPath(slug)}#${id}`;
}

/** Path of a topic's Markdown download. */
export function topicMarkdownPath(slug: string): string {
  return pagePath(`topics/${slug}.md`);
}

/** The script a page is pre-rendered in: traditional under /hant/, else simplified. */
export function routeScriptOf(url: URL): 'hans' | 'hant' {
  return url.pathname.startsWith('/hant/') ? 'hant' : 'hans';
}

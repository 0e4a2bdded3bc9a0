// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import tailwindcss from '@tailwindcss/vite';
import rehypeChineseScripts from './src/lib/markdown/rehype-chinese-scripts.ts';

// The site's public address, configured once: canonical URLs, link previews, the sitemap and the
// printed page address use it. Without it a build leaves those out rather than publish a local address.
const site = process.env.SITE_URL || undefined;
if (!site) console.warn('[site] SITE_URL is not set: canonical URLs, og:url, og:image and the sitemap entries are left out of this build.');

// Astro's content-layer store and Vite's dependency cache go with the other build caches in .cache/
// (BUILD_CACHE_DIR moves them all) rather than in node_modules/, which worktrees may share: a build
// must not reuse, or race to rewrite, another checkout's store.
const cacheRoot = process.env.BUILD_CACHE_DIR || './.cache';

export default defineConfig({
  ...(site ? { site } : {}),
  cacheDir: `${cacheRoot}/astro`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro's default Markdown engine runs no remark plugins; CJK emphasis such as
    // **王毅：**中美关系… needs remark-cjk-friendly, so use the unified processor.
    processor: unified({ remarkPlugins: [remarkCjkFriendly], rehypePlugins: [[rehypeChineseScripts, { edition: './content/build/generated/edition.json', pages: './content/pages' }]], smartypants: false }),
  },
  vite: {
    cacheDir: `${cacheRoot}/vite`,
    // The lazily loaded dictionary lookup is bundled as an ES-module worker bundle: a module of its own.
    worker: { format: 'es' },
    plugins: [tailwindcss()],
    // Ship the controls script as a file (cached across pages, and no inline script
    // beyond the hashed view-state snippet for the Content-Security-Policy).
    build: { assetsInlineLimit: 0 },
  },
});

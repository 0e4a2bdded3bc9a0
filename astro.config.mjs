// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import tailwindcss from '@tailwindcss/vite';
import rehypeChineseScripts from './src/lib/markdown/rehype-chinese-scripts.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro's default Markdown engine runs no remark plugins; CJK emphasis such as
    // **王毅：**中美关系… needs remark-cjk-friendly, so use the unified processor.
    processor: unified({ remarkPlugins: [remarkCjkFriendly], rehypePlugins: [[rehypeChineseScripts, { edition: './content/generated/edition.json', pages: './content/pages' }]], smartypants: false }),
  },
  vite: {
    plugins: [tailwindcss()],
    // Ship the controls script as a file (cached across pages, and no inline script
    // beyond the hashed view-state snippet for the Content-Security-Policy).
    build: { assetsInlineLimit: 0 },
  },
});

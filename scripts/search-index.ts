#!/usr/bin/env node
/**
 * Build the search index (Pagefind) for the built site: one record per
 * paragraph — its simplified Chinese and its English, addressed by its anchor
 * (`/topics/china-us/#china-us-a3`) — and one per glossary term. Search
 * results therefore land on the exact paragraph, and excerpts are clean text
 * (no pinyin, no interface labels). Traditional and pinyin queries are mapped
 * to simplified Chinese on the search page (see src/scripts/search.ts).
 *
 *   node scripts/search-index.ts [--site dist] [--content content]
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadBuiltContent } from './lib/content.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' } } });

const { topics, conference, glossary } = loadBuiltContent(values.content);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

let records = 0;
for (const topic of topics) {
  const parts: [string, { id: string; zh: string; en: string }[]][] = [
    ['Question', topic.question?.paragraphs ?? []],
    [topic.kind === 'opening' ? 'Opening remarks' : 'Answer', topic.answer?.paragraphs ?? []],
    ['Digest', topic.digest?.paragraphs ?? []],
  ];
  for (const [part, paragraphs] of parts) {
    for (const [i, p] of paragraphs.entries()) {
      const added = await index.addCustomRecord({
        url: `/topics/${topic.slug}/#${p.id}`,
        content: `${p.zh}\n${p.en}`,
        language: 'zh',
        meta: {
          title: `${topic.title.zh} · ${topic.title.en}`,
          outlet: topic.outlet ? `${topic.outlet.en} (${topic.outlet.country})` : topic.kind === 'digest-only' ? 'From the digest; asker not named' : 'Wang Yi',
          where: part === 'Question' ? 'Question' : `${part} ¶ ${i + 1}`,
        },
        sort: { order: String(topic.order * 1000 + i).padStart(6, '0') },
      });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      records++;
    }
  }
}
await index.addCustomRecord({
  url: `/topics/${topics[0]!.slug}/#${conference.lede.id}`,
  content: `${conference.lede.zh}\n${conference.lede.en}`,
  language: 'zh',
  meta: { title: `${topics[0]!.title.zh} · ${topics[0]!.title.en}`, outlet: 'Xinhua', where: 'Lede' },
});
records++;
for (const term of glossary) {
  await index.addCustomRecord({
    url: `/glossary/#${term.id}`,
    content: `${term.zh} ${term.also.join(' ')}\n${term.en}. ${term.note}`,
    language: 'zh',
    meta: { title: `${term.zh} · ${term.en}`, outlet: 'Glossary', where: term.pinyin },
  });
  records++;
}
const written = await index.writeFiles({ outputPath: join(values.site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// The site uses Pagefind's search API with its own results list: drop the bundled UI it never loads.
for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
  rmSync(join(values.site, 'pagefind', unused), { force: true });
}
console.log(`search index: ${records} records → ${join(values.site, 'pagefind')} (${Math.round(performance.now() - started)} ms)`);

#!/usr/bin/env node
/**
 * Build the search index (Pagefind) for the built site from the edition
 * document: one record per paragraph — its simplified Chinese and its English,
 * addressed by its anchor (`/topics/china-us/#china-us-a3`) — and one per
 * glossary term. Each record carries the traditional forms of its text and
 * title, so the search page shows excerpts in the reader's script without
 * converting anything. Traditional and pinyin queries are mapped to
 * simplified Chinese on the search page (see src/client/search.ts).
 *
 *   node scripts/search-index.ts [--site dist] [--content content]
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { topicParagraphs } from '../src/schemas/topic-model.ts';
import type { ZhString } from '../src/schemas/edition.ts';
import { loadEdition } from './lib/content.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' } } });
const edition = loadEdition(values.content);
const { ui, facts } = edition;

const started = performance.now();
const created = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
const index = created.index;

/** The meta fields every record carries: its Chinese in each script and its title in each script. */
function scripts(zh: ZhString, title: ZhString, titleEn: string): Record<string, string> {
  return {
    zh: zh.hans,
    zh_hant: zh.hant,
    zh_hk: zh.hk,
    title: `${title.hans} · ${titleEn}`,
    title_zh: title.hans,
    title_zh_hant: title.hant,
    title_zh_hk: title.hk,
    title_en: titleEn,
  };
}

let records = 0;
async function add(record: Parameters<typeof index.addCustomRecord>[0]): Promise<void> {
  const added = await index.addCustomRecord(record);
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  records++;
}

const PART = { question: ui['question']!.en, answer: ui['answer']!.en, digest: ui['digest']!.en } as const;
for (const topic of edition.topics) {
  for (const { part, number, paragraph: p } of topicParagraphs(topic)) {
    const where = part === 'question' ? PART.question : `${topic.kind === 'opening' && part === 'answer' ? ui['openingRemarks']!.en : PART[part]} ¶ ${number}`;
    await add({
      url: `/topics/${topic.slug}/#${p.id}`,
      content: `${p.zh.hans}\n${p.en}`,
      language: 'zh',
      meta: {
        ...scripts(p.zh, topic.title.zh, topic.title.en),
        en: p.en,
        outlet: topic.outlet ? `${topic.outlet.en} (${topic.outlet.country})` : topic.kind === 'digest-only' ? 'From the digest; asker not named' : facts.speaker.en,
        where,
      },
      sort: { order: String(topic.order * 1000 + number).padStart(6, '0') },
    });
  }
}
const opening = edition.topics[0]!;
await add({
  url: `/topics/${opening.slug}/#${edition.lede.id}`,
  content: `${edition.lede.zh.hans}\n${edition.lede.en}`,
  language: 'zh',
  meta: { ...scripts(edition.lede.zh, opening.title.zh, opening.title.en), en: edition.lede.en, outlet: facts.publisher.short, where: 'Lede' },
});
for (const term of edition.glossary) {
  const note = term.note.map((r) => (typeof r === 'string' ? r : r.hans)).join('');
  await add({
    url: `/glossary/#${term.id}`,
    content: `${term.zh.hans} ${term.also.map((a) => a.hans).join(' ')}\n${term.en}. ${note}`,
    language: 'zh',
    meta: { ...scripts(term.zh, term.zh, term.en), en: `${term.en}. ${note}`, outlet: ui['navGlossary']!.en, where: term.pinyin },
  });
}
const written = await index.writeFiles({ outputPath: join(values.site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// The site uses Pagefind's search API with its own results list: drop the bundled UI it never loads.
for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
  rmSync(join(values.site, 'pagefind', unused), { force: true });
}
console.log(`search index: ${records} records → ${join(values.site, 'pagefind')} (${Math.round(performance.now() - started)} ms)`);

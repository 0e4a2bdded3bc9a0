import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edition } from '../helpers/edition.ts';

/** The site's rendering code: components, layouts, routes, client scripts, page helpers and the citations. */
const RENDERING = ['src/components', 'src/layouts', 'src/pages', 'src/client', 'src/utils', 'src/lib/cite'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every fact about this event or transcript that the edition holds, as a page might spell it. */
function eventLiterals(): string[] {
  const { facts } = edition;
  const year = facts.date.slice(0, 4);
  const literals = [
    facts.speaker.zh.hans,
    facts.speaker.en,
    facts.speaker.en.split(' ').at(-1)!,
    facts.date,
    facts.dateEn,
    facts.dateZh.hans,
    year,
    facts.venue.zh.hans,
    facts.venue.en,
    facts.event.zh.hans,
    facts.shortTitle.zh.hans,
    facts.publisher.zh.hans,
    facts.publisher.en,
    facts.publisher.short,
    edition.title.zh.hans,
    ...edition.furniture.map((f) => f.text.hans),
    ...edition.topics.flatMap((t) => [t.title.zh.hans, t.title.en, ...(t.outlet ? [t.outlet.zh.hans, t.outlet.en] : [])]),
  ];
  // The continuation marker's page, in words as an English page would say it.
  const page = /第(.)版/.exec(edition.continuation?.text.hans ?? '')?.[1];
  if (page) literals.push(`page ${'一二三四五六七八九'.indexOf(page) + 1}`);
  return [...new Set(literals.filter((l) => l.length >= 2))];
}

describe('the rendering code holds no fact of the event: every fact comes from the edition', () => {
  const sources = RENDERING.flatMap(files).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('reads the rendering code', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.some((s) => s.file.endsWith('TopicArticle.astro'))).toBe(true);
  });

  it('names no speaker, date, venue, publisher, outlet, topic title or page marker', () => {
    const literals = eventLiterals();
    expect(literals).toEqual(expect.arrayContaining(['王毅', 'Wang Yi', '7 March 2024', '2024-03-07', 'Xinhua', 'page 4']));
    const found = sources.flatMap(({ file, text }) => literals.filter((l) => text.includes(l)).map((l) => `${file}: “${l}”`));
    expect(found).toEqual([]);
  });

  it('counts no questions: the number where the transcript breaks off comes from the edition', () => {
    const n = edition.truncatedAfterQuestion;
    expect(n).toBeGreaterThan(0);
    const count = new RegExp(`\\b(questions?|Q)\\s*${n}\\b|\\b${n}\\s+questions\\b|第${n}问`, 'i');
    const found = sources.filter(({ text }) => count.test(text)).map(({ file }) => file);
    expect(found).toEqual([]);
  });

  it('would catch a literal if one were written into a component', () => {
    const literals = eventLiterals();
    const planted = `<p>Asked after question ${edition.truncatedAfterQuestion} on 7 March 2024</p>`;
    expect(literals.some((l) => planted.includes(l))).toBe(true);
  });
});

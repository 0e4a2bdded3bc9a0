import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topicParagraphList as topicParagraphs } from '../../src/schemas/edition-model.ts';
import { edition as content } from '../helpers/site-edition.ts';

const html = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const decodeEntities = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

describe('the built site', () => {
  it('has a page for every topic, in both scripts, plus home, reporters, transcript, about and 404', () => {
    for (const t of content.topics) {
      expect(existsSync(`dist/topics/${t.slug}/index.html`), t.slug).toBe(true);
      expect(existsSync(`dist/hant/topics/${t.slug}/index.html`), t.slug).toBe(true);
    }
    for (const page of ['index.html', 'reporters/index.html', 'transcript/index.html', 'hant/transcript/index.html', 'about/index.html', '404.html']) {
      expect(existsSync(`dist/${page}`), page).toBe(true);
    }
  });

  it('puts every paragraph on its topic page and on the full transcript page under the same ID', () => {
    const transcript = html('transcript/index.html');
    for (const t of content.topics) {
      const page = html(`topics/${t.slug}/index.html`);
      for (const p of topicParagraphs(t)) expect(page, `${t.slug} ${p.id}`).toMatch(new RegExp(`id="${p.id}"`));
      // The transcript gives the full text; the digest's abridgements only where there is no full text.
      const onTranscript = t.kind === 'digest-only' ? topicParagraphs(t) : [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? [])];
      for (const p of onTranscript) expect(transcript, p.id).toMatch(new RegExp(`id="${p.id}"`));
    }
  });

  it('shows each answer’s English next to its Chinese, tagged with the right language', () => {
    const t = content.topics.find((x) => x.slug === 'china-eu')!;
    const page = html('topics/china-eu/index.html');
    const text = decodeEntities(page);
    // The English paragraphs' text, without the marks inside them (sentence groups, glossary terms).
    const english = [...text.matchAll(/<p class="en" lang="en">([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    for (const p of topicParagraphs(t)) expect(english).toContain(p.en);
    // The Chinese once, in the route's script, tagged with it: simplified here, traditional on the /hant/ route.
    const chinese = (html: string, lang: string) =>
      [...decodeEntities(html).matchAll(new RegExp(`<p class="zh"><span class="zh-run" lang="${lang}"[^>]*>([\\s\\S]*?)</span></p>`, 'g'))].map((m) => m[1]!.replace(/<span class="sic-mark"[^>]*>\*<\/span>/g, '').replace(/<[^>]+>/g, ''));
    const hans = chinese(page, 'zh-Hans');
    const hant = chinese(html('hant/topics/china-eu/index.html'), 'zh-Hant-TW');
    for (const p of topicParagraphs(t)) {
      expect(hans).toContain(p.zh.hans);
      expect(hant).toContain(p.zh.hant);
    }
  });

  it('lists all 14 outlets on the reporter index with links to the exact answers, and the unnamed askers', () => {
    const page = html('reporters/index.html');
    for (const t of content.topics.filter((x) => x.kind === 'qa')) {
      expect(decodeEntities(page)).toContain(t.outlet!.en);
      expect(page).toContain(`href="/topics/${t.slug}/#${t.answer!.id}"`);
    }
    expect(page.match(/Asker not named in the sources/g)).toHaveLength(4);
  });

  it('says on the home page where the full transcript breaks off and lists the topics in order', () => {
    const page = html('index.html');
    expect(page).toContain('下转第四版');
    const order = content.topics.map((t) => page.indexOf(`href="/topics/${t.slug}/"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('renders the About page from its Markdown with CJK-friendly emphasis', () => {
    const page = html('about/index.html');
    // “**“(下转第四版)”**” next to CJK punctuation only becomes <strong> with remark-cjk-friendly.
    const strong = (text: string) => new RegExp(`<strong>(?:(?!</strong>).)*${text}(?:(?!</strong>).)*</strong>`);
    expect(page).toMatch(strong('下转第四版'));
    expect(page).toMatch(strong('据新华社电'));
    expect(page).not.toMatch(/\*\*“/);
  });

  it('ships only a tiny controls script to the browser: no pinyin or script-conversion code', () => {
    const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((f) => readFileSync(`dist/_astro/${f}`, 'utf8')).join('\n');
    // Its size is the budget test's (tests/site/security-and-budgets.test.ts): what each page loads up front.
    expect(code).not.toMatch(/pinyin-pro|opencc|OpenCC|zhōng/);
    const page = html('topics/china-us/index.html');
    expect(page).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});
